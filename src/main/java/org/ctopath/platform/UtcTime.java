package org.ctopath.platform;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Moments are stored as UTC wall-clock time in plain TIMESTAMP columns, the one date-time type that
 * EclipseLink 4.0 maps the same way on H2 and PostgreSQL, whatever the server's time zone.
 */
public final class UtcTime {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private UtcTime() {
    }

    /** A moment as pages show it: "2026-11-23 18:40 UTC"; empty for none. */
    public static String minute(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    /** The UTC day of a moment: "2026-11-23"; empty for none. */
    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    public static LocalDateTime toColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant fromColumn(LocalDateTime column) {
        return column == null ? null : column.toInstant(ZoneOffset.UTC);
    }
}
