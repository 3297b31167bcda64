package org.ctopath.platform;

import java.util.Locale;

/**
 * A JPQL {@code LIKE} pattern that finds text anywhere, case-insensitively (compare it with
 * {@code lower(...)}). What a person typed is taken literally: backslash, the default LIKE escape
 * of H2 and PostgreSQL alike, escapes their % and _. (An ESCAPE clause would make EclipseLink stop
 * binding the query's parameters.)
 */
public final class Like {

    private Like() {
    }

    public static String containing(String text) {
        return "%" + text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
