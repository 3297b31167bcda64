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
 * to check a credential without asking this application. Public halves only, each under the
 * {@code kid} the credentials name (its URL, {@link OpenBadges#keyUrl}), so that a JOSE library's
 * JWK Set lookup by {@code kid} finds it.
 */
@WebServlet(OpenBadges.JWKS_PATH)
public class JwksServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BadgeKeys keys;

    @Inject
    transient Badges badges;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String jwks;
        try {
            jwks = badges.openBadges().published(keys.publicKeys().getKeys()).toString(true);
        } catch (BadgesUnavailable unavailable) {
            unavailable(response);
            return;
        }
        publicJson(response, jwks, "application/json");
    }

    /** 503, said plainly, as machines read these addresses; the reason is in the server log. */
    static void unavailable(HttpServletResponse response) throws IOException {
        byte[] why = "The badge keys are not available now; try again later.".getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/plain; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(why.length);
        response.getOutputStream().write(why);
    }

    /** A public JSON document that other sites' scripts may read, cached briefly. */
    static void publicJson(HttpServletResponse response, String json, String contentType) throws IOException {
        publicBody(response, json, contentType + "; charset=UTF-8", 300);
    }

    /** A public document that other sites' scripts may read, cached for the seconds given. */
    static void publicBody(HttpServletResponse response, String text, String contentType, int maxAge) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        response.setContentType(contentType);
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Cache-Control", "public, max-age=" + maxAge);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
