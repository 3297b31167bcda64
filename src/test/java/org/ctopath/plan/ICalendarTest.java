package org.ctopath.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");

    @Test
    void anAllDayEventWithCrlfLines() {
        String ics = ICalendar.of("My plan", List.of(new ICalendar.Event("item-7@ctopath", LocalDate.of(2026, 12, 31), "Due: Accelerate", null)), NOW);

        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.contains("\r\nUID:item-7@ctopath\r\nDTSTAMP:20261123T101530Z\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"), ics);
        assertTrue(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assertEquals(-1, ics.replace("\r\n", "").indexOf('\n'), "no bare line feeds");
    }

    @Test
    void textIsEscaped() {
        assertEquals("Fundamentals\\, 2nd ed.\\; a \\\\ b\\nnext", ICalendar.text("Fundamentals, 2nd ed.; a \\ b\nnext"));
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingCharacters() {
        String summary = "Due: " + "é".repeat(60);
        String ics = ICalendar.of("x", List.of(new ICalendar.Event("u", LocalDate.of(2026, 1, 1), summary, null)), NOW);

        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:" + summary + "\r\n"), "folding is undone by removing CRLF and one space");
    }
}
