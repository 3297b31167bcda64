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

    /** The first administrator's credentials, used only outside demo mode and only while no administrator exists. */
    public Optional<String> adminUser() {
        return text("ADMIN_USER");
    }

    public Optional<String> adminPassword() {
        return text("ADMIN_PASSWORD");
    }

    private Optional<String> text(String name) {
        return config.getOptionalValue(name, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }
}
