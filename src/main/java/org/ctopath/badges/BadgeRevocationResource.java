package org.ctopath.badges;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ctopath.api.ApiCaller;
import org.ctopath.api.ApiError;
import org.ctopath.identity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/badges/{id}/revocation}: an administrator revokes an issued badge, with the
 * reason ({@code {"reason": "..."}}). 409 when it is revoked already, 404 for no such badge.
 */
@Path("badges/{id}/revocation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Badges")
public class BadgeRevocationResource {

    /** The body: why the badge is revoked. */
    public record Revocation(String reason) {
    }

    @Inject
    ApiCaller caller;

    @Inject
    Badges badges;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "revokeBadge", summary = "Revoke a badge", description = "Revokes an issued badge for the reason given "
            + "({\"reason\": \"...\"}, at most 500 characters): from then on verification here says REVOKED, and the badge's bit is set in "
            + "the published status list. Administrators only; audited. 409 when the badge is revoked already.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Revocation.class)))
    @APIResponse(responseCode = "200", description = "The badge, revoked.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonBadgesResource.Badge.class)))
    public PersonBadgesResource.Badge revoke(
            @Parameter(description = "The badge's number (the id in a person's badge list).", required = true) @PathParam("id") long id,
            JsonObject body) {
        caller.require(Role.ADMIN);
        String reason = body != null && body.get("reason") instanceof JsonString r ? r.getString() : null;
        try {
            return PersonBadgesResource.Badge.of(badges.revoke(id, reason));
        } catch (Badges.AlreadyRevoked already) {
            throw ApiError.conflict(already.getMessage());
        } catch (BadgesUnavailable unavailable) {
            throw new ApiError(Response.Status.SERVICE_UNAVAILABLE, unavailable.getMessage());
        }
    }
}
