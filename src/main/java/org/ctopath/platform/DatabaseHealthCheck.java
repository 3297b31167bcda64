package org.ctopath.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
            // The SQL state tells an operator enough; the message may name hosts and users. A pool that
            // timed out waiting for a connection throws without one: its cause may carry the driver's.
            return sqlState(e)
                    .map(state -> response(Status.DOWN, "sqlState", state))
                    .orElseGet(() -> response(Status.DOWN, "error", "no connection within the timeout"));
        } catch (RuntimeException e) {
            return response(Status.DOWN, "error", e.getClass().getSimpleName());
        }
    }

    /** The first SQL state in the chain of causes and next exceptions, if any carries one. */
    static Optional<String> sqlState(SQLException failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>(List.of(failure));
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SQLException sql) {
                if (sql.getSQLState() != null && !sql.getSQLState().isBlank()) {
                    return Optional.of(sql.getSQLState());
                }
                if (sql.getNextException() != null) {
                    todo.add(sql.getNextException());
                }
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
        }
        return Optional.empty();
    }

    private static HealthCheckResponse response(Status status, String key, String value) {
        return new HealthCheckResponse(NAME, status, Optional.of(Map.of(key, value)));
    }
}
