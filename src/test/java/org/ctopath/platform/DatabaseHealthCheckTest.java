package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class DatabaseHealthCheckTest {

    @Test
    void upWhileTheDatabaseAnswers() {
        UrlDataSource ds = new UrlDataSource();
        ds.setUrl("jdbc:h2:mem:health");
        DatabaseHealthCheck check = new DatabaseHealthCheck();
        check.dataSource = ds;

        HealthCheckResponse response = check.call();

        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertEquals("database", response.getName());
    }

    @Test
    void downWhenTheDatabaseCannotBeReached() {
        UrlDataSource ds = new UrlDataSource() {
            @Override
            public java.sql.Connection getConnection() throws SQLException {
                throw new SQLException("Connection refused", "08001");
            }
        };
        DatabaseHealthCheck check = new DatabaseHealthCheck();
        check.dataSource = ds;

        HealthCheckResponse response = check.call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("08001", response.getData().orElseThrow().get("sqlState"));
    }
}
