package org.ctopath.platform;

import java.io.Serializable;
import java.util.Objects;

/**
 * A choice offered on a page: what is sent and what a person reads. Kept in view state, so
 * Serializable; a class with getters, not a record, because Jakarta EL 5 does not read record
 * components.
 */
public final class Option implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String value;
    private final String label;

    public Option(String value, String label) {
        this.value = Objects.requireNonNull(value);
        this.label = Objects.requireNonNull(label);
    }

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }
}
