package org.ctopath.reporting;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One row of a report table, by column alias: {@code #{row.values.person}} on a page. */
public final class ReportRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, Object> values;

    ReportRow(LinkedHashMap<String, Object> values) {
        this.values = values;
    }

    public Map<String, Object> getValues() {
        return Collections.unmodifiableMap(values);
    }

    public Object get(String alias) {
        return values.get(alias);
    }

    public long count(String alias) {
        Object value = values.get(alias);
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
