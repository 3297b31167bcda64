package org.ctopath.competency.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkCsvTest {

    private static final String HEADER = String.join(",", FrameworkCsv.COLUMNS) + "\r\n";

    private static List<ImportProblem> problems(String csv) {
        return assertThrows(ImportRefused.class, () -> FrameworkCsv.read(csv.getBytes(UTF_8))).getProblems();
    }

    @Test
    void aFrameworkSurvivesTheRoundTripWithItsScaleNamedByCode() {
        FrameworkData original = Samples.framework();

        FrameworkData read = FrameworkCsv.read(FrameworkCsv.write(original).getBytes(UTF_8));

        assertEquals(original.code(), read.code());
        assertEquals(original.name(), read.name());
        assertEquals("ECF", read.scale().code());
        assertEquals(original.groups(), read.groups());
    }

    @Test
    void aByteOrderMarkFromASpreadsheetIsAccepted() {
        String csv = "\uFEFF" + FrameworkCsv.write(Samples.framework());

        assertEquals("CTO-MINI", FrameworkCsv.read(csv.getBytes(UTF_8)).code());
    }

    @Test
    void missingColumnsAreNamed() {
        List<ImportProblem> problems = problems("framework_code,skill_code\r\nX,Y\r\n");

        assertEquals(1, problems.size());
        assertEquals("line 1", problems.get(0).where());
        assertTrue(problems.get(0).column().startsWith("framework_name, scale_code"), problems.get(0).column());
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndColumn() {
        String csv = HEADER
                + "CTO-MINI,Mini,ECF,TECH,Tech,,ARCH,Architecture,,A.5,,Lead\r\n"
                + "CTO-MINI,Mini,ECF,TECH,Tech,,ARCH,Again,,,,Lead\r\n"
                + "CTO-MINI,Mini,ECF,TECH,Tech,,bad code,Name,,Z9,itsp9,\r\n"
                + "OTHER,Mini,ECF,TECH,Tech,,FINE,Fine,,,,Lead\r\n";

        List<ImportProblem> problems = problems(csv);

        assertEquals(List.of(
                new ImportProblem("line 3", "skill_code", "The skill ARCH appears twice in the file."),
                new ImportProblem("line 4", "skill_code", "'BAD CODE' is not a code: use 2 to 32 capital letters, digits and hyphens."),
                new ImportProblem("line 4", "ecf_code", "An e-CF code is an area letter A to E, a dot and a number, such as A.5."),
                new ImportProblem("line 4", "sfia_code", "A SFIA code is four capital letters, such as ITSP."),
                new ImportProblem("line 4", "indicators", "Give at least one behavioural indicator, separated by |."),
                new ImportProblem("line 5", "framework_code", "A file holds one framework: every row must say CTO-MINI.")), problems);
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsReported() {
        List<ImportProblem> problems = problems(HEADER + "CTO-MINI,Mini,ECF\r\n");

        assertEquals("The row has 3 values; the header has 12.", problems.get(0).reason());
    }

    @Test
    void anEmptyFileATooLargeFileAndAFileThatIsNotUtf8AreRefused() {
        assertEquals("The file is empty.", problems("").get(0).reason());
        byte[] latin1 = (HEADER + "CTO-MINI,Caf\u00e9,ECF,T,T,,S,S,,,,x\r\n").getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(assertThrows(ImportRefused.class, () -> FrameworkCsv.read(latin1)).getProblems().get(0).reason()
                .startsWith("The file is not UTF-8 text."));
        byte[] large = new byte[ImportFiles.MAX_BYTES + 1];
        assertTrue(assertThrows(ImportRefused.class, () -> FrameworkCsv.read(large)).getProblems().get(0).reason()
                .startsWith("The file is larger than 2 MB"));
    }

    @Test
    void aHeaderWithoutRowsIsRefused() {
        assertEquals("The file has a header but no skills.", problems(HEADER).get(0).reason());
    }
}
