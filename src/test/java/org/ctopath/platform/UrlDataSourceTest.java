package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UrlDataSourceTest {

    @Test
    void aPostgresqlUrlSelectsThePostgresqlDriverWithTheUrlIntact() throws SQLException {
        var ds = assertInstanceOf(org.postgresql.ds.PGSimpleDataSource.class,
                UrlDataSource.create("jdbc:postgresql://db.example:6543/ctopath", "app", "secret"));

        assertEquals("db.example", ds.getServerNames()[0]);
        assertEquals(6543, ds.getPortNumbers()[0]);
        assertEquals("ctopath", ds.getDatabaseName());
        assertEquals("app", ds.getUser());
    }

    @Test
    void anH2UrlOpensAnEmbeddedDatabase() throws SQLException {
        UrlDataSource ds = new UrlDataSource();
        ds.setUrl("jdbc:h2:mem:urldatasource");
        ds.setUser("sa");
        ds.setPassword("");

        try (Connection connection = ds.getConnection()) {
            assertEquals("H2", connection.getMetaData().getDatabaseProductName());
        }
    }

    @Test
    void theLoginTimeoutMayComeBeforeTheUrlAndReachesTheDriver() throws SQLException {
        UrlDataSource ds = new UrlDataSource();
        ds.setLoginTimeout(3); // Payara sets the properties in no fixed order
        ds.setUrl("jdbc:postgresql://db.example:6543/ctopath");

        assertEquals(3, ds.getLoginTimeout());
        var pg = ds.unwrap(org.postgresql.ds.PGSimpleDataSource.class);
        assertEquals(3, pg.getLoginTimeout());
        assertEquals(Database.CONNECT_TIMEOUT_SECONDS, pg.getConnectTimeout(), "the driver's TCP connect timeout");
    }

    @Test
    void aConnectTimeoutInTheUrlIsKept() throws SQLException {
        var pg = assertInstanceOf(org.postgresql.ds.PGSimpleDataSource.class,
                UrlDataSource.create("jdbc:postgresql://db.example:6543/ctopath?connectTimeout=7", "app", "secret"));

        assertEquals(7, pg.getConnectTimeout());
    }

    @Test
    void anyOtherDatabaseIsRefusedWithAReason() {
        SQLException e = assertThrows(SQLException.class, () -> UrlDataSource.create("jdbc:mysql://x/y", "u", "p"));
        assertTrue(e.getMessage().contains("PostgreSQL"), e.getMessage());
    }

    @Test
    void noUrlIsRefusedWithAReason() {
        SQLException e = assertThrows(SQLException.class, () -> UrlDataSource.create(" ", "u", "p"));
        assertTrue(e.getMessage().contains("DB_URL"), e.getMessage());
    }
}
