package org.ctopath.notification;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One reminder due: its kind, what it is about (a plan item, or the mentor for a digest), to whom,
 * for which date, and what it says. Kind, subject, recipient and date are its key: it goes once.
 */
public record Reminder(Kind kind, long subjectId, long recipientId, LocalDate date, String subject, String body, String link) {

    public enum Kind {
        /** To a learner, a week (or less, when the item came later) before an item is due. */
        WEEK_BEFORE,
        /** To a learner, the day before an item is due (or on the day). */
        DAY_BEFORE,
        /** To a mentor, once a day: the overdue items of their current mentees. */
        OVERDUE_DIGEST
    }

    public Reminder {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(date);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(body);
    }
}
