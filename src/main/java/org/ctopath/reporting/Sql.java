package org.ctopath.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A report statement as it is run: plain SQL for H2 2.x and PostgreSQL with {@code ?} parameters, and
 * their values in order. Built up piece by piece so that optional filters add a condition and its
 * parameter together.
 */
public final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    public Sql append(String sql, Object... values) {
        text.append(sql);
        params.addAll(List.of(values));
        return this;
    }

    public Sql append(Sql other) {
        text.append(other.text);
        params.addAll(other.params);
        return this;
    }

    public String text() {
        return text.toString();
    }

    public List<Object> params() {
        return List.copyOf(params);
    }

    /**
     * The statement with every parameter written in as a literal, for the benchmark (which runs the
     * statements exactly as the pages do, without a binding step). Only numbers, strings and dates occur.
     */
    public String inlined() {
        StringBuilder out = new StringBuilder();
        int next = 0;
        String sql = text.toString();
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '?') {
                out.append(literal(params.get(next++)));
            } else {
                out.append(c);
            }
        }
        if (next != params.size()) {
            throw new IllegalStateException("parameters left over: " + sql);
        }
        return out.toString();
    }

    private static String literal(Object value) {
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof LocalDate date) {
            return "DATE '" + date + "'";
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }

    @Override
    public String toString() {
        return text + " " + params;
    }
}
