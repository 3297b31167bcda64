package org.ctopath.competency.exchange;

import java.io.Serializable;

/**
 * One thing wrong with a file being imported: where (a line of a CSV file, an entry of a JSON
 * file), which column or field, and why.
 */
public record ImportProblem(String where, String column, String reason) implements Serializable {

    public static ImportProblem ofFile(String reason) {
        return new ImportProblem("file", "", reason);
    }

    public String getWhere() {
        return where;
    }

    public String getColumn() {
        return column;
    }

    public String getReason() {
        return reason;
    }
}
