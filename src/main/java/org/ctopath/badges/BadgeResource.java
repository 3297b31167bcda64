package org.ctopath.badges;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.ctopath.api.ApiCaller;
import org.ctopath.api.ApiError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
@Tag(name = "Badges", description = "Open Badges 3.0 credentials: a person's, issuing one's own, and verifying any.")
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

    /** The forms of the body: the JWT itself, or JSON with it in {@code credential}. */
    static final java.util.List<MediaType> FORMS = java.util.List.of(MediaType.valueOf(BadgeServlet.VC_JWT),
            MediaType.valueOf("application/jwt"), MediaType.TEXT_PLAIN_TYPE, MediaType.APPLICATION_JSON_TYPE);

    /** The JSON form of the body. */
    @Schema(name = "CredentialInput")
    public static class CredentialInput {
        @Schema(required = true, description = "The credential: a VC-JWT.")
        public String credential;
    }

    @Inject
    ApiCaller caller;

    @Context
    HttpHeaders headers;

    @Inject
    Badges badges;

    /**
     * One operation for every form of the body, so that the API description names them all: the
     * JWT as text, or JSON with the JWT in {@code credential}.
     */
    @POST
    @Path("verify")
    @Consumes(MediaType.WILDCARD) // the four forms are checked here: Payara's scanner would give all of them one schema
    @Operation(summary = "Verify a badge", description = "Checks an Open Badges 3.0 credential (VC-JWT) sent as the body, or as JSON"
            + " {\"credential\": \"...\"}: VALID, EXPIRED, REVOKED (with the reason when the caller may see its owner), TAMPERED"
            + " (signed with our key but changed), NOT_OURS (another key) or"
            + " MALFORMED (not a credential). Every verdict is a 200 answer.")
    @APIResponse(responseCode = "200", description = "The verdict.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Verdict.class)))
    @RequestBody(required = true, content = {
            @Content(mediaType = BadgeServlet.VC_JWT, schema = @Schema(type = SchemaType.STRING, description = "The VC-JWT.")),
            @Content(mediaType = "application/jwt", schema = @Schema(type = SchemaType.STRING, description = "The VC-JWT.")),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING, description = "The VC-JWT.")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CredentialInput.class))})
    public Verdict verify(String body) {
        caller.username();
        MediaType type = headers.getMediaType();
        if (type == null || FORMS.stream().noneMatch(form -> form.isCompatible(type))) {
            throw new ApiError(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "Send the credential as application/vc+jwt, application/jwt, text/plain or application/json.");
        }
        String credential = MediaType.APPLICATION_JSON_TYPE.isCompatible(type) ? fromJson(body) : body;
        if (credential == null || credential.isBlank()) {
            throw ApiError.badRequest("Send the credential (the JWT) as the body.");
        }
        try {
            return Verdict.of(badges.verify(credential));
        } catch (BadgesUnavailable unavailable) {
            throw new ApiError(Response.Status.SERVICE_UNAVAILABLE, unavailable.getMessage());
        }
    }

    private static String fromJson(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            if (reader.readValue() instanceof JsonObject json && json.get("credential") instanceof JsonString credential) {
                return credential.getString();
            }
        } catch (JsonException | IllegalStateException notJson) {
            // refused below
        }
        throw ApiError.badRequest("Send {\"credential\": \"<the JWT>\"}.");
    }
}
