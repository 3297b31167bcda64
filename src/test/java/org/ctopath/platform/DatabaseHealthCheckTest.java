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

    @Test
    void aPoolTimeoutWithoutStateNamesTheDriversStateFromItsCause() {
        UrlDataSource ds = new UrlDataSource() {
            @Override
            public java.sql.Connection getConnection() throws SQLException {
                throw new SQLException("pool wait timed out", null, new SQLException("Connection refused", "08001"));
            }
        };
        DatabaseHealthCheck check = new DatabaseHealthCheck();
        check.dataSource = ds;

        HealthCheckResponse response = check.call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("08001", response.getData().orElseThrow().get("sqlState"));
    }

    @Test
    void aFailureWithNoStateAnywhereSaysSoInWordsNotNull() {
        UrlDataSource ds = new UrlDataSource() {
            @Override
            public java.sql.Connection getConnection() throws SQLException {
                throw new SQLException("pool wait timed out");
            }
        };
        DatabaseHealthCheck check = new DatabaseHealthCheck();
        check.dataSource = ds;

        java.util.Map<String, Object> data = check.call().getData().orElseThrow();

        assertEquals(null, data.get("sqlState"));
        assertEquals("no connection within the timeout", data.get("error"));
    }
}
