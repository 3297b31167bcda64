package org.ctopath.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ctopath.identity.AccountService;
import org.ctopath.identity.Role;
import org.ctopath.platform.Database;
import org.ctopath.reporting.ReportOrgIT.Filter;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.ctopath.testing.http.Visitor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The exports over HTTP as an administrator downloads them: CSV, XLSX and PDF with the page's filters, and 400 for bad ones. */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class ReportExportIT {

    private static final String PASSWORD = "a long enough password";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseURL;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    AccountService accounts;

    private Visitor signedIn(Role role) throws Exception {
        String username = "reports-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Report reader", PASSWORD, Set.of(role));
        Visitor visitor = new Visitor(baseURL);
        visitor.signIn(username, PASSWORD);
        return visitor;
    }

    private static List<CSVRecord> csv(String body) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body)).getRecords();
    }

    @Test
    void csvXlsxAndPdfCarryTheFiguresWithTheFilters() throws Exception {
        ReportOrgIT org = ReportOrgIT.known(dataSource);
        Visitor admin = signedIn(Role.ADMIN);
        long top = org.topTeam();
        Filter f = new Filter(top, null, org.today.minusDays(95), null);
        String query = "?team=" + top + "&from=" + f.from();

        HttpResponse<String> certifications = admin.get("/admin/reports/export/certifications.csv" + query);
        assertEquals(200, certifications.statusCode(), certifications.body());
        assertTrue(certifications.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        Map<String, CSVRecord> byCode = new HashMap<>();
        csv(certifications.body()).forEach(r -> byCode.put(r.get("Code"), r));
        Map<Long, long[]> expected = org.certifications(f);
        for (int i = 0; i < 2; i++) {
            CSVRecord row = byCode.get(org.certCodes.get(i));
            long[] e = expected.get(org.certs.get(i));
            assertEquals(Long.toString(e[0]), row.get("Hold it"));
            assertEquals(Long.toString(e[1]), row.get("In a plan"));
            assertEquals(Long.toString(e[2]), row.get("Attempts"));
            assertEquals(Long.toString(e[3]), row.get("Failed"));
        }

        HttpResponse<byte[]> plans = admin.getBytes("/admin/reports/export/plans.xlsx?team=" + top);
        assertEquals(200, plans.statusCode());
        Map<Long, long[]> expectedPlans = org.plansByTeam(new Filter(top, null, null, null));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(plans.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Team", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Plans", sheet.getRow(1 - 1).getCell(1).getStringCellValue());
            assertEquals(expectedPlans.size(), sheet.getLastRowNum(), "one row per team with plans");
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                long team = org.teamNames.entrySet().stream().filter(e -> e.getValue().equals(row.getCell(0).getStringCellValue()))
                        .findFirst().orElseThrow().getKey();
                assertEquals(expectedPlans.get(team)[0], (long) row.getCell(1).getNumericCellValue(), "plans of " + team);
            }
        }

        HttpResponse<String> renewalsPage = admin.get("/admin/reports/certifications.xhtml?team=" + top + "&scheme=" + org.scheme);
        assertEquals(200, renewalsPage.statusCode());
        assertTrue(renewalsPage.body().contains("Fay " + org.tag) && renewalsPage.body().contains("Gus " + org.tag), "due and not aligned");
        assertTrue(!renewalsPage.body().contains("Hal " + org.tag), "current people are left out of the list");
        List<CSVRecord> renewals = csv(admin.get("/admin/reports/export/renewal-people.csv?team=" + top + "&scheme=" + org.scheme).body());
        assertEquals(6, renewals.size(), "everyone certified, in the export");

        long mentor = org.currentMentor.values().iterator().next();
        HttpResponse<byte[]> overdue = admin.getBytes("/admin/reports/export/overdue-items.pdf?team=" + top + "&mentor=" + mentor);
        assertEquals(200, overdue.statusCode());
        assertEquals("application/pdf", overdue.headers().firstValue("Content-Type").orElseThrow());
        PdfReader reader = new PdfReader(overdue.body());
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page));
        }
        reader.close();
        assertTrue(text.toString().contains("Overdue items"), text.toString());
        long expectedItems = org.overdue(new Filter(top, null, null, null)).entrySet().stream()
                .filter(e -> e.getKey().endsWith(":" + mentor)).mapToLong(e -> e.getValue()[0]).sum();
        String pdfText = text.toString();
        long found = org.people.stream().filter(p -> org.currentMentor.get(p.id()) != null && org.currentMentor.get(p.id()) == mentor)
                .mapToLong(p -> pdfText.split(java.util.regex.Pattern.quote(p.name()), -1).length - 1).sum();
        assertEquals(expectedItems, found, "one line per overdue item of the mentor's mentees: " + text);
    }

    @Test
    void everyReportPageShowsItsFiguresAndItsDrillDown() throws Exception {
        ReportOrgIT org = ReportOrgIT.known(dataSource);
        Visitor admin = signedIn(Role.ADMIN);
        long top = org.topTeam();
        long sub = org.teamPaths.keySet().stream().skip(1).findFirst().orElseThrow();
        String ben = org.people.stream().filter(p -> p.name().startsWith("Ben ")).findFirst().orElseThrow().name();
        long benId = org.people.stream().filter(p -> p.name().equals(ben)).findFirst().orElseThrow().id();
        long mentor = org.currentMentor.get(benId);

        HttpResponse<String> plans = admin.get("/admin/reports/plans.xhtml?team=" + top + "&inTeam=" + sub);
        assertEquals(200, plans.statusCode());
        assertTrue(plans.body().contains("data-team=\"" + org.teamNames.get(sub) + "\""), "the team's row");
        assertTrue(plans.body().contains("/admin/people/person.xhtml?id=" + benId), "Ben's plan in the team's list");
        assertTrue(plans.body().contains("/admin/reports/export/plan-list.csv?team=" + top + "&amp;inTeam=" + sub), "the list's export");

        HttpResponse<String> overdue = admin.get("/admin/reports/overdue.xhtml?team=" + top + "&inTeam=" + sub + "&mentor=" + mentor);
        assertEquals(200, overdue.statusCode());
        assertTrue(overdue.body().contains(ben), "Ben's overdue item");
        assertTrue(overdue.body().contains("<canvas"), "the chart");

        HttpResponse<String> certifications = admin.get("/admin/reports/certifications.xhtml?team=" + top + "&cert=" + org.certs.get(0));
        assertEquals(200, certifications.statusCode());
        assertTrue(certifications.body().contains("/admin/people/person.xhtml?id=" + benId), "Ben failed it twice");
        assertTrue(certifications.body().contains("data-code=\"ITIL4-SL\""), "designation progress");

        HttpResponse<String> heatmap = admin.get("/admin/reports/heatmap.xhtml?team=" + top + "&profile=" + org.profileCode);
        assertEquals(200, heatmap.statusCode());
        assertTrue(heatmap.body().contains("data-team=\"" + org.teamNames.get(sub) + "\""));
        assertTrue(!heatmap.body().contains("data-team=\"" + org.teamNames.get(top) + "\""), "no one of the profile sits in the top team itself");
    }

    private static List<String> teamRows(String page) {
        return java.util.regex.Pattern.compile("<tr data-team=\"([^\"]*)\"").matcher(page).results().map(m -> m.group(1)).toList();
    }

    @Test
    void aLongSummaryShowsItsRowsAPageAtATimeWithTheFiltersKept() throws Exception {
        ReportOrgIT org = new ReportOrgIT(dataSource);
        long top = org.team("Pager top", null);
        for (int i = 0; i < 30; i++) {
            org.person("Pager learner " + i, org.team(String.format("Pager %02d", i), top), false, true, true);
        }
        Visitor admin = signedIn(Role.ADMIN);

        String first = admin.get("/admin/reports/heatmap.xhtml?team=" + top).body();
        List<String> firstRows = teamRows(first);
        assertEquals(25, firstRows.size(), "a page of team rows");
        assertTrue(first.contains("Rows 1 to 25 of 30"), "which rows these are");
        assertTrue(first.contains("team=" + top + "&amp;profile=CTO&amp;at=25"), "the next rows keep the filters");

        String second = admin.get("/admin/reports/heatmap.xhtml?team=" + top + "&at=25").body();
        List<String> secondRows = teamRows(second);
        assertEquals(5, secondRows.size());
        assertTrue(second.contains("Rows 26 to 30 of 30"));
        Set<String> all = new java.util.HashSet<>(firstRows);
        all.addAll(secondRows);
        assertEquals(30, all.size(), "every team once over the two pages");

        assertEquals(secondRows, teamRows(admin.get("/admin/reports/heatmap.xhtml?team=" + top + "&at=999").body()),
                "past the end: the last rows");
        HttpResponse<String> nonsense = admin.get("/admin/reports/heatmap.xhtml?team=" + top + "&at=abc");
        assertEquals(200, nonsense.statusCode());
        assertEquals(firstRows, teamRows(nonsense.body()), "not a number: the first rows");
    }

    @Test
    void aLargeListStreamsEveryRow() throws Exception {
        ReportOrgIT org = ReportOrgIT.generated(dataSource, 6, 25, 7);
        Visitor admin = signedIn(Role.ADMIN);
        long skill = org.targets.keySet().iterator().next();
        String query = "?team=" + org.topTeam() + "&profile=" + org.profileCode + "&skill=" + skill;
        HttpResponse<String> people = admin.get("/admin/reports/export/heatmap-people.csv" + query);
        assertEquals(200, people.statusCode(), people.body());
        List<CSVRecord> rows = csv(people.body());
        assertEquals(org.population(new Filter(org.topTeam(), org.profileCode, null, null)).size(), rows.size());
        HttpResponse<byte[]> xlsx = admin.getBytes("/admin/reports/export/heatmap-people.xlsx" + query);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals(rows.size(), workbook.getSheetAt(0).getLastRowNum());
        }
    }

    @Test
    void badParametersAnswer400WithTheReasonAndOnlyAdministratorsExport() throws Exception {
        Visitor admin = signedIn(Role.ADMIN);
        HttpResponse<String> notANumber = admin.get("/admin/reports/export/plans.csv?team=abc");
        assertEquals(400, notANumber.statusCode());
        assertTrue(notANumber.body().contains("The team parameter must be a number"), notANumber.body());
        assertTrue(!notANumber.body().contains("Exception"), notANumber.body());
        assertEquals(400, admin.get("/admin/reports/export/plans.csv?from=2026-13-01").statusCode());
        assertEquals(400, admin.get("/admin/reports/export/plans.csv?from=2026-03-01&to=2026-02-01").statusCode());
        assertEquals(400, admin.get("/admin/reports/export/plans.csv?team=1").statusCode(), "no such team");
        assertEquals(400, admin.get("/admin/reports/export/heatmap.csv?profile=NOPE").statusCode(), "no such profile");
        HttpResponse<String> noRow = admin.get("/admin/reports/export/certification-people.pdf");
        assertEquals(400, noRow.statusCode());
        assertTrue(noRow.body().contains("cert parameter"), noRow.body());
        assertEquals(404, admin.get("/admin/reports/export/nothing.csv").statusCode());
        assertEquals(404, admin.get("/admin/reports/export/plans.doc").statusCode());

        HttpResponse<String> page = admin.get("/admin/reports/plans.xhtml?from=yesterday");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("The from date must look like 2026-01-31, not"), page.body());
        assertTrue(!page.body().contains("id=\"report-body\""), "no report from bad filters");
        assertTrue(admin.get("/admin/reports/plans.xhtml?team=1").body().contains("There is no team with id 1."));

        Visitor learner = signedIn(Role.LEARNER);
        assertNotEquals(200, learner.get("/admin/reports/export/plans.csv").statusCode());
        assertNotEquals(200, new Visitor(baseURL).get("/admin/reports/export/plans.csv").statusCode());
    }
}
