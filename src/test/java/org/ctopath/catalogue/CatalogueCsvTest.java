package org.ctopath.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The CSV check finds every problem of a file before anything is imported, at its line and column. */
class CatalogueCsvTest {

    private static final String HEADER = String.join(",", CatalogueCsv.COLUMNS) + "\n";

    /** Two skills on a five-level scale, the ITIL scheme, and ITIL4-DPI requiring ITIL4-F. */
    private static CatalogueFacts facts() {
        return new CatalogueFacts()
                .skill("ARCH-DESIGN", 5).skill("PLANNING", 5)
                .scheme("ITIL4")
                .resource("ITIL4-F", ResourceKind.CERTIFICATION)
                .resource("ITIL4-DPI", ResourceKind.CERTIFICATION)
                .resource("MANAGERS-PATH", ResourceKind.BOOK)
                .prerequisite("ITIL4-DPI", "ITIL4-F");
    }

    private static CatalogueCsv.Plan check(String csv) {
        return CatalogueCsv.check(csv.getBytes(StandardCharsets.UTF_8), facts());
    }

    /** The problems as "line column: reason". */
    private static List<String> problems(CatalogueCsv.Plan plan) {
        return plan.problems().stream().map(p -> p.line() + " " + p.column() + ": " + p.reason()).toList();
    }

    private static String book(String code, String effort, String skills) {
        return code + ",BOOK,A book,An author,https://example.org/book,en," + effort + ",,,,\"" + skills + "\",,,,,,,\n";
    }

    @Test
    void aGoodFileGivesOneRowEachCreatingNewCodesAndUpdatingKnownOnes() {
        CatalogueCsv.Plan plan = check(HEADER + book("NEW-BOOK", "12.5", "ARCH-DESIGN:3-4|PLANNING:2-3") + book("MANAGERS-PATH", "10", ""));

        assertEquals(List.of(), problems(plan));
        assertEquals(List.of("NEW-BOOK", "MANAGERS-PATH"), plan.rows().stream().map(r -> r.data().getCode()).toList());
        assertEquals(List.of(true, false), plan.rows().stream().map(CatalogueCsv.Row::creating).toList());
        ResourceData created = plan.rows().get(0).data();
        assertEquals(new BigDecimal("12.5"), created.getEffortHours());
        assertEquals("ARCH-DESIGN:3-4|PLANNING:2-3", created.getSkillsText());
        assertEquals(List.of(2, 3), List.of(plan.rows().get(0).line(), plan.rows().get(1).line()));
    }

    @Test
    void aSmallCatalogueSurvivesTheRoundTrip() {
        ResourceData book = new ResourceData();
        book.setCode("BOOK-1");
        book.setKind(ResourceKind.BOOK);
        book.setTitle("Quotes, \"commas\", and\nline breaks");
        book.setProvider("Ann Author; Bob Author");
        book.setLanguage("pt-BR");
        book.setEffortHours(new BigDecimal("7.5"));
        book.setCostAmount(new BigDecimal("39.90"));
        book.setCostCurrency("EUR");
        book.setDescription("Ünïcödé → fine");
        book.setSkills(List.of(new ResourceData.SkillRow("PLANNING", 0, 2)));
        ResourceData certification = new ResourceData();
        certification.setCode("CERT-2");
        certification.setKind(ResourceKind.CERTIFICATION);
        certification.setTitle("A certification");
        certification.setProvider("A provider");
        certification.setEffortHours(BigDecimal.TEN);
        certification.setIssuingBody("A body");
        certification.setSchemeCode("ITIL4");
        certification.setExamQuestions(40);
        certification.setExamPassMark(26);
        certification.setExamMinutes(60);
        certification.setExamMinutesNonNative(75);
        certification.setPrerequisiteCodes(List.of("ITIL4-F", "CERT-1"));
        ResourceData first = new ResourceData();
        first.setCode("CERT-1");
        first.setKind(ResourceKind.CERTIFICATION);
        first.setTitle("The first certification");
        first.setProvider("A provider");
        first.setEffortHours(BigDecimal.ONE);
        first.setIssuingBody("A body");
        List<ResourceData> catalogue = List.of(book, certification, first);

        CatalogueCsv.Plan plan = CatalogueCsv.check(CatalogueCsv.write(catalogue), facts());

        assertEquals(List.of(), problems(plan));
        Map<String, Map<String, Object>> read = plan.rows().stream()
                .collect(Collectors.toMap(r -> r.data().getCode(), r -> r.data().describe()));
        for (ResourceData original : catalogue) {
            assertEquals("", Changes.between(original.normalised().describe(), read.get(original.getCode())), original.getCode());
        }
        assertEquals(List.of("BOOK-1", "CERT-1", "CERT-2"), plan.rows().stream().map(r -> r.data().getCode()).toList(),
                "a certification comes after the certifications of the file it requires");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals(List.of("0 null: The file is empty."), problems(check("")));
        assertEquals(List.of("0 null: The file is empty."), problems(check("\uFEFF \n\n")));
    }

    @Test
    void aHeaderWithoutRowsIsRefused() {
        assertEquals(List.of("0 null: The file has a header but no resources under it."), problems(check(HEADER)));
    }

    @Test
    void aFileOverTwoMegabytesIsRefusedBeforeReading() {
        byte[] large = new byte[CatalogueCsv.MAX_BYTES + 1];
        Arrays.fill(large, (byte) 'a');

        List<String> problems = problems(CatalogueCsv.check(large, facts()));

        assertEquals(List.of("0 null: The file is larger than 2 MB (2097153 bytes); split it into smaller files."), problems);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithTheLineOfTheFirstBadByte() {
        byte[] latin1 = (HEADER + book("CAFE", "1", "").replace("A book", "Caf\u00e9")).getBytes(StandardCharsets.ISO_8859_1);

        List<String> problems = problems(CatalogueCsv.check(latin1, facts()));

        assertEquals(List.of("2 null: The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again."), problems);
    }

    @Test
    void aByteOrderMarkAsSpreadsheetsWriteItIsAccepted() {
        assertEquals(List.of(), problems(check("\uFEFF" + HEADER + book("BOM-BOOK", "1", ""))));
    }

    @Test
    void missingUnknownAndRepeatedColumnsAreNamed() {
        String header = HEADER.replace("cost_currency,", "").replace("language", "lang").replace("title", "title,title");

        List<String> problems = problems(check(header + "x\n"));

        assertTrue(problems.contains("1 lang: Unknown column. The columns are: " + String.join(", ", CatalogueCsv.COLUMNS) + "."), problems.toString());
        assertTrue(problems.contains("1 title: This column appears twice."), problems.toString());
        assertTrue(problems.contains("1 language: This column is missing."), problems.toString());
        assertTrue(problems.contains("1 cost_currency: This column is missing."), problems.toString());
        assertEquals(4, problems.size(), problems.toString());
    }

    @Test
    void columnsMayComeInAnyOrder() {
        List<String> columns = new java.util.ArrayList<>(CatalogueCsv.COLUMNS);
        java.util.Collections.reverse(columns);
        String row = ",,,,,,,\"ARCH-DESIGN:1-2\",,,,1,en,,An author,A book,BOOK,REVERSED\n";

        CatalogueCsv.Plan plan = check(String.join(",", columns) + "\n" + row);

        assertEquals(List.of(), problems(plan));
        assertEquals("ARCH-DESIGN:1-2", plan.rows().get(0).data().getSkillsText());
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsReportedAtItsLine() {
        List<String> problems = problems(check(HEADER + book("GOOD", "1", "") + "SHORT,BOOK,Title\n"));

        assertEquals(List.of("3 null: This row has 3 values where the header has 18. A value with a comma needs double quotes around it."), problems);
    }

    @Test
    void unreadableValuesAreReportedAtTheirColumnOnce() {
        String row = "BAD-NUMBERS,NOVEL,A book,An author,,en,twelve,1e-9x,,,,,,,,,,\n";

        List<String> problems = problems(check(HEADER + row));

        assertEquals(List.of(
                "2 kind: 'NOVEL' is not a kind. The kinds are: COURSE, BOOK, ARTICLE, VIDEO, WORKSHOP, PROJECT, MENTORING, CERTIFICATION.",
                "2 effort_hours: 'twelve' is not a number. Write it with a point for decimals, such as 12.5.",
                "2 cost_amount: '1e-9x' is not a number. Write it with a point for decimals, such as 12.5."), problems);
    }

    @Test
    void unknownSkillsSchemesAndPrerequisitesAreNamed() {
        String certification = "NEW-CERT,CERTIFICATION,A cert,A provider,,en,10,,,,\"NO-SUCH-SKILL:1-2|ARCH-DESIGN:4-3|PLANNING:0-9\","
                + "A body,NO-SCHEME,40,41,60,,\"ITIL4-F|NO-CERT|MANAGERS-PATH\"\n";

        List<String> problems = problems(check(HEADER + certification));

        assertEquals(List.of(
                "2 skills: 'NO-SUCH-SKILL:1-2': There is no skill with the code NO-SUCH-SKILL.",
                "2 skills: 'ARCH-DESIGN:4-3': The level reached must be higher than the starting level 4.",
                "2 skills: 'PLANNING:0-9': PLANNING has levels 0 to 5.",
                "2 scheme: There is no certification scheme with the code NO-SCHEME.",
                "2 exam_pass_mark: The pass mark cannot be more than the 40 questions.",
                "2 prerequisites: There is no certification with the code NO-CERT.",
                "2 prerequisites: MANAGERS-PATH is a book, not a certification."), problems);
    }

    @Test
    void aBadlyWrittenSkillListIsReported() {
        List<String> problems = problems(check(HEADER + book("SKILLS", "1", "ARCH-DESIGN 3 to 4")));

        assertEquals(List.of("2 skills: 'ARCH-DESIGN 3 to 4' is not a skill with levels. Write SKILL-CODE:from-to, such as ARCH-DESIGN:3-4."), problems);
    }

    @Test
    void duplicateCodesInTheFileAreReportedWhateverTheirCase() {
        List<String> problems = problems(check(HEADER + book("TWICE", "1", "") + book("OTHER", "1", "") + book("twice", "1", "")));

        assertTrue(problems.contains("4 code: The code twice is already on line 2."), problems.toString());
    }

    @Test
    void aCertificationCannotBecomeABookNorTakeCertificationValues() {
        String row = "ITIL4-F,BOOK,ITIL 4 Foundation,PeopleCert,,en,20,,,,,PeopleCert,,,,,,\n";

        List<String> problems = problems(check(HEADER + row));

        assertEquals(List.of(
                "2 kind: A certification stays a certification: its exam facts, prerequisites and designations depend on it.",
                "2 issuing_body: Only a certification has this; leave it empty for a book."), problems);
    }

    @Test
    void aPrerequisiteCycleThroughTheCatalogueIsRefusedAndNamed() {
        String foundation = "ITIL4-F,CERTIFICATION,ITIL 4 Foundation,PeopleCert,,en,20,,,,,PeopleCert,ITIL4,40,26,60,75,ITIL4-DPI\n";

        List<String> problems = problems(check(HEADER + foundation));

        assertEquals(List.of("2 prerequisites: Prerequisites would form a cycle: ITIL4-F → ITIL4-DPI → ITIL4-F."), problems);
    }

    @Test
    void aCycleWithinTheFileIsRefusedAndAChainIsNot() {
        String a = "CERT-A,CERTIFICATION,A,P,,en,1,,,,,Body,,,,,,CERT-B\n";
        String b = "CERT-B,CERTIFICATION,B,P,,en,1,,,,,Body,,,,,,CERT-C\n";
        String chainEnd = "CERT-C,CERTIFICATION,C,P,,en,1,,,,,Body,,,,,,\n";
        String cycleEnd = "CERT-C,CERTIFICATION,C,P,,en,1,,,,,Body,,,,,,CERT-A\n";

        CatalogueCsv.Plan chain = check(HEADER + a + b + chainEnd);
        List<String> cycle = problems(check(HEADER + a + b + cycleEnd));

        assertEquals(List.of(), problems(chain));
        assertEquals(List.of("CERT-C", "CERT-B", "CERT-A"), chain.rows().stream().map(r -> r.data().getCode()).toList());
        assertEquals(1, cycle.size(), cycle.toString());
        assertTrue(cycle.get(0).contains("prerequisites: Prerequisites would form a cycle: CERT-"), cycle.toString());
    }

    @Test
    void invalidCsvQuotingIsRefusedAsAWhole() {
        List<String> problems = problems(check(HEADER + "BROKEN,BOOK,\"never closed,An author,,en,1,,,,,,,,,,,\n"));

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("2 null: A quoted value is not closed"), "the line, in words: " + problems);
        assertTrue(!problems.get(0).contains("Exception"), problems.toString());
    }

    @Test
    void aRowIsFoundByItsFirstLineWhenAnEarlierValueSpansLines() {
        String multiLine = "MULTI,BOOK,A book,An author,,en,1,,,\"first line\nsecond line\",,,,,,,,\n";

        List<String> problems = problems(check(HEADER + multiLine + book("BAD-URL", "1", "").replace("https://example.org/book", "ftp://x")));

        assertEquals(List.of("4 url: Enter a web address starting with http:// or https://, such as https://www.example.org/."), problems);
    }

    @Test
    void everyRowIsCheckedNotOnlyTheFirstBadOne() {
        CatalogueCsv.Plan plan = check(HEADER + book("OK-1", "1", "") + book("bad code", "1", "") + book("NEG", "-1", ""));

        assertFalse(plan.isValid());
        assertEquals(List.of(), plan.rows(), "nothing to apply from a file with problems");
        assertEquals(List.of(
                "3 code: A code is 2 to 32 capital letters, digits or hyphens, such as ITIL4-F.",
                "4 effort_hours: Effort cannot be negative."), problems(plan));
    }
}
