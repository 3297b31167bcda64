package org.ctopath.badges;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.ctopath.api.ApiCaller;
import org.ctopath.api.ApiError;
import org.ctopath.api.Input;
import org.ctopath.platform.InvalidInput;
import org.ctopath.identity.Account;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/people/{username}/badges}: the Open Badges issued to a person (whom the caller may
 * see: themselves, a mentee, anyone for an administrator), and a learner's own asking for one.
 */
@Path("people/{username}/badges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Badges", description = "Open Badges 3.0 credentials: a person's, issuing one's own, and verifying any.")
public class PersonBadgesResource {

    /** An issued badge: what it is for, the signed credential itself, and whether, when and why it was revoked. */
    public record Badge(long id, String kind, long subjectId, String credentialId,
                        @Schema(format = "date-time", description = "When it was issued (ISO 8601).") String issuedAt, String achievement, String credential,
                        boolean revoked,
                        @Schema(format = "date-time", description = "When it was revoked (ISO 8601); absent while it is not.") String revokedAt,
                        @Schema(description = "Why it was revoked; absent while it is not.") String revocationReason) {

        static Badge of(IssuedBadge badge) {
            return new Badge(badge.getId(), badge.getKind().name(), badge.getSubjectId(), badge.getCredentialId(), badge.getIssuedAt().toString(),
                    OpenBadges.achievementOf(badge.getCredential()).map(a -> a.get("name") instanceof String name ? name : null).orElse(null),
                    badge.getCredential(), badge.isRevoked(), badge.isRevoked() ? badge.getRevokedAt().toString() : null,
                    badge.getRevocationReason());
        }
    }

    @Inject
    ApiCaller caller;

    @Inject
    Badges badges;

    @GET
    @Operation(operationId = "listBadges", summary = "A person's badges", description = "The Open Badges 3.0 credentials issued to the person, newest first.")
    public List<Badge> list(@PathParam("username") String username) {
        Account person = caller.person(username);
        return badges.issuedTo(person.getUsername()).stream().map(Badge::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get one's badge", description = "Issues (or gives again, the same) the badge of one's passed certification "
            + "attempt or completed plan: {\"kind\": \"CERTIFICATION\" or \"PLAN\", \"subjectId\": <attempt or plan id>}. "
            + "409 when it is not earned (a failed attempt, a plan not completed); 503 when badges cannot be issued now.")
    public Badge issue(@PathParam("username") String username, JsonObject body) {
        Account me = caller.self(username);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        BadgeKind kind = Input.choice(problems, "kind", BadgeKind.class,
                body != null && body.get("kind") instanceof JsonString k ? k.getString() : null);
        if (kind == null && problems.isEmpty()) {
            problems.add("kind", "CERTIFICATION or PLAN.");
        }
        if (body == null || !(body.get("subjectId") instanceof JsonNumber)) {
            problems.add("subjectId", "The id of the passed attempt or the completed plan.");
        }
        problems.throwIfAny();
        JsonNumber subject = body.getJsonNumber("subjectId");
        Optional<IssuedBadge> badge;
        try {
            badge = Badges.issueOnce(badges, kind, me.getUsername(), subject.longValue());
        } catch (Badges.NotEarned notEarned) {
            throw ApiError.conflict(notEarned.getMessage());
        } catch (BadgesUnavailable unavailable) {
            throw new ApiError(Response.Status.SERVICE_UNAVAILABLE, unavailable.getMessage());
        }
        return Badge.of(badge.orElseThrow(() -> ApiError.notFound("There is no " + (kind == BadgeKind.PLAN ? "plan " : "attempt ")
                + subject.longValue() + " of yours.")));
    }

}
