package org.ctopath.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");

    /** Parsed by ical4j with its default, strict, parsing. */
    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(net.fortuna.ical4j.model.PropertyContainer container, String property) {
        return container.getProperty(property).map(p -> ((Property) p).getValue()).orElseThrow(() -> new AssertionError("no " + property));
    }

    @Test
    void anAllDayEventWithCrlfLines() throws Exception {
        String ics = ICalendar.of("cal@ctopath", "My plan", List.of(new ICalendar.Event("item-7@ctopath", LocalDate.of(2026, 12, 31), "Due: Accelerate", null)), NOW);

        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
        assertEquals(-1, ics.replace("\r\n", "").indexOf('\n'), "no bare line feeds");
        assertTrue(ics.contains("\r\nDTSTART;VALUE=DATE:20261231\r\n"), ics);
        assertTrue(ics.contains("\r\nDTEND;VALUE=DATE:20270101\r\n"), ics);
        assertTrue(ics.contains("\r\nDTSTAMP:20261123T101530Z\r\n"), ics);
        VEvent event = parse(ics).<VEvent>getComponents("VEVENT").get(0);
        assertEquals("item-7@ctopath", value(event, "UID"));
        assertEquals("Due: Accelerate", value(event, "SUMMARY"));
        assertEquals("TRANSPARENT", value(event, "TRANSP"));
        assertEquals("2.0", value(parse(ics), "VERSION"));
        assertEquals("My plan", value(parse(ics), "X-WR-CALNAME"));
    }

    @Test
    void theFeedIsValidUnderIcal4jsStrictValidationAndNamesNoMethod() throws Exception {
        String ics = ICalendar.of("cal@ctopath", "Lena's plan", List.of(
                new ICalendar.Event("a@ctopath", LocalDate.of(2026, 12, 31), "Due: Accelerate", "Plan: Mine"),
                new ICalendar.Event("b@ctopath", LocalDate.of(2029, 3, 1), "Renew by: ITIL 4", "Renew by an exam or CPD before this day.")), NOW);
        Calendar calendar = parse(ics);

        ValidationResult result = calendar.validate();

        assertFalse(result.hasErrors(), result.toString());
        assertTrue(calendar.getProperty("METHOD").isEmpty(), "a subscribed feed is no iTIP message (RFC 5545 3.7.2)");
        assertEquals(2, calendar.getComponents("VEVENT").size());
    }

    @Test
    void aCalendarWithoutEventsIsStillValid() throws Exception {
        String ics = ICalendar.of("calendar-7@ctopath", "Nothing due", List.of(), NOW);
        Calendar calendar = parse(ics);

        ValidationResult result = calendar.validate();

        assertFalse(result.hasErrors(), result + "\n" + ics);
        assertTrue(calendar.getComponents("VEVENT").isEmpty(), ics);
        assertEquals("calendar-7@ctopath", value(calendar.getComponents("VFREEBUSY").get(0), "UID"), "one empty free/busy, busy at no time");
        assertTrue(calendar.getComponents("VFREEBUSY").get(0).getProperty("FREEBUSY").isEmpty(), ics);
    }

    @Test
    void publishWithoutAnOrganizerIsWhatTheStrictValidatorRefuses() throws Exception {
        String ics = ICalendar.of("cal@ctopath", "x", List.of(new ICalendar.Event("a@ctopath", LocalDate.of(2026, 12, 31), "Due: Accelerate", null)), NOW);
        // What the hand-written feed said: METHOD:PUBLISH, and no ORGANIZER (RFC 5546 3.2.1 requires one).
        String published = ics.replace("CALSCALE:GREGORIAN\r\n", "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n");

        ValidationResult result = parse(published).validate();

        assertTrue(result.hasErrors(), published);
        assertTrue(result.toString().contains("ORGANIZER"), result.toString());
    }

    @Test
    void eachEventRemindsADayBeforeWithADisplayAlarm() throws Exception {
        String ics = ICalendar.of("cal@ctopath", "x", List.of(new ICalendar.Event("a@ctopath", LocalDate.of(2026, 12, 31), "Due: Accelerate", null)), NOW);

        VEvent event = parse(ics).<VEvent>getComponents("VEVENT").get(0);
        List<VAlarm> alarms = event.getAlarms();

        assertEquals(1, alarms.size(), ics);
        VAlarm alarm = alarms.get(0);
        assertEquals("DISPLAY", value(alarm, "ACTION"));
        assertEquals("-P1D", value(alarm, "TRIGGER"));
        assertEquals("Tomorrow: Due: Accelerate", value(alarm, "DESCRIPTION"));
        assertTrue(ics.contains("\r\nBEGIN:VALARM\r\n"), ics);
    }

    @Test
    void textIsEscapedAndReadsBackAsWritten() throws Exception {
        String summary = "Due: Fundamentals, 2nd ed.; a \\ b\nnext";
        String ics = ICalendar.of("cal@ctopath", "x", List.of(new ICalendar.Event("u@ctopath", LocalDate.of(2026, 1, 1), summary, null)), NOW);

        assertTrue(ics.contains("SUMMARY:Due: Fundamentals\\, 2nd ed.\\; a \\\\ b\\nnext\r\n"), ics);
        assertEquals(summary, value(parse(ics).<VEvent>getComponents("VEVENT").get(0), "SUMMARY"));
    }

    @Test
    void longLinesAreFoldedWithoutSplittingCharactersAndReadBackWhole() throws Exception {
        String summary = "Due: " + "é".repeat(60) + "😀".repeat(40);
        String ics = ICalendar.of("cal@ctopath", "x", List.of(new ICalendar.Event("u@ctopath", LocalDate.of(2026, 1, 1), summary, null)), NOW);

        for (String line : ics.split("\r\n")) {
            assertTrue(line.length() <= 75, "75 characters at most, as ical4j folds: " + line);
            assertFalse(Character.isHighSurrogate(line.charAt(line.length() - 1)), "no character split: " + line);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:" + summary + "\r\n"), "folding is undone by removing CRLF and one space");
        assertEquals(summary, value(parse(ics).<VEvent>getComponents("VEVENT").get(0), "SUMMARY"));
    }
}
