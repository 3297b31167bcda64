package org.ctopath.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The answer when the database cannot be reached, for code that runs before any filter or servlet
 * (the sign-in mechanism reads the account on every request): 503 with {@code Retry-After}, the plain
 * 503 page for a browser, an RFC 9457 problem detail for the API. The container would otherwise
 * answer an empty 500.
 */
public final class Unavailable {

    /** How long a client waits before it tries again; the same for pages and the API. */
    public static final int RETRY_AFTER_SECONDS = 30;
    /** The static page: it needs no database, no Faces and no script. */
    static final String PAGE = "/errors/503.html";

    private Unavailable() {
    }

    /**
     * Writes the 503 answer and completes the response, logging {@code failure} once as an outage;
     * {@code api} for a problem detail instead of the page.
     */
    public static void answer(HttpServletRequest request, HttpServletResponse response, boolean api, Throwable failure) {
        String reference = Failure.newReference();
        Failure.log(Failure.Kind.UNAVAILABLE, failure, request.getMethod() + " " + request.getRequestURI(), null, reference);
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        try {
            if (api) {
                response.setContentType("application/problem+json");
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\""
                        + "The database did not answer in time; nothing was changed. Try again in a minute (reference " + reference
                        + ").\",\"instance\":\"" + request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
            } else {
                response.setContentType("text/html");
                response.getOutputStream().write(page(request));
            }
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }

    private static byte[] page(HttpServletRequest request) throws IOException {
        try (InputStream page = request.getServletContext().getResourceAsStream(PAGE)) {
            return page == null ? "<!DOCTYPE html><title>Not available just now</title><h1>CTO Path is not available just now</h1>"
                    .getBytes(StandardCharsets.UTF_8) : page.readAllBytes();
        }
    }
}
