package org.ctopath.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
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
                return response(Status.UP, "product", connection.getMetaData().getDatabaseProductName());
            }
            return response(Status.DOWN, "error", "connection not valid");
        } catch (SQLException e) {
            // The SQL state tells an operator enough; the message may name hosts and users.
            return response(Status.DOWN, "sqlState", String.valueOf(e.getSQLState()));
        } catch (RuntimeException e) {
            return response(Status.DOWN, "error", e.getClass().getSimpleName());
        }
    }

    private static HealthCheckResponse response(Status status, String key, String value) {
        return new HealthCheckResponse(NAME, status, Optional.of(Map.of(key, value)));
    }
}
