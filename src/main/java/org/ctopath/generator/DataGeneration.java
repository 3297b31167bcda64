package org.ctopath.generator;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ctopath.platform.Database;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.Settings;
import org.ctopath.platform.Restricted;

/**
 * The data generator as an administrator's action ({@code /admin/generate}). It works only where
 * {@code DATA_GENERATOR} allows it (by default in demo mode): otherwise it refuses, whoever asks. It
 * runs outside any container transaction, on a connection of its own, and commits once at the end.
 */
@ApplicationScoped
@Restricted("ADMIN")
public class DataGeneration {

    private static final Logger LOG = Logger.getLogger(DataGeneration.class.getName());

    public static final String DISABLED = "The data generator is off on this server (DATA_GENERATOR=true turns it on; it is on by default only in demo mode).";

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Settings settings;

    @Inject
    GenerationAudit audit;

    Clock clock = Clock.systemUTC();

    public boolean isEnabled() {
        return settings.dataGenerator();
    }

    /** Generates the organisation, or says why not (field {@code learners} or {@code prefix}, or the whole form). */
    public Generator.Summary generate(Integer learners, Long seed, String prefix) {
        if (!isEnabled()) {
            throw InvalidInput.of(null, DISABLED);
        }
        if (learners == null || learners < 1 || learners > Generator.MAX_LEARNERS) {
            throw InvalidInput.of("learners", "From 1 to " + Generator.MAX_LEARNERS + " learners.");
        }
        String cleanPrefix = prefix == null || prefix.isBlank() ? Generator.DEFAULT_PREFIX : prefix.trim();
        Generator.Options options;
        try {
            options = new Generator.Options(learners, seed == null ? 42L : seed, cleanPrefix, true);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("prefix", e.getMessage());
        }
        try (Connection connection = dataSource.getConnection()) {
            Generator.Summary summary = new Generator(connection, options, LocalDateTime.now(clock)).run();
            LOG.info(() -> "Generated " + summary.describe());
            audit.generated(options, summary);
            return summary;
        } catch (Generator.Refused e) {
            throw InvalidInput.of(null, e.getMessage());
        } catch (SQLException e) {
            throw new IllegalStateException("The generator failed: " + e.getMessage(), e);
        }
    }
}
