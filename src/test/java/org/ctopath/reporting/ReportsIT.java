package org.ctopath.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.ctopath.platform.Database;
import org.ctopath.reporting.ReportOrgIT.Filter;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reports against figures worked out in the test from a known organisation (nested teams, two
 * target profiles, attempts, plans in every state, ratings of both sources, mentors), with filters;
 * the drill-down lists; and the number of statements a report costs, small and large organisation alike.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class ReportsIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    ReportRunner runner;

    private static ReportOrgIT org;

    private ReportOrgIT org() {
        if (org == null) {
            org = ReportOrgIT.known(dataSource);
        }
        return org;
    }

    private List<Filter> filters() {
        ReportOrgIT o = org();
        long top = o.topTeam();
        long sub = o.teamPaths.keySet().stream().skip(1).findFirst().orElseThrow();
        LocalDate d = o.today;
        return List.of(new Filter(top, null, null, null), new Filter(sub, null, null, null), new Filter(top, o.profileCode, null, null),
                new Filter(top, "CTO", null, null), new Filter(top, null, d.minusDays(95), d.minusDays(15)),
                new Filter(sub, null, null, d.minusDays(50)), new Filter(top, null, d.minusDays(4), null));
    }

    private Map<Object, ReportRow> byKey(ReportTable table, ReportFilter filter, String key) {
        return runner.rows(table, table.all(filter)).stream().collect(Collectors.toMap(r -> r.get(key), r -> r));
    }

    @Test
    void certificationProgressMatchesTheFiguresWorkedOutByHand() {
        for (Filter f : filters()) {
            Map<Object, ReportRow> rows = byKey(ReportTable.CERTIFICATIONS, f.report(), "cert_id");
            org().certifications(f).forEach((cert, expected) -> {
                ReportRow row = rows.get(cert);
                String where = f + " cert " + cert;
                assertEquals(expected[0], row.count("holders"), "holders " + where);
                assertEquals(expected[1], row.count("in_plan"), "in plan " + where);
                assertEquals(expected[2], row.count("attempts"), "attempts " + where);
                assertEquals(expected[3], row.count("failed"), "failed " + where);
                assertEquals(ReportOrgIT.percent(expected[2] - expected[3], expected[2]), row.get("pass_rate"), "pass rate " + where);
            });
            ReportRow designation = byKey(ReportTable.DESIGNATIONS, f.report(), "designation_id").get(org().designation);
            long[] expected = org().designation(f);
            assertEquals(expected[0], designation.count("achieved"), "achieved " + f);
            assertEquals(expected[1], designation.count("started"), "started " + f);
            assertEquals(2L, designation.count("required"));
        }
        // A figure checked by eye as well: in the whole top team (inactive Gone left out), two hold C0 (Ana, Dia).
        assertEquals(2L, byKey(ReportTable.CERTIFICATIONS, new Filter(org().topTeam(), null, null, null).report(), "cert_id")
                .get(org().certs.get(0)).count("holders"));
    }

    @Test
    void renewByDatesFollowTheSchemesRule() {
        ReportOrgIT o = org();
        ReportFilter top = new Filter(o.topTeam(), null, null, null).report();
        ReportRow scheme = runner.rows(ReportTable.RENEWALS, ReportTable.RENEWALS.all(top)).stream()
                .filter(r -> r.get("scheme_id").equals(o.scheme)).findFirst().orElseThrow();
        // Certified in the top team: Ana, Cem, Dia, Fay, Gus, Hal (Ben never passed, Gone is inactive).
        assertEquals(6L, scheme.count("holders"));
        assertEquals(4L, scheme.count("current"));
        assertEquals(1L, scheme.count("renewal_due"));
        assertEquals(1L, scheme.count("not_aligned"));

        ReportFilter people = new ReportFilter(o.topTeam(), null, null, null, null, null, null, null, o.scheme);
        Map<String, ReportRow> byName = runner.rows(ReportTable.RENEWAL_PEOPLE, ReportTable.RENEWAL_PEOPLE.all(people)).stream()
                .collect(Collectors.toMap(r -> ((String) r.get("person")).split(" ")[0], r -> r));
        assertEquals(Set.of("Ana", "Cem", "Dia", "Fay", "Gus", "Hal"), byName.keySet());
        assertEquals(o.today.plusDays(30), byName.get("Fay").get("renew_by"));
        assertEquals("Renewal due within 90 days", byName.get("Fay").get("status"));
        assertEquals(o.today.minusMonths(1), byName.get("Gus").get("renew_by"));
        assertEquals("Not aligned with current requirements", byName.get("Gus").get("status"));
        assertEquals(o.today.minusMonths(40).plusMonths(72), byName.get("Hal").get("renew_by"), "renewed once by CPD");
        assertEquals("Current", byName.get("Hal").get("status"));
        assertEquals(o.today.minusDays(60).plusMonths(36), byName.get("Ana").get("renew_by"), "from the latest pass");

        ReportFilter sub = new Filter(o.teamPaths.keySet().stream().skip(1).findFirst().orElseThrow(), null, null, null).report();
        ReportRow subScheme = runner.rows(ReportTable.RENEWALS, ReportTable.RENEWALS.all(sub)).stream()
                .filter(r -> r.get("scheme_id").equals(o.scheme)).findFirst().orElseThrow();
        assertEquals(4L, subScheme.count("holders"), "Cem, Dia, Gus, Hal");
        assertEquals(1L, subScheme.count("not_aligned"));
    }

    @Test
    void planCompletionByTeamMatches() {
        for (Filter f : filters()) {
            Map<Object, ReportRow> rows = byKey(ReportTable.PLANS, f.report(), "team_id");
            Map<Long, long[]> expected = org().plansByTeam(f);
            assertEquals(expected.keySet(), rows.keySet(), "teams " + f);
            expected.forEach((team, e) -> {
                ReportRow row = rows.get(team);
                String[] columns = {"plans", "draft", "waiting_for_review", "in_review", "active", "completed", "archived", "items", "done",
                        "on_track", "behind"};
                for (int i = 0; i < columns.length; i++) {
                    assertEquals(e[i], row.count(columns[i]), columns[i] + " " + f + " team " + team);
                }
                assertEquals(ReportOrgIT.percent(e[8], e[7]), row.get("percent_complete"), "percent " + f);
            });
        }
    }

    @Test
    void theHeatmapMatchesWithTheMentorsRatingCountingFirst() {
        for (Filter f : List.of(new Filter(org().topTeam(), org().profileCode, null, null),
                new Filter(org().topTeam(), org().profileCode, null, org().today.minusDays(15)))) {
            Map<String, ReportRow> rows = runner.rows(ReportTable.HEATMAP, ReportTable.HEATMAP.all(f.report())).stream()
                    .collect(Collectors.toMap(r -> r.get("team_id") + ":" + r.get("skill_id"), r -> r));
            Map<String, long[]> expected = org().heatmap(f);
            assertEquals(expected.keySet(), rows.keySet(), "cells " + f);
            expected.forEach((cell, e) -> {
                ReportRow row = rows.get(cell);
                assertEquals(e[0], row.count("people"), "people " + cell);
                assertEquals(BigDecimal.valueOf(e[1]).divide(BigDecimal.valueOf(e[0]), 2, RoundingMode.HALF_UP), row.get("average_gap"), "gap " + cell + " " + f);
                assertEquals(e[2], row.count("at_target"), "at target " + cell + " " + f);
            });
        }
    }

    @Test
    void overdueItemsByTeamAndMentorMatch() {
        for (Filter f : filters()) {
            Map<String, ReportRow> rows = runner.rows(ReportTable.OVERDUE, ReportTable.OVERDUE.all(f.report())).stream()
                    .collect(Collectors.toMap(r -> r.get("team_id") + ":" + r.get("mentor_id"), r -> r));
            Map<String, long[]> expected = org().overdue(f);
            assertEquals(expected.keySet(), rows.keySet(), "rows " + f);
            expected.forEach((key, e) -> {
                assertEquals(e[0], rows.get(key).count("overdue_items"), "items " + key + " " + f);
                assertEquals(e[1], rows.get(key).count("people"), "people " + key + " " + f);
            });
        }
    }

    @Test
    void drillDownListsPageSortAndFilterInTheDatabase() {
        ReportOrgIT o = org();
        long top = o.topTeam();
        long c0 = o.certs.get(0);
        ReportFilter cert = new ReportFilter(top, null, null, null, null, c0, null, null);
        // Everyone of the top team with an attempt at C0 or C0 open in a plan: Ana, Ben, Cem (in progress), Dia.
        Set<Long> expected = o.population(new Filter(top, null, null, null)).stream()
                .filter(p -> o.attempts.stream().anyMatch(a -> a.account() == p.id() && a.cert() == c0)
                        || o.plans.stream().anyMatch(pl -> pl.account() == p.id() && ReportOrgIT.OPEN_PLANS.contains(pl.state())
                        && pl.items().stream().anyMatch(i -> i.resource() == c0 && ReportOrgIT.isOpen(i))))
                .map(ReportOrgIT.Person::id).collect(Collectors.toSet());
        assertEquals(4, expected.size());
        assertEquals(expected.size(), runner.count(ReportTable.CERTIFICATION_PEOPLE.count(cert, null)));

        List<ReportRow> first = runner.rows(ReportTable.CERTIFICATION_PEOPLE, ReportTable.CERTIFICATION_PEOPLE.page(cert, null, "person", false, 0, 3));
        List<ReportRow> second = runner.rows(ReportTable.CERTIFICATION_PEOPLE, ReportTable.CERTIFICATION_PEOPLE.page(cert, null, "person", false, 3, 3));
        assertEquals(List.of("Dia", "Cem", "Ben"), first.stream().map(r -> ((String) r.get("person")).split(" ")[0]).toList());
        assertEquals(List.of("Ana"), second.stream().map(r -> ((String) r.get("person")).split(" ")[0]).toList());
        ReportRow ben = first.get(2);
        assertEquals("no", ben.get("holds"));
        assertEquals("yes", ben.get("in_plan"));
        assertEquals(2L, ben.count("failed"));

        assertEquals(1, runner.count(ReportTable.CERTIFICATION_PEOPLE.count(cert, "DIA")));
        assertEquals(0, runner.count(ReportTable.CERTIFICATION_PEOPLE.count(cert, "%")), "what is typed is taken literally");
        List<ReportRow> bySort = runner.rows(ReportTable.CERTIFICATION_PEOPLE,
                ReportTable.CERTIFICATION_PEOPLE.page(cert, null, "attempts; DROP TABLE account", true, 0, 10));
        assertEquals(4, bySort.size(), "an unknown sort column falls back to the default order");

        // Plans of one team (its own members only), and overdue items of a mentor.
        long sub = o.teamPaths.keySet().stream().skip(1).findFirst().orElseThrow();
        ReportFilter plansOfSub = new ReportFilter(top, null, null, null, sub, null, null, null);
        assertEquals(o.plansByTeam(new Filter(top, null, null, null)).get(sub)[0], runner.count(ReportTable.PLAN_LIST.count(plansOfSub, null)));
        long mentor = o.currentMentor.values().iterator().next();
        ReportFilter overdueOfMentor = new ReportFilter(top, null, null, null, null, null, null, mentor);
        long expectedItems = o.overdue(new Filter(top, null, null, null)).entrySet().stream()
                .filter(e -> e.getKey().endsWith(":" + mentor)).mapToLong(e -> e.getValue()[0]).sum();
        assertEquals(expectedItems, runner.count(ReportTable.OVERDUE_ITEMS.count(overdueOfMentor, null)));
        assertTrue(expectedItems > 0);

        // People of a heatmap cell, largest gap first.
        long skill = o.targets.keySet().iterator().next();
        ReportFilter cell = new ReportFilter(top, o.profileCode, null, null, null, null, skill, null);
        List<ReportRow> gaps = runner.rows(ReportTable.HEATMAP_PEOPLE, ReportTable.HEATMAP_PEOPLE.page(cell, null, null, true, 0, 20));
        assertEquals(2, gaps.size());
        for (ReportRow row : gaps) {
            long account = (Long) row.get("account_id");
            assertEquals(Math.max(0, o.targets.get(skill) - o.current(account, skill, null)), row.count("gap"));
        }
        assertTrue(gaps.get(0).count("gap") >= gaps.get(1).count("gap"));
    }

    @Test
    void aListNeedsItsRowAndFiltersAreChecked() {
        ReportFilter.BadFilter missing = assertThrows(ReportFilter.BadFilter.class, () -> ReportTable.CERTIFICATION_PEOPLE.all(ReportFilter.none()));
        assertEquals("cert", missing.getParameter());
        Map<String, String> bad = new HashMap<>(Map.of("from", "2026-02-30"));
        assertThrows(ReportFilter.BadFilter.class, () -> ReportFilter.parse(bad::get));
        Map<String, String> backwards = Map.of("from", "2026-03-01", "to", "2026-02-01");
        assertEquals("The end of the date range comes before its start.",
                assertThrows(ReportFilter.BadFilter.class, () -> ReportFilter.parse(backwards::get)).getMessage());
        assertNull(ReportFilter.parse(Map.of("team", " ")::get).getTeam());
    }

    /** What a report page runs to show itself with a drill-down open: the summaries, the list's count and first page. */
    private int statementsOf(ReportPage.Kind kind, ReportOrgIT o) {
        long top = o.topTeam();
        long someTeam = o.teamPaths.keySet().stream().skip(1).findFirst().orElse(top);
        ReportFilter filter = kind.defaults(new ReportFilter(top, kind == ReportPage.Kind.HEATMAP ? o.profileCode : null, null, null,
                someTeam, o.certs.get(0), o.targets.keySet().iterator().next(), 0L));
        StatementCounter.start();
        for (ReportTable table : kind.getSummaries()) {
            assertTrue(!runner.rows(table, table.all(filter.filtersOnly())).isEmpty(), kind + " has rows");
        }
        runner.count(kind.getDrill().count(filter, null));
        runner.rows(kind.getDrill(), kind.getDrill().page(filter, null, "person", true, 0, 20));
        return StatementCounter.stop();
    }

    @Test
    void aReportCostsTheSameFewStatementsWhateverTheSizeOfTheOrganisation() {
        ReportOrgIT small = ReportOrgIT.generated(dataSource, 2, 2, 1);
        ReportOrgIT bigger = ReportOrgIT.generated(dataSource, 12, 10, 2);
        for (ReportPage.Kind kind : ReportPage.Kind.values()) {
            int few = statementsOf(kind, small);
            int many = statementsOf(kind, bigger);
            assertEquals(few, many, kind + ": statements for 4 and for 120 learners");
            assertEquals(kind.getSummaries().size() + 2, many, kind + ": one per summary table, the list's count and its page");
        }
    }

    @Test
    void theBenchmarkGetsTheStatementsThePagesRunAndTheyRun() throws Exception {
        org();
        Map<String, List<String>> sql = BenchmarkSql.firstPageSql();
        assertEquals(Set.of("/admin/reports/certifications.xhtml", "/admin/reports/plans.xhtml", "/admin/reports/heatmap.xhtml",
                "/admin/reports/overdue.xhtml"), sql.keySet());
        assertEquals(ReportTable.CERTIFICATIONS.all(ReportFilter.none()).inlined(), sql.get("/admin/reports/certifications.xhtml").get(0));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (List<String> statements : sql.values()) {
                for (String statement : statements) {
                    assertTrue(!statement.contains("?"), statement);
                    try (ResultSet r = s.executeQuery(statement)) {
                        assertTrue(r.next(), "rows from " + statement);
                    }
                }
            }
        }
    }
}
