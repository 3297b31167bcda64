package org.ctopath.generator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.ctopath.platform.Database;
import org.flywaydb.core.Flyway;

/**
 * {@code ./mvnw -q -B compile exec:java@generate -Dlearners=10000 [-Dseed=42] [-Dprefix=gen] [-Dplans=false]}:
 * migrates the database given by {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD} (as the
 * application does at start-up, so an empty database works) and fills it with a generated organisation.
 */
public final class GenerateCommand {

    private GenerateCommand() {
    }

    public static void main(String[] args) throws Exception {
        String url = env("DB_URL", Database.DEFAULT_URL);
        String user = env("DB_USER", Database.DEFAULT_USER);
        String password = System.getenv("DB_PASSWORD") == null ? Database.DEFAULT_PASSWORD : System.getenv("DB_PASSWORD");
        Generator.Options options;
        try {
            options = new Generator.Options(Integer.parseInt(System.getProperty("learners", "10000")),
                    Long.parseLong(System.getProperty("seed", "42")), System.getProperty("prefix", Generator.DEFAULT_PREFIX),
                    Boolean.parseBoolean(System.getProperty("plans", "true")));
        } catch (IllegalArgumentException e) {
            System.err.println("generate: " + e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        var migrated = Flyway.configure(GenerateCommand.class.getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration").load().migrate();
        System.out.println("Schema at version " + migrated.targetSchemaVersion + " (" + migrated.migrationsExecuted + " migrations applied now)");
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            Generator.Summary summary = new Generator(connection, options, LocalDateTime.now(ZoneOffset.UTC)).run();
            System.out.println("Generated " + summary.describe() + "; with migration " + (System.nanoTime() - started) / 1_000_000 + " ms.");
            System.out.println("Sign in as " + Generator.learnerUsername(options.prefix(), 1) + " or "
                    + Generator.mentorUsername(options.prefix(), 1) + " with the password " + Generator.PASSWORD + ".");
        } catch (Generator.Refused e) {
            System.err.println("generate: " + e.getMessage());
            System.exit(1);
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value.trim();
    }
}
