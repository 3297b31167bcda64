package org.ctopath.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API under {@code /api}. Every call needs a personal access token
 * ({@code Authorization: Bearer ...}), made on the person's own page at {@code /account/tokens},
 * and sees exactly what that person sees in the browser. Errors are RFC 9457 problem details.
 * The OpenAPI description is served at {@code /openapi}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "CTO Path API", version = "1",
                description = "Read the competency framework, the catalogue, people's plans, gaps and certification records, and the"
                        + " reports; create assignments and record progress and certification attempts. Authenticate with a personal"
                        + " access token as `Authorization: Bearer <token>`: a token acts as its owner, with the same role and"
                        + " relation rules as the pages (a mentor's token sees only their mentees, a learner's only themselves)."
                        + " Errors are RFC 9457 problem details (`application/problem+json`). Lists are paged with `offset` and"
                        + " `limit` (at most " + Window.MAX_LIMIT + ").",
                // the repository grants no licence: copyright law's default, all rights reserved
                license = @License(name = "No licence granted: all rights reserved", url = "https://choosealicense.com/no-permission/")),
        security = @SecurityRequirement(name = "token"))
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal access token, made and revoked at /account/tokens.")
public class ApiApplication extends Application {
}
