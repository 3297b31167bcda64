package org.ctopath.badges;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The badge addresses outside the pages. Public, for anyone checking a badge: the issuer's profile
 * ({@code /badges/issuer}), each signing key at its {@code kid} ({@code /badges/keys/<key id>}, a
 * JWK), the status lists ({@code /badges/status/<n>}, a signed BitstringStatusListCredential) and
 * each achievement a badge was issued for ({@code /badges/achievements/<kind>/<key>}). Signed in:
 * a learner's own badge as a file ({@code /badges/download/certification/<attempt id>.jwt},
 * {@code /badges/download/plan/<plan id>.jwt}). The download only reads: a badge is issued by a POST
 * (the pages' "Get badge" button, {@link GetBadge}, or the API), and one not issued yet answers 404
 * with the reason. A badge that is not the caller's answers 404, exactly like one that does not exist.
 */
@WebServlet(urlPatterns = {OpenBadges.ISSUER_PATH, BadgeServlet.DOWNLOAD + "/*", OpenBadges.KEYS_PATH + "/*", OpenBadges.STATUS_PATH + "/*",
        OpenBadges.ACHIEVEMENTS_PATH + "/*"})
public class BadgeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String DOWNLOAD = "/badges/download";

    /** Where the learner's badge of this kind and subject is downloaded, below the application. */
    static String downloadPath(BadgeKind kind, long subjectId) {
        return DOWNLOAD + "/" + kind.name().toLowerCase() + "/" + subjectId + ".jwt";
    }

    /** The media type of a VC secured as a JWT. */
    static final String VC_JWT = "application/vc+jwt";

    private static final Pattern BADGE = Pattern.compile("/(certification|plan)/(\\d{1,18})\\.jwt");

    private static final Pattern STATUS_LIST = Pattern.compile("/(\\d{1,6})");

    private static final Pattern ACHIEVEMENT = Pattern.compile("/(certification|plan)/([A-Za-z0-9._-]{1,64})");

    @Inject
    transient Badges badges;

    @Inject
    transient BadgeKeys keys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (OpenBadges.ISSUER_PATH.equals(servletPath)) {
            JwksServlet.publicJson(response, JSONObjectUtils.toJSONString(badges.openBadges().issuerProfile()), "application/json");
            return;
        }
        try {
            if (OpenBadges.KEYS_PATH.equals(servletPath)) {
                key(pathInfo, response);
                return;
            }
            if (OpenBadges.STATUS_PATH.equals(servletPath)) {
                statusList(pathInfo, response);
                return;
            }
        } catch (BadgesUnavailable unavailable) {
            JwksServlet.unavailable(response);
            return;
        }
        if (OpenBadges.ACHIEVEMENTS_PATH.equals(servletPath)) {
            Matcher achievement = ACHIEVEMENT.matcher(pathInfo);
            Optional<java.util.Map<?, ?>> found = achievement.matches()
                    ? badges.achievement(BadgeKind.valueOf(achievement.group(1).toUpperCase()), achievement.group(2)) : Optional.empty();
            if (found.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such achievement.");
                return;
            }
            JwksServlet.publicJson(response, JSONObjectUtils.toJSONString(OpenBadges.achievementDocument(found.get())), "application/json");
            return;
        }
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Sign in to download your badges.");
            return;
        }
        Matcher path = BADGE.matcher(pathInfo);
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such badge.");
            return;
        }
        BadgeKind kind = BadgeKind.valueOf(path.group(1).toUpperCase());
        long id = Long.parseLong(path.group(2));
        String username = request.getUserPrincipal().getName();
        Optional<IssuedBadge> badge;
        try {
            badge = badges.issuedFor(kind, username, id);
        } catch (Badges.NotEarned | Badges.NotIssued none) {
            // The learner's own attempt or plan: say why there is no badge (the 404 page would only say "nothing here").
            byte[] why = none.getMessage().getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain; charset=UTF-8");
            response.setContentLength(why.length);
            response.getOutputStream().write(why);
            return;
        }
        if (badge.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such badge.");
            return;
        }
        byte[] body = badge.get().getCredential().getBytes(StandardCharsets.US_ASCII);
        response.setContentType(VC_JWT);
        response.setContentLength(body.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"ctopath-badge-" + path.group(1) + "-" + id + ".jwt\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(body);
    }

    /** A signing key's public half at its {@code kid}, under that {@code kid}. */
    private void key(String pathInfo, HttpServletResponse response) throws IOException {
        String keyId = pathInfo.length() > 1 ? java.net.URLDecoder.decode(pathInfo.substring(1), StandardCharsets.UTF_8) : "";
        com.nimbusds.jose.jwk.JWK key = keyId.isEmpty() || keyId.contains("/") ? null : keys.publicKeys().getKeyByKeyId(keyId);
        if (key == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such key.");
            return;
        }
        JwksServlet.publicBody(response, badges.openBadges().published(key).toJSONString(), "application/jwk+json; charset=UTF-8", 300);
    }

    /** A status list credential, signed now; verifiers may keep it a minute. */
    private void statusList(String pathInfo, HttpServletResponse response) throws IOException {
        Matcher list = STATUS_LIST.matcher(pathInfo);
        Optional<String> credential = list.matches() ? badges.statusListCredential(Integer.parseInt(list.group(1))) : Optional.empty();
        if (credential.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such status list.");
            return;
        }
        JwksServlet.publicBody(response, credential.get(), VC_JWT, 60);
    }
}
