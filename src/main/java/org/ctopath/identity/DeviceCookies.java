package org.ctopath.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ctopath.platform.Settings;

/**
 * Device cookies (OWASP "Slow Down Online Guessing Attacks with Device Cookies"): a browser that
 * signed in successfully as a person gets a cookie naming that person's username and a random
 * nonce, signed with HMAC-SHA256 under a server key ({@link SignInKeys}). With it the browser is
 * recognised: strangers' failures for the username do not hold it back ({@link ThrottlePolicy}).
 * The cookie proves nothing else: the password is asked for as always.
 *
 * <p>{@code ctopath_device=<base64url username>.<nonce>.<base64url HMAC>}; HttpOnly, SameSite=Lax,
 * Secure when the application's address ({@code APP_URL}) is https, for a year. A new nonce is
 * given at every successful sign-in.
 */
@ApplicationScoped
public class DeviceCookies {

    static final String NAME = "ctopath_device";
    static final Duration LIFETIME = Duration.ofDays(365);
    private static final String ALGORITHM = "HmacSHA256";
    private static final String PURPOSE = "ctopath device cookie v1\n";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();

    @Inject
    SignInKeys keys;

    @Inject
    Settings settings;

    /** The nonce of the request's genuine device cookie for {@code username}, if it brings one. */
    public Optional<String> recognise(HttpServletRequest request, String username) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                Optional<String> nonce = nonceIn(keys.deviceCookieKey(), cookie.getValue(), username);
                if (nonce.isPresent()) {
                    return nonce;
                }
            }
        }
        return Optional.empty();
    }

    /** Gives the browser a device cookie for {@code username} with a new nonce. */
    public void issue(HttpServletRequest request, HttpServletResponse response, String username) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        Cookie cookie = new Cookie(NAME, value(keys.deviceCookieKey(), username, BASE64URL.encodeToString(nonce)));
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(settings.appUrl().startsWith("https:"));
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    static String value(byte[] key, String username, String nonce) {
        String payload = BASE64URL.encodeToString(username.getBytes(StandardCharsets.UTF_8)) + "." + nonce;
        return payload + "." + BASE64URL.encodeToString(mac(key, payload));
    }

    /** The nonce of a cookie value signed with {@code key} for {@code username}; empty for anything else. */
    static Optional<String> nonceIn(byte[] key, String value, String username) {
        if (value == null || value.length() > 512) {
            return Optional.empty();
        }
        String[] parts = value.split("\\.", -1);
        if (parts.length != 3 || parts[1].isEmpty()) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1];
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(mac(key, payload), signature)) {
            return Optional.empty();
        }
        String named = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        return named.equals(username) ? Optional.of(parts[1]) : Optional.empty();
    }

    private static byte[] mac(byte[] key, String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal((PURPOSE + payload).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
