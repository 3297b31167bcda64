package org.ctopath.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ctopath.api.ApiCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/me}: whom the token acts as. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity", description = "Whom a token acts as.")
public class MeResource {

    /** The caller as the API sees them. */
    public record Me(String username, String displayName, String email, String team, List<String> roles) {
    }

    @Inject
    ApiCaller caller;

    @GET
    @Operation(summary = "Whom the token acts as", description = "The token's owner: username, name, team and roles.")
    public Me me() {
        Account me = caller.account();
        return new Me(me.getUsername(), me.getDisplayName(), me.getEmail(), me.getTeamName(),
                me.getRoles().stream().map(Role::name).sorted().toList());
    }
}
