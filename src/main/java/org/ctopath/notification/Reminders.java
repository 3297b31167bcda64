package org.ctopath.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctopath.notification.Reminder.Kind;
import org.ctopath.plan.ItemStatus;
import org.ctopath.plan.PlanItem;
import org.ctopath.plan.PlanState;
import org.ctopath.platform.Restricted;

/**
 * The reminders of a day, each sent once (see {@link SentReminders}), whichever instance runs them
 * and however often:
 * <ul>
 * <li>to a learner, for each open item of an active plan, a week before its due date and the day
 * before it; an item due in less than a week that had no reminder yet gets the week's reminder now,
 * and a run that missed a day (the server was down) sends what is still ahead;</li>
 * <li>to each mentor, one digest a day of their current mentees' overdue open items, when there are some.</li>
 * </ul>
 * {@link NotificationJobs} runs it daily and shortly after each start; {@link #runFor} runs it "on" any day.
 */
@ApplicationScoped
@Restricted(systemOnly = true)
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());

    static final int WEEK = 7;
    /** Items a digest lists; the rest it counts. */
    static final int DIGEST_MAX_ITEMS = 25;

    private static final List<ItemStatus> OPEN = List.of(ItemStatus.NOT_STARTED, ItemStatus.IN_PROGRESS);

    @PersistenceContext
    EntityManager em;

    @Inject
    SentReminders sent;

    Clock clock = Clock.systemUTC();

    /** What one run did: reminders sent now, found sent before (by this or another instance), and failed. */
    public record Outcome(int sent, int sentBefore, int failed) {
    }

    public Outcome run() {
        return runFor(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    /** Sends the reminders due on {@code today} that have not gone yet. */
    public Outcome runFor(LocalDate today) {
        List<Reminder> due = new ArrayList<>(itemReminders(today));
        due.addAll(overdueDigests(today));
        int sentNow = 0;
        int sentBefore = 0;
        int failed = 0;
        for (Reminder reminder : due) {
            if (sent.isSent(reminder)) {
                sentBefore++;
                continue;
            }
            try {
                sent.send(reminder);
                sentNow++;
            } catch (RuntimeException e) {
                if (sent.isSent(reminder)) {
                    sentBefore++; // another instance, or another run, wrote the key first
                } else {
                    failed++;
                    LOG.log(Level.WARNING, e, () -> "Reminder " + reminder.kind() + " of " + reminder.subjectId() + " not sent; the next run tries again");
                }
            }
        }
        Outcome outcome = new Outcome(sentNow, sentBefore, failed);
        LOG.info(() -> "Reminders of " + today + ": " + outcome);
        return outcome;
    }

    /** A reminder for each open item of an active plan due within a week of {@code today}. */
    List<Reminder> itemReminders(LocalDate today) {
        List<PlanItem> items = em.createQuery("SELECT i FROM PlanItem i JOIN FETCH i.plan p JOIN FETCH p.owner o"
                        + " WHERE p.state = :active AND i.status IN :open AND i.dueDate BETWEEN :today AND :weekAhead"
                        + " AND o.active = TRUE ORDER BY i.dueDate, i.id", PlanItem.class)
                .setParameter("active", PlanState.ACTIVE).setParameter("open", OPEN)
                .setParameter("today", today).setParameter("weekAhead", today.plusDays(WEEK))
                .getResultList();
        List<Reminder> reminders = new ArrayList<>();
        for (PlanItem item : items) {
            long days = ChronoUnit.DAYS.between(today, item.getDueDate());
            Kind kind = days > 1 ? Kind.WEEK_BEFORE : Kind.DAY_BEFORE;
            String title = item.getResource().getTitle();
            String when = days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
            String progress = item.getStatus() == ItemStatus.NOT_STARTED ? "You have not started it yet."
                    : "You are " + item.getPercentDone() + " % through it.";
            reminders.add(new Reminder(kind, item.getId(), item.getPlan().getOwner().getId(), item.getDueDate(),
                    "Due " + when + ": " + title,
                    title + " in your plan \"" + item.getPlan().getTitle() + "\" is due " + when + ", on " + item.getDueDate() + ". " + progress,
                    "/learner/plan?id=" + item.getPlan().getId()));
        }
        return reminders;
    }

    /** For each active mentor with current mentees who have overdue open items in active plans: one digest. */
    List<Reminder> overdueDigests(LocalDate today) {
        List<Object[]> rows = em.createQuery("SELECT m.id, o.displayName, res.title, i.dueDate"
                        + " FROM MentorRelation r JOIN r.mentor m JOIN r.learner o, PlanItem i JOIN i.plan p JOIN i.resource res"
                        + " WHERE p.owner = o AND r.endedAt IS NULL AND m.active = TRUE AND o.active = TRUE"
                        + " AND p.state = :active AND i.status IN :open AND i.dueDate < :today"
                        + " ORDER BY m.id, o.displayName, i.dueDate, res.title", Object[].class)
                .setParameter("active", PlanState.ACTIVE).setParameter("open", OPEN).setParameter("today", today)
                .getResultList();
        Map<Long, List<Object[]>> byMentor = new LinkedHashMap<>();
        rows.forEach(row -> byMentor.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(row));
        List<Reminder> digests = new ArrayList<>();
        byMentor.forEach((mentorId, overdue) -> digests.add(new Reminder(Kind.OVERDUE_DIGEST, mentorId, mentorId, today,
                "Overdue items of your mentees: " + overdue.size(), digestBody(today, overdue), "/mentor/home")));
        return digests;
    }

    /** The digest's lines: per mentee, each overdue item with its due date and how late it is. */
    static String digestBody(LocalDate today, List<Object[]> overdue) {
        StringBuilder body = new StringBuilder("These items of your mentees are past their due date (" + today + "):\n");
        String mentee = null;
        for (Object[] row : overdue.subList(0, Math.min(overdue.size(), DIGEST_MAX_ITEMS))) {
            if (!row[1].equals(mentee)) {
                mentee = (String) row[1];
                body.append('\n').append(mentee).append('\n');
            }
            LocalDate due = (LocalDate) row[3];
            long late = ChronoUnit.DAYS.between(due, today);
            body.append("- ").append(row[2]).append(", due ").append(due).append(" (")
                    .append(late).append(late == 1 ? " day" : " days").append(" overdue)\n");
        }
        if (overdue.size() > DIGEST_MAX_ITEMS) {
            body.append("\n... and ").append(overdue.size() - DIGEST_MAX_ITEMS).append(" more.\n");
        }
        return body.toString();
    }
}
