package org.ctopath.xapi;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Learning Record Store that statements are forwarded to: its statements resource (the
 * endpoint {@code LRS_ENDPOINT} followed by {@code statements}) and the HTTP Basic credentials
 * ({@code LRS_USERNAME}, {@code LRS_PASSWORD}), if any.
 */
public record Lrs(URI statements, String username, String password) {

    public Lrs {
        Objects.requireNonNull(statements);
    }

    /**
     * The LRS of the settings: none without {@code LRS_ENDPOINT}. An endpoint that is no absolute
     * http(s) address is refused ({@link IllegalArgumentException}), and so is a user name without
     * a password.
     */
    public static Optional<Lrs> from(Function<String, Optional<String>> settings) {
        Optional<String> endpoint = settings.apply("LRS_ENDPOINT");
        if (endpoint.isEmpty()) {
            return Optional.empty();
        }
        String username = settings.apply("LRS_USERNAME").orElse(null);
        String password = settings.apply("LRS_PASSWORD").orElse(null);
        if (username != null && password == null) {
            throw new IllegalArgumentException("LRS_USERNAME is set, LRS_PASSWORD is not");
        }
        return Optional.of(new Lrs(statementsOf(endpoint.get()), username, password));
    }

    /** {@code https://lrs.example/xapi} and {@code https://lrs.example/xapi/} both post to {@code https://lrs.example/xapi/statements}. */
    static URI statementsOf(String endpoint) {
        URI uri;
        try {
            uri = new URI(endpoint.endsWith("/") ? endpoint : endpoint + "/");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("LRS_ENDPOINT is not an address: " + e.getMessage());
        }
        if (!uri.isAbsolute() || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("LRS_ENDPOINT is not an http(s) address: " + endpoint);
        }
        return uri.resolve("statements");
    }

    /** The Authorization header's value, if there are credentials. */
    Optional<String> authorization() {
        return username == null ? Optional.empty() : Optional.of("Basic " + java.util.Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return "LRS " + statements + (username == null ? "" : " as " + username);
    }
}
