package org.ctopath.api;

import org.ctopath.platform.InvalidInput;

/**
 * The part of a list that one call asks for: {@code offset} (from 0) and {@code limit} (1 to
 * {@link #MAX_LIMIT}, {@link #DEFAULT_LIMIT} when not given).
 */
public record Window(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** The window of the query parameters; a bad one is refused with 400 naming the parameter. */
    public static Window of(Integer offset, Integer limit) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (offset != null && offset < 0) {
            problems.add("offset", "The offset is 0 or more.");
        }
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            problems.add("limit", "The limit is from 1 to " + MAX_LIMIT + ".");
        }
        problems.throwIfAny();
        return new Window(offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : limit);
    }

    /**
     * The window of the query parameters as sent: a value that is not a whole number is refused with
     * 400 naming the parameter (JAX-RS would answer an Integer parameter that does not convert with 404).
     */
    public static Window parse(String offset, String limit) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Integer o = number(problems, "offset", offset);
        Integer l = number(problems, "limit", limit);
        problems.throwIfAny();
        return of(o, l);
    }

    private static Integer number(InvalidInput.Collector problems, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            problems.add(name, "The " + name + " is a whole number.");
            return null;
        }
    }

    /** The page of {@code items} within {@code total}, with the offset of the next page if there is one. */
    public <T> Page<T> page(java.util.List<T> items, long total) {
        Integer next = offset + items.size() < total && !items.isEmpty() ? offset + items.size() : null;
        return new Page<>(items, total, offset, limit, next);
    }
}
