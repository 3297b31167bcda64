package org.ctopath.reporting;

import java.io.Serializable;

/** A column of a report table: its SQL alias (also its sort key), its header, and the kind of value. */
public final class Column implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind { ID, COUNT, DECIMAL, TEXT, DATE, TIME }

    private final String alias;
    private final String header;
    private final Kind kind;
    private final boolean sortable;

    Column(String alias, String header, Kind kind, boolean sortable) {
        this.alias = alias;
        this.header = header;
        this.kind = kind;
        this.sortable = sortable;
    }

    public String getAlias() {
        return alias;
    }

    public String getHeader() {
        return header;
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isSortable() {
        return sortable;
    }

    /** Ids link rows together but are not shown in tables or exports. */
    public boolean isShown() {
        return kind != Kind.ID;
    }
}
