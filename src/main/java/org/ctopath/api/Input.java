package org.ctopath.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.ctopath.platform.InvalidInput;

/**
 * Reads the fields of a request body that JSON-B would refuse without naming them (dates, choices
 * from a list), so that a 400 lists each bad field by its JSON name like every other refusal.
 */
public final class Input {

    private Input() {
    }

    /** An ISO date ({@code 2026-01-31}), null when absent; anything else is a problem of {@code field}. */
    public static LocalDate date(InvalidInput.Collector problems, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(field, "A date like 2026-01-31, not \"" + abbreviated(value) + "\".");
            return null;
        }
    }

    /** One of the names of an enum, in any case; null when absent; anything else is a problem of {@code field}. */
    public static <E extends Enum<E>> E choice(InvalidInput.Collector problems, String field, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(field, "One of " + java.util.Arrays.toString(type.getEnumConstants()) + ", not \"" + abbreviated(value) + "\".");
            return null;
        }
    }

    /**
     * The problems found here together with a service's, one message a field: a date that did not
     * read is refused as written, not as missing (the service saw null).
     */
    public static InvalidInput merged(InvalidInput.Collector mine, InvalidInput theirs) {
        java.util.List<InvalidInput.Problem> all = new java.util.ArrayList<>(mine.problems());
        java.util.Set<String> named = new java.util.HashSet<>();
        all.forEach(p -> named.add(p.field()));
        theirs.getProblems().stream().filter(p -> p.field() == null || !named.contains(p.field())).forEach(all::add);
        return new InvalidInput(all);
    }

    private static String abbreviated(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
