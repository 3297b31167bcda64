package org.ctopath.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers: {@code GET /health} is then 200 UP, otherwise 503 DOWN. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    static final String NAME = "database";
    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(TIMEOUT_SECONDS)) {
                return HealthCheckResponse.named(NAME).up()
                        .withData("product", connection.getMetaData().getDatabaseProductName())
                        .build();
            }
            return HealthCheckResponse.named(NAME).down().withData("error", "connection not valid").build();
        } catch (SQLException e) {
            // The SQL state tells an operator enough; the message may name hosts and users.
            return HealthCheckResponse.named(NAME).down().withData("sqlState", String.valueOf(e.getSQLState())).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(NAME).down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
