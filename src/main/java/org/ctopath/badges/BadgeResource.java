package org.ctopath.badges;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ctopath.api.ApiCaller;
import org.ctopath.api.ApiError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/badges/verify}: checks an Open Badges credential (a VC-JWT) against this
 * instance's keys. The body is the JWT itself ({@code application/vc+jwt}, {@code application/jwt}
 * or {@code text/plain}) or JSON {@code {"credential": "<jwt>"}}. Every verdict is a 200 answer;
 * only a body that is not there is refused, and every call answers 503 while the keys cannot be read.
 */
@Path("badges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Badges")
public class BadgeResource {

    /**
     * The verdict: VALID, EXPIRED, REVOKED, TAMPERED, NOT_OURS or MALFORMED, a sentence, and for a
     * credential of ours whom and what it is about; for a revoked one, when, and why for those who
     * may see its owner.
     */
    public record Verdict(String result, String message, String credentialId, String recipient, String achievement, String achievementType,
                          String issuedOn, String revokedOn, String revocationReason) {

        static Verdict of(Verification v) {
            return new Verdict(v.getResult().name(), v.getMessage(), v.getCredentialId(), v.getRecipient(), v.getAchievement(),
                    v.getAchievementType(), v.getIssuedOn(), v.getRevokedOn(), v.getRevocationReason());
        }
    }

    @Inject
    ApiCaller caller;

    @Inject
    Badges badges;

    @POST
    @Path("verify")
    @Consumes({BadgeServlet.VC_JWT, "application/jwt", MediaType.TEXT_PLAIN})
    @Operation(summary = "Verify a badge", description = "Checks an Open Badges 3.0 credential (a compact JWS) sent as the body: VALID, EXPIRED, "
            + "REVOKED (with the reason when the caller may see its owner), TAMPERED (signed with our key but changed), NOT_OURS (another key) or MALFORMED (not a credential).")
    public Verdict verify(String credential) {
        caller.username();
        if (credential == null || credential.isBlank()) {
            throw ApiError.badRequest("Send the credential (the JWT) as the body.");
        }
        try {
            return Verdict.of(badges.verify(credential));
        } catch (BadgesUnavailable unavailable) {
            throw new ApiError(Response.Status.SERVICE_UNAVAILABLE, unavailable.getMessage());
        }
    }

    @POST
    @Path("verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a badge sent as JSON", description = "As the plain form, with the JWT as {\"credential\": \"...\"}.")
    public Verdict verifyJson(JsonObject body) {
        if (body == null || !(body.get("credential") instanceof JsonString credential)) {
            throw ApiError.badRequest("Send {\"credential\": \"<the JWT>\"}.");
        }
        return verify(credential.getString());
    }
}
