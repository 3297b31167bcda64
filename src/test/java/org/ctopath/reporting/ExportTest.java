package org.ctopath.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExportTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertEquals("'=HYPERLINK(\"http://x\")", Export.csvCell("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", Export.csvCell("+1"));
        assertEquals("'-2+3", Export.csvCell("-2+3"));
        assertEquals("'@SUM(A1)", Export.csvCell("@SUM(A1)"));
        assertEquals("'\tx", Export.csvCell("\tx"));
    }

    @Test
    void ordinaryTextNumbersAndDatesAreWrittenAsTheyAre() {
        assertEquals("Lena Fischer", Export.csvCell("Lena Fischer"));
        assertEquals("", Export.csvCell(""));
        assertEquals("", Export.csvCell(null));
        assertEquals("-1.5", Export.csvCell(new BigDecimal("-1.5")));
        assertEquals("2026-11-23", Export.csvCell(LocalDate.of(2026, 11, 23)));
    }
}
