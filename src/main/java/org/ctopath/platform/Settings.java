package org.ctopath.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Deployment settings, read from the environment (MicroProfile Config, so system properties work too).
 */
@ApplicationScoped
public class Settings {

    @Inject
    Config config;

    public String databaseUrl() {
        return text("DB_URL").orElse(Database.DEFAULT_URL);
    }

    /**
     * Demo mode seeds the demo accounts. It is on by default with the embedded database and off by
     * default with any other; {@code DEMO_MODE=true|false} decides explicitly.
     */
    public boolean demoMode() {
        return demoMode(text("DEMO_MODE"), databaseUrl());
    }

    static boolean demoMode(Optional<String> demoModeSetting, String databaseUrl) {
        return demoModeSetting.map(Boolean::parseBoolean).orElseGet(() -> Database.isEmbedded(databaseUrl));
    }

    /**
     * Whether administrators may fill the database with a generated organisation ({@code /admin/generate}):
     * {@code DATA_GENERATOR=true|false}, by default on in demo mode and off otherwise.
     */
    public boolean dataGenerator() {
        return dataGenerator(text("DATA_GENERATOR"), demoMode());
    }

    static boolean dataGenerator(Optional<String> setting, boolean demoMode) {
        return setting.map(Boolean::parseBoolean).orElse(demoMode);
    }

    /** The first administrator's credentials, used only outside demo mode and only while no administrator exists. */
    public Optional<String> adminUser() {
        return text("ADMIN_USER");
    }

    public Optional<String> adminPassword() {
        return text("ADMIN_PASSWORD");
    }

    /** The SMTP server mail goes through; none without {@code SMTP_HOST}, and mail is then logged instead. */
    public Optional<SmtpServer> smtp() {
        return SmtpServer.from(this::text);
    }

    /**
     * The Learning Record Store that xAPI statements are forwarded to: {@code LRS_ENDPOINT} (its
     * xAPI base address; statements go to {@code <endpoint>/statements}) with {@code LRS_USERNAME}
     * and {@code LRS_PASSWORD} for HTTP Basic. None without {@code LRS_ENDPOINT}: statements are
     * then kept and served by the API only, and go to an LRS once one is configured.
     */
    public Optional<org.ctopath.xapi.Lrs> lrs() {
        return org.ctopath.xapi.Lrs.from(this::text);
    }

    /** The address people reach the application at, for links in mail: {@code APP_URL}, without a trailing slash. */
    public String appUrl() {
        return appUrl(text("APP_URL"));
    }

    static String appUrl(Optional<String> setting) {
        return setting.orElse(DEFAULT_APP_URL).replaceAll("/+$", "");
    }

    /**
     * Whether people reach the application over HTTPS, that is {@code APP_URL} starts with {@code https://}
     * (also when a proxy in front ends TLS and the application itself answers plain HTTP). Then the session
     * cookie is {@code Secure} and every answer carries {@code Strict-Transport-Security}.
     */
    public boolean https() {
        return https(appUrl());
    }

    static boolean https(String appUrl) {
        return appUrl.regionMatches(true, 0, "https://", 0, "https://".length());
    }

    /**
     * The key Open Badges credentials are signed with, as a private RSA JWK ({@code BADGE_SIGNING_KEY});
     * without it the application makes one and keeps it in the database.
     */
    public Optional<String> badgeSigningKey() {
        return text("BADGE_SIGNING_KEY");
    }

    /**
     * The key-encryption key that the badge signing key is encrypted with in the database
     * ({@code KEY_ENCRYPTION_KEY}: the base64 of 32 random bytes); without it that key is kept plain.
     */
    public Optional<String> keyEncryptionKey() {
        return text("KEY_ENCRYPTION_KEY");
    }

    public static final String DEFAULT_APP_URL = "http://localhost:8080";

    private Optional<String> text(String name) {
        return config.getOptionalValue(name, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }
}
