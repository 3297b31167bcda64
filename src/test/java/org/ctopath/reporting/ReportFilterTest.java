package org.ctopath.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The filters as they travel in URLs, and statements written out for the benchmark. */
class ReportFilterTest {

    @Test
    void aFilterComesBackFromItsOwnQuery() {
        ReportFilter filter = new ReportFilter(1050L, "VP ENG", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), 0L, null, 7L, null, 3L);
        Map<String, String> parameters = new java.util.HashMap<>();
        for (String pair : filter.query().split("&")) {
            String[] kv = pair.split("=");
            parameters.put(kv[0], java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        ReportFilter back = ReportFilter.parse(parameters::get);
        assertEquals(filter.query(), back.query());
        assertEquals("team=1050&profile=VP+ENG&from=2026-01-01&to=2026-03-31&inTeam=0&skill=7&scheme=3", filter.query());
        assertEquals("team=1050&profile=VP+ENG&from=2026-01-01&to=2026-03-31", filter.filtersOnly().query());
    }

    @Test
    void malformedParametersAreRefusedWithTheirName() {
        assertEquals("team", assertThrows(ReportFilter.BadFilter.class, () -> ReportFilter.parse(Map.of("team", "x")::get)).getParameter());
        assertEquals("mentor", assertThrows(ReportFilter.BadFilter.class, () -> ReportFilter.parse(Map.of("mentor", "-1")::get)).getParameter());
        assertEquals("to", assertThrows(ReportFilter.BadFilter.class, () -> ReportFilter.parse(Map.of("to", "31.01.2026")::get)).getParameter());
        assertEquals("profile", assertThrows(ReportFilter.BadFilter.class, () -> ReportFilter.parse(Map.of("profile", "P".repeat(65))::get))
                .getParameter());
    }

    @Test
    void inlinedStatementsCarryTheirParametersAsLiterals() {
        Sql sql = new Sql().append("SELECT * FROM t WHERE a = ? AND b = ? AND c < ?", 5L, "it's", LocalDate.of(2026, 2, 1));
        assertEquals("SELECT * FROM t WHERE a = 5 AND b = 'it''s' AND c < DATE '2026-02-01'", sql.inlined());
    }

    @Test
    void pagesSortOnlyByColumnsOfTheWhitelist() {
        ReportFilter f = new ReportFilter(null, null, null, null, null, 9L, null, null);
        String sorted = ReportTable.CERTIFICATION_PEOPLE.page(f, null, "attempts", false, 40, 20).text();
        assertTrue(sorted.endsWith("ORDER BY r.attempts DESC, r.account_id LIMIT ? OFFSET ?"), sorted);
        String unknown = ReportTable.CERTIFICATION_PEOPLE.page(f, null, "username; DROP TABLE account", true, 0, 20).text();
        assertTrue(unknown.endsWith("ORDER BY r.person, r.account_id LIMIT ? OFFSET ?"), unknown);
    }

    @Test
    void theBenchmarkHasEveryReportPage() {
        Map<String, java.util.List<String>> sql = BenchmarkSql.firstPageSql();
        assertEquals(4, sql.size());
        assertEquals(3, sql.get("/admin/reports/certifications.xhtml").size(), "certifications, designations, renew-by dates");
        assertTrue(sql.get("/admin/reports/heatmap.xhtml").get(0).contains("= 'CTO'"), "the heatmap's profile by default");
        sql.values().stream().flatMap(java.util.List::stream).forEach(s -> assertTrue(!s.contains("?"), s));
    }
}
