package org.ctopath.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Blocks of ids for set-based inserts over plain JDBC, taken from the same sequences JPA uses so
 * that neither can hand out an id the other used. The sequence moves past the block at once
 * ({@code ALTER SEQUENCE ... RESTART WITH}, on H2 and PostgreSQL alike), and the block starts a whole
 * allocation (50) above the value read, clear of any ids an application instance holds in memory.
 */
public final class IdBlocks {

    /** The allocation size of every sequence (INCREMENT BY 50 and allocationSize 50). */
    static final long ALLOCATION = 50;

    private IdBlocks() {
    }

    /** The first of {@code size} consecutive ids that are the caller's alone. */
    public static long reserve(Connection connection, String sequence, long size) throws SQLException {
        if (!sequence.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a sequence name: " + sequence);
        }
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        long current;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(postgres ? "SELECT nextval('" + sequence + "')" : "VALUES NEXT VALUE FOR " + sequence)) {
            rs.next();
            current = rs.getLong(1);
        }
        long first = current + ALLOCATION;
        long restart = next(first + size);
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER SEQUENCE " + sequence + " RESTART WITH " + restart);
        }
        return first;
    }

    /** The restart value after a block that ends before {@code end}: a multiple of the allocation, one allocation on. */
    static long next(long end) {
        return (end / ALLOCATION + 2) * ALLOCATION;
    }
}
