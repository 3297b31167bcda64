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
