package org.ctopath.plan;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VFreeBusy;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * An iCalendar (RFC 5545) document of all-day events, each with a reminder the day before, written
 * by ical4j (escaping, CRLF, lines folded at 75 characters, never inside a character) and validated
 * by it before it is answered: an invalid calendar is a fault here, never sent.
 * <p>
 * There is no {@code METHOD}: RFC 5545 (3.7.2) reserves it for iTIP, and a feed that calendar
 * programs subscribe to is no iTIP message. With {@code METHOD:PUBLISH} RFC 5546 (3.2.1) would make
 * every event name an {@code ORGANIZER}, and these deadlines have none to name. Plain logic, no storage.
 */
public final class ICalendar {

    /** An all-day event. The uid stays the same for the same thing, so calendars update it rather than add one. */
    public record Event(String uid, LocalDate day, String summary, String description) {
    }

    static final String PRODUCT = "-//CTO Path//Development plan//EN";

    /** When each event's reminder goes off: a day before its day begins. */
    static final Duration REMINDER = Duration.ofDays(-1);

    private ICalendar() {
    }

    /**
     * The calendar {@code name} of the events. {@code uid} names the calendar itself (the same for
     * the same feed): RFC 5545 wants at least one component, so a calendar without events holds an
     * empty VFREEBUSY under it, busy at no time (as the transparent events are), which calendar
     * programs leave aside.
     */
    public static String of(String uid, String name, List<Event> events, Instant now) {
        Calendar calendar = new Calendar()
                .withProperty(new ProdId(PRODUCT))
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(new XProperty("X-WR-CALNAME", name)) // the name calendar programs show for a subscription
                .getFluentTarget();
        DtStamp stamp = new DtStamp(now);
        for (Event event : events) {
            VEvent vevent = new VEvent(event.day(), event.day().plusDays(1), event.summary());
            vevent.add(new Uid(event.uid()));
            vevent.replace(stamp); // the constructor stamped it with the clock's time

            if (event.description() != null) {
                vevent.add(new Description(event.description()));
            }
            vevent.add(ImmutableTransp.TRANSPARENT);
            VAlarm reminder = new VAlarm(REMINDER);
            reminder.add(ImmutableAction.DISPLAY);
            reminder.add(new Description("Tomorrow: " + event.summary()));
            vevent.add(reminder);
            calendar.add(vevent);
        }
        if (events.isEmpty()) {
            VFreeBusy free = new VFreeBusy(false);
            free.add(new Uid(uid));
            free.add(stamp);
            calendar.add(free);
        }
        ValidationResult validation = calendar.validate(); // the outputter would only log what is wrong
        if (validation.hasErrors()) {
            throw new IllegalStateException("the calendar is not valid iCalendar: " + validation);
        }
        StringWriter ics = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, ics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ics.toString();
    }
}
