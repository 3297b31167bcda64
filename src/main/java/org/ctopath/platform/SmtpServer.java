package org.ctopath.platform;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where mail goes: the SMTP server of {@code SMTP_HOST}, {@code SMTP_PORT}, {@code SMTP_USER},
 * {@code SMTP_PASSWORD}, {@code SMTP_FROM} and {@code SMTP_STARTTLS}. Without {@code SMTP_HOST}
 * there is none, and mail is written to the log instead (see the README, "Notifications and mail").
 *
 * @param user     the SMTP AUTH user, or null to send without authenticating
 * @param startTls whether the connection must be upgraded with STARTTLS before anything is sent
 */
public record SmtpServer(String host, int port, String user, String password, String from, boolean startTls) {

    public static final int DEFAULT_PORT = 587;
    public static final String DEFAULT_FROM = "CTO Path <no-reply@localhost>";

    public SmtpServer {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(from, "from");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMTP_PORT must be a port number from 1 to 65535, not " + port);
        }
    }

    /** The server the settings name, read through {@code setting} (a name to its trimmed, non-empty value). */
    static Optional<SmtpServer> from(Function<String, Optional<String>> setting) {
        return setting.apply("SMTP_HOST").map(host -> new SmtpServer(host,
                setting.apply("SMTP_PORT").map(SmtpServer::port).orElse(DEFAULT_PORT),
                setting.apply("SMTP_USER").orElse(null),
                setting.apply("SMTP_PASSWORD").orElse(""),
                setting.apply("SMTP_FROM").orElse(DEFAULT_FROM),
                setting.apply("SMTP_STARTTLS").map(Boolean::parseBoolean).orElse(true)));
    }

    private static int port(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SMTP_PORT must be a port number, not '" + text + "'", e);
        }
    }

    /** Never the password: this is what logs and pages may show. */
    @Override
    public String toString() {
        return host + ":" + port + (user == null ? "" : " as " + user) + (startTls ? " with STARTTLS" : "");
    }
}
