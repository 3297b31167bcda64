package org.ctopath.xapi;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every answer under {@code /api/xapi/}, problem details (400, 401, 404, ...) included, carries
 * {@code X-Experience-API-Version: 1.0.3}, as xAPI 1.0.3 (Communication 3.3) wants of every answer
 * of an LRS resource. The resource's own answers set it too; this covers those the error mapping makes.
 */
@Provider
public class XapiVersionHeader implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("xapi/") || path.startsWith("/xapi/")) {
            response.getHeaders().putSingle(Statements.VERSION_HEADER, Statements.VERSION);
        }
    }
}
