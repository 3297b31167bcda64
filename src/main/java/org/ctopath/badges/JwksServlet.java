package org.ctopath.badges;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /.well-known/jwks.json}: the public keys badges are signed with, as a JWK Set, for anyone
 * to check a credential without asking this application. Public halves only.
 */
@WebServlet(OpenBadges.JWKS_PATH)
public class JwksServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BadgeKeys keys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String jwks;
        try {
            jwks = keys.publicKeys().toString(true);
        } catch (BadgesUnavailable unavailable) {
            // Said plainly, as machines read this address; the reason is in the server log.
            byte[] why = "The badge keys are not available now; try again later.".getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("text/plain; charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(why.length);
            response.getOutputStream().write(why);
            return;
        }
        publicJson(response, jwks, "application/json");
    }

    /** A public JSON document that other sites' scripts may read, cached briefly. */
    static void publicJson(HttpServletResponse response, String json, String contentType) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        response.setContentType(contentType + "; charset=UTF-8");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
