package org.ctopath.platform;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Moments are stored as UTC wall-clock time in plain TIMESTAMP columns, the one date-time type that
 * EclipseLink 4.0 maps the same way on H2 and PostgreSQL, whatever the server's time zone.
 */
public final class UtcTime {

    private UtcTime() {
    }

    public static LocalDateTime toColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant fromColumn(LocalDateTime column) {
        return column == null ? null : column.toInstant(ZoneOffset.UTC);
    }
}
