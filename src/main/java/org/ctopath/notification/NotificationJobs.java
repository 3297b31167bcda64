package org.ctopath.notification;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.LastExecution;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.Trigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctopath.identity.Caller;

/**
 * The background work of notifications, on the server's managed scheduled executor: the mail outbox
 * is emptied every few seconds; the reminders run every day at 06:00 UTC and once shortly after
 * start, so that a server that was down at 06:00 catches up. Every instance runs both; the outbox's
 * claims and the reminders' keys keep each mail and reminder to one of them.
 */
@ApplicationScoped
public class NotificationJobs {

    private static final Logger LOG = Logger.getLogger(NotificationJobs.class.getName());

    static final long MAIL_EVERY_SECONDS = 5;
    static final long REMINDERS_AFTER_START_SECONDS = 30;
    static final LocalTime REMINDERS_AT = LocalTime.of(6, 0);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    MailDelivery delivery;

    @Inject
    Reminders reminders;

    private final List<ScheduledFuture<?>> jobs = new ArrayList<>();

    public synchronized void start() {
        if (!jobs.isEmpty()) {
            return;
        }
        jobs.add(scheduler.scheduleWithFixedDelay(this::deliverMail, MAIL_EVERY_SECONDS, MAIL_EVERY_SECONDS, TimeUnit.SECONDS));
        jobs.add(scheduler.schedule(this::sendReminders, REMINDERS_AFTER_START_SECONDS, TimeUnit.SECONDS));
        jobs.add(scheduler.schedule(this::sendReminders, new DailyAt(REMINDERS_AT)));
        LOG.info(() -> "Mail goes out every " + MAIL_EVERY_SECONDS + " s; reminders run daily at " + REMINDERS_AT + " UTC.");
    }

    @PreDestroy
    synchronized void stop() {
        jobs.forEach(job -> job.cancel(false));
        jobs.clear();
    }

    // A job that throws is never run again by the executor: each one catches what it did not expect.
    private void deliverMail() {
        try {
            Caller.asSystem(() -> { delivery.deliverDue(); });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail delivery failed; it runs again in " + MAIL_EVERY_SECONDS + " s", e);
        }
    }

    private void sendReminders() {
        try {
            Caller.asSystem(() -> { reminders.run(); });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminders failed; they run again at the next start or " + REMINDERS_AT + " UTC", e);
        }
    }

    /** Every day at a time of day, UTC. */
    static final class DailyAt implements Trigger {

        private final LocalTime at;

        DailyAt(LocalTime at) {
            this.at = at;
        }

        @Override
        public Date getNextRunTime(LastExecution last, Date scheduled) {
            Instant after = last == null ? scheduled.toInstant() : last.getScheduledStart().toInstant();
            return Date.from(next(after));
        }

        /** The first moment at the time of day strictly after {@code after}. */
        Instant next(Instant after) {
            ZonedDateTime candidate = after.atZone(ZoneOffset.UTC).with(at).withNano(0);
            if (!candidate.toInstant().isAfter(after)) {
                candidate = candidate.plusDays(1);
            }
            return candidate.toInstant();
        }

        @Override
        public boolean skipRun(LastExecution last, Date scheduled) {
            return false;
        }
    }
}
