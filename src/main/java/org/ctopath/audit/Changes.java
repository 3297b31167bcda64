package org.ctopath.audit;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/** Readable "what changed" text for the audit log, from the fields of a thing before and after. */
public final class Changes {

    private Changes() {
    }

    /** Fields as name, value, name, value ...; in the order given. */
    public static Map<String, String> fields(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    /** What a new thing holds: {@code name: 'Cloud cost'; group: 'EMERGING'}, leaving out empty fields. */
    public static String of(Map<String, String> fields) {
        StringJoiner text = new StringJoiner("; ");
        fields.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                text.add(name + ": " + quote(value));
            }
        });
        return text.toString();
    }

    /** What differs: {@code name: 'A' → 'B'}; "no change" when nothing does. */
    public static String between(Map<String, String> before, Map<String, String> after) {
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        StringJoiner text = new StringJoiner("; ");
        for (String name : names) {
            String was = before.get(name);
            String is = after.get(name);
            if (!Objects.equals(empty(was), empty(is))) {
                text.add(name + ": " + quote(was) + " → " + quote(is));
            }
        }
        return text.length() == 0 ? "no change" : text.toString();
    }

    private static String empty(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static String quote(String value) {
        if (value == null || value.isEmpty()) {
            return "(none)";
        }
        String shown = value.length() > 200 ? value.substring(0, 199) + "…" : value;
        return "'" + shown + "'";
    }
}
