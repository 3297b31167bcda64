package org.ctopath.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For the benchmark: the SQL each report page runs to show its first page without filters, built by
 * the very code the pages run ({@link ReportPage#summaryTables}, {@link ReportTable#all}) with the
 * parameters written in as literals.
 */
public final class BenchmarkSql {

    private BenchmarkSql() {
    }

    public static Map<String, List<String>> firstPageSql() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (ReportPage.Kind page : ReportPage.Kind.values()) {
            ReportFilter filter = page.defaults(ReportFilter.none());
            out.put("/admin/reports/" + page.getPage() + ".xhtml",
                    page.getSummaries().stream().map(t -> t.all(filter).inlined()).toList());
        }
        return out;
    }
}
