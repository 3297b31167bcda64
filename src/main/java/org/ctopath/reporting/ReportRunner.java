package org.ctopath.reporting;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import javax.sql.DataSource;
import org.ctopath.competency.RoleProfileService;
import org.ctopath.identity.Teams;
import org.ctopath.platform.Database;
import org.ctopath.platform.Restricted;

/**
 * Runs the report SQL on the application's data source over plain JDBC: whole (small) summaries, the
 * count and one page of a list, and exports streamed row by row from a forward-only cursor with a
 * fetch size, inside a transaction (autocommit off), so PostgreSQL streams instead of loading it all.
 */
@ApplicationScoped
@Restricted("ADMIN")
public class ReportRunner {

    /** Rows fetched at a time when streaming an export. */
    static final int FETCH_SIZE = 500;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Teams teams;

    @Inject
    RoleProfileService profiles;

    /** What the filter names that does not exist (a team, a role profile), in words; empty when all is there. */
    public List<String> unknownIn(ReportFilter filter) {
        List<String> unknown = new ArrayList<>();
        if (filter.getTeam() != null && teams.find(filter.getTeam()).isEmpty()) {
            unknown.add("There is no team with id " + filter.getTeam() + ".");
        }
        if (filter.getProfile() != null && profiles.findByCode(filter.getProfile()).isEmpty()) {
            unknown.add("There is no role profile with code " + filter.getProfile() + ".");
        }
        return unknown;
    }

    /** What an export does with each row as it arrives. */
    public interface RowSink {
        void row(ReportRow row) throws Exception;
    }

    /**
     * A table read whole, for a page. No cursor: with a fetch size PostgreSQL plans for the first rows
     * ({@code cursor_tuple_fraction}) and fetches in rounds, which made the overdue summary three times
     * slower than its SQL on 10,000 learners.
     */
    public List<ReportRow> rows(ReportTable table, Sql sql) {
        List<ReportRow> rows = new ArrayList<>();
        run(table, sql, rows::add, false);
        return rows;
    }

    public long count(Sql sql) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection, sql);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("report count failed: " + sql.text(), e);
        }
    }

    /** A table streamed row by row from a forward-only cursor, for exports of any size (bounded memory). */
    public void stream(ReportTable table, Sql sql, RowSink sink) {
        run(table, sql, sink, true);
    }

    private void run(ReportTable table, Sql sql, RowSink sink, boolean cursor) {
        if (table.isComputed()) {
            RenewalRows rows = new RenewalRows(table, LocalDate.now(), sink);
            read(table.sqlColumns(), sql, rows, cursor);
            try {
                rows.finish();
            } catch (Exception e) {
                throw new IllegalStateException("report failed", e);
            }
        } else {
            read(table.sqlColumns(), sql, sink, cursor);
        }
    }

    private void read(List<Column> columns, Sql sql, RowSink sink, boolean cursor) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = prepare(connection, sql)) {
                if (cursor) {
                    statement.setFetchSize(FETCH_SIZE);
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        sink.row(read(columns, result));
                    }
                }
                connection.commit();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("report failed: " + sql.text(), e);
        }
    }

    private static PreparedStatement prepare(Connection connection, Sql sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.text(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        StatementCounter.counted();
        List<Object> params = sql.params();
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            if (value instanceof LocalDate date) {
                statement.setDate(i + 1, Date.valueOf(date));
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }

    /** The same value types on H2 and PostgreSQL (whose SUM of BIGINT is NUMERIC, for one). */
    private static ReportRow read(List<Column> columns, ResultSet result) throws SQLException {
        LinkedHashMap<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Object value = switch (column.getKind()) {
                case ID, COUNT -> {
                    Object raw = result.getObject(column.getAlias());
                    yield raw == null ? null : raw instanceof Number n ? (Object) n.longValue() : raw;
                }
                case DECIMAL -> {
                    BigDecimal raw = result.getBigDecimal(column.getAlias());
                    yield raw == null ? null : raw.setScale(column.getAlias().equals("average_gap") ? 2 : 1, RoundingMode.HALF_UP);
                }
                case TEXT -> result.getString(column.getAlias());
                case DATE -> {
                    Date raw = result.getDate(column.getAlias());
                    yield raw == null ? null : raw.toLocalDate();
                }
                case TIME -> {
                    Timestamp raw = result.getTimestamp(column.getAlias());
                    yield raw == null ? null : raw.toLocalDateTime().toLocalDate();
                }
            };
            values.put(column.getAlias(), value);
        }
        return new ReportRow(values);
    }
}
