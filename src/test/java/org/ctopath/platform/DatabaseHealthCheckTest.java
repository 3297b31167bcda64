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

    /** The check against a data source whose every connection fails with {@code failure}. */
    private static HealthCheckResponse checkFailingWith(SQLException failure) {
        DatabaseHealthCheck check = new DatabaseHealthCheck();
        check.dataSource = new UrlDataSource() {
            @Override
            public java.sql.Connection getConnection() throws SQLException {
                throw failure;
            }
        };
        return check.call();
    }

    @Test
    void downWhenTheDatabaseCannotBeReached() {
        HealthCheckResponse response = checkFailingWith(new SQLException("Connection refused", "08001"));

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("08001", response.getData().orElseThrow().get("sqlState"));
    }

    @Test
    void aPoolTimeoutWithoutStateNamesTheDriversStateFromItsCause() {
        HealthCheckResponse response = checkFailingWith(
                new SQLException("pool wait timed out", null, new SQLException("Connection refused", "08001")));

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("08001", response.getData().orElseThrow().get("sqlState"));
    }

    @Test
    void aFailureWithNoStateAnywhereSaysSoInWordsNotNull() {
        java.util.Map<String, Object> data = checkFailingWith(new SQLException("pool wait timed out")).getData().orElseThrow();

        assertEquals(null, data.get("sqlState"));
        assertEquals("no connection within the timeout", data.get("error"));
    }
}
