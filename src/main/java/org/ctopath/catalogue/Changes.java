package org.ctopath.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "What changed" for the audit log, readable by a person: {@code title: 'A' → 'B'; effort: 10 → 12}.
 * Long texts are shortened; the values themselves stay in the data.
 */
final class Changes {

    private static final int LONGEST_VALUE = 80;

    private Changes() {
    }

    /** Every part that differs, old value to new; empty if nothing did. */
    static String between(Map<String, Object> before, Map<String, Object> after) {
        List<String> changes = new ArrayList<>();
        after.forEach((part, value) -> {
            Object old = before.get(part);
            if (!same(old, value)) {
                changes.add(part + ": " + format(old) + " → " + format(value));
            }
        });
        before.forEach((part, old) -> {
            if (!after.containsKey(part) && !same(old, null)) {
                changes.add(part + ": " + format(old) + " → " + format(null));
            }
        });
        return String.join("; ", changes);
    }

    /** The parts of something new that have a value. */
    static String of(String code, Map<String, Object> values) {
        List<String> parts = new ArrayList<>();
        parts.add("code: " + format(code));
        values.forEach((part, value) -> {
            if (!same(value, null)) {
                parts.add(part + ": " + format(value));
            }
        });
        return String.join("; ", parts);
    }

    static boolean same(Object a, Object b) {
        if (isEmpty(a) || isEmpty(b)) {
            return isEmpty(a) && isEmpty(b);
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    static String format(Object value) {
        if (isEmpty(value)) {
            return "(none)";
        }
        if (value instanceof String text) {
            return "'" + (text.length() > LONGEST_VALUE ? text.substring(0, LONGEST_VALUE - 1) + "…" : text) + "'";
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String text && text.isBlank();
    }
}
