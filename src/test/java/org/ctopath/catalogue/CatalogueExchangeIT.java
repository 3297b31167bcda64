package org.ctopath.catalogue;

import static org.ctopath.catalogue.CatalogueAdministrationIT.book;
import static org.ctopath.catalogue.CatalogueAdministrationIT.certification;
import static org.ctopath.catalogue.CatalogueAdministrationIT.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ctopath.audit.AuditAction;
import org.ctopath.audit.AuditEntry;
import org.ctopath.audit.AuditLog;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalogue out and back in as CSV, against the real database: whole files or nothing. */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class CatalogueExchangeIT {

    private static final String HEADER = String.join(",", CatalogueCsv.COLUMNS) + "\n";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    CatalogueExchange exchange;

    @Inject
    CatalogueAdministration administration;

    @Inject
    CatalogueService catalogue;

    @Inject
    AuditLog audit;

    private static String bookRow(String code, String title) {
        return code + ",BOOK," + title + ",Test Author,,en,5,,,,ARCH-DESIGN:1-2,,,,,,,\n";
    }

    private CatalogueExchange.Outcome importText(String csv) {
        return exchange.importCsv("test.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private AuditEntry latestImport() {
        return audit.page("CSV", 0, 1).get(0);
    }

    @Test
    void aFileWithOneBadRowChangesNothing() {
        String existing = unique("EXC-OLD");
        administration.createResource(book(existing));
        String created = unique("EXC-NEW");
        String bad = unique("EXC-BAD");
        long importsBefore = audit.count("CSV");

        CatalogueExchange.Outcome outcome = importText(HEADER + bookRow(existing, "Changed title") + bookRow(created, "New book")
                + bookRow(bad, "Bad book").replace("ARCH-DESIGN:1-2", "ARCH-DESIGN:2-1"));

        assertFalse(outcome.isApplied());
        assertEquals(List.of(new CatalogueCsv.Problem(4, "skills", "'ARCH-DESIGN:2-1': The level reached must be higher than the starting level 2.")),
                outcome.problems());
        assertEquals("Administration test book " + existing, catalogue.findByCode(existing).orElseThrow().getTitle());
        assertTrue(catalogue.findByCode(created).isEmpty());
        assertEquals(importsBefore, audit.count("CSV"), "a refused import is not recorded");
    }

    @Test
    void rowsCreateNewResourcesAndUpdateExistingOnesAndTheImportIsAuditedWithCounts() {
        String existing = unique("EXC-UPD");
        administration.createResource(book(existing));
        String newBook = unique("EXC-BK");
        String firstCert = unique("EXC-C1");
        String secondCert = unique("EXC-C2");
        String csv = HEADER + bookRow(existing, "Changed by import") + bookRow(newBook, "Imported book")
                // the second certification comes first and requires the first, which the same file creates
                + secondCert + ",CERTIFICATION,Imported certification two,Provider,,en,8,,,,,Body,ITIL4,40,28,90,113,\"" + firstCert + "|ITIL4-F\"\n"
                + firstCert + ",CERTIFICATION,Imported certification one,Provider,,en,8,,,,,Body,,,,,,\n";

        CatalogueExchange.Outcome outcome = importText(csv);

        assertEquals(List.of(), outcome.problems());
        assertEquals("3 created, 1 updated, 0 unchanged", outcome.getSummary());
        assertEquals("Changed by import", catalogue.findByCode(existing).orElseThrow().getTitle());
        ResourceData second = administration.resource(secondCert).orElseThrow();
        assertEquals(List.of(40, 28, 90, 113), List.of(second.getExamQuestions(), second.getExamPassMark(), second.getExamMinutes(), second.getExamMinutesNonNative()));
        assertEquals(firstCert + "|ITIL4-F", second.getPrerequisitesText());
        AuditEntry entry = latestImport();
        assertEquals(AuditAction.IMPORT, entry.getAction());
        assertTrue(entry.getDetails().startsWith("'test.csv': 3 created, 1 updated, 0 unchanged; created: "), entry.getDetails());
        assertTrue(entry.getDetails().endsWith("; updated: " + existing), entry.getDetails());
    }

    @Test
    void aCycleBetweenTheFileAndTheCatalogueIsRefused() {
        String first = unique("EXC-CYA");
        String second = unique("EXC-CYB");
        administration.createResource(certification(first));
        administration.createResource(certification(second, first));

        CatalogueExchange.Outcome outcome = importText(HEADER
                + first + ",CERTIFICATION,Cycle,Provider,,en,1,,,,,Body,,,,,," + second + "\n");

        assertEquals(List.of(new CatalogueCsv.Problem(2, "prerequisites",
                "Prerequisites would form a cycle: " + first + " → " + second + " → " + first + ".")), outcome.problems());
        assertEquals(List.of(), administration.resource(first).orElseThrow().getPrerequisiteCodes());
    }

    @Test
    void exportingAndImportingTheCatalogueGivesTheSameResources() {
        String bookCode = unique("EXC-RTB");
        String firstCert = unique("EXC-RT1");
        String secondCert = unique("EXC-RT2");
        ResourceData book = book(bookCode);
        book.setDescription("Quotes \"like these\", commas,\nand a second line");
        book.setCostAmount(new BigDecimal("12.50"));
        book.setCostCurrency("EUR");
        administration.createResource(book);
        ResourceData first = certification(firstCert);
        first.setTitle("Round trip certification one"); // a title without the code, which the copies change
        administration.createResource(first);
        ResourceData second = certification(secondCert, firstCert);
        second.setTitle("Round trip certification two");
        second.setExamQuestions(30);
        second.setExamPassMark(21);
        administration.createResource(second);

        byte[] exported = exchange.export();
        CatalogueExchange.Outcome again = exchange.importCsv("export.csv", exported);

        assertEquals(List.of(), again.problems());
        assertEquals(List.of(), again.created());
        assertEquals(List.of(), again.updated(), "importing what was exported changes nothing");
        assertEquals(new String(exported, StandardCharsets.UTF_8), new String(exchange.export(), StandardCharsets.UTF_8));

        // the same rows under new codes make copies that differ in nothing else
        String copied = new String(exported, StandardCharsets.UTF_8);
        String header = copied.substring(0, copied.indexOf('\n') + 1);
        String ours = copied.lines().filter(l -> l.startsWith(firstCert + ",") || l.startsWith(secondCert + ","))
                .map(l -> l + "\n").reduce("", String::concat);
        String renamed = ours.replace(firstCert, firstCert + "-X").replace(secondCert, secondCert + "-X");
        CatalogueExchange.Outcome copies = importText(header + renamed);

        assertEquals(List.of(), copies.problems());
        assertEquals(2, copies.created().size());
        for (String code : List.of(firstCert, secondCert)) {
            ResourceData original = administration.resource(code).orElseThrow();
            ResourceData copy = administration.resource(code + "-X").orElseThrow();
            copy.setPrerequisiteCodes(copy.getPrerequisiteCodes().stream().map(p -> p.replace("-X", "")).toList());
            assertEquals("", Changes.between(original.describe(), copy.describe()), code);
        }
        assertTrue(exchange.export().length > exported.length);
        assertTrue(new String(exported, StandardCharsets.UTF_8).contains("\"Quotes \"\"like these\"\", commas,"));
    }

    @Test
    void archivedResourcesStayOutOfTheExport() {
        String code = unique("EXC-ARC");
        administration.createResource(book(code));
        administration.archiveResource(code);

        assertFalse(new String(exchange.export(), StandardCharsets.UTF_8).contains(code));
    }
}
