package org.ctopath.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctopath.notification.OutgoingMail.State;
import org.ctopath.platform.Settings;
import org.ctopath.platform.SmtpServer;
import org.ctopath.platform.Restricted;

/**
 * Empties the mail outbox: claims each due mail, sends it (or logs it, in demo mode) and records
 * how it went. {@link NotificationJobs} runs it every few seconds; anything may call it to send at
 * once. Within an instance one delivery runs at a time, so a caller returns only after every mail
 * that was due when it called has been attempted, by its own call or by the one before it; across
 * instances the outbox's claims keep each mail to one sender.
 */
@ApplicationScoped
@Restricted(systemOnly = true)
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    static final int BATCH = 50;
    static final int MAX_BATCHES = 20;

    /** This instance, as claims name it. */
    static final String INSTANCE = "instance-" + UUID.randomUUID();

    @Inject
    MailOutbox outbox;

    @Inject
    Mailer mailer;

    @Inject
    Settings settings;

    Clock clock = Clock.systemUTC();

    private final ReentrantLock running = new ReentrantLock();

    /** What one delivery did. */
    public record Outcome(int sent, int logged, int failed) {

        Outcome plus(State state) {
            return switch (state) {
                case SENT -> new Outcome(sent + 1, logged, failed);
                case LOGGED -> new Outcome(sent, logged + 1, failed);
                default -> new Outcome(sent, logged, failed + 1);
            };
        }
    }

    /** Sends the mail that is due now through the SMTP server of the settings. */
    public Outcome deliverDue() {
        return deliverDue(settings.smtp(), clock.instant());
    }

    /** Delivers through {@code server} (none: to the log) what is due at {@code at}. */
    Outcome deliverDue(Optional<SmtpServer> server, Instant at) {
        running.lock();
        try {
            Outcome outcome = new Outcome(0, 0, 0);
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                List<Long> due = outbox.due(BATCH, at);
                for (Long id : due) {
                    outcome = outbox.claim(id, INSTANCE, at).map(mail -> deliver(mail, server, at)).map(outcome::plus).orElse(outcome);
                }
                if (due.size() < BATCH) {
                    break;
                }
            }
            return outcome;
        } finally {
            running.unlock();
        }
    }

    private State deliver(OutgoingMail mail, Optional<SmtpServer> server, Instant at) {
        State result;
        try {
            result = mailer.send(mail.getRecipient(), mail.getSubject(), mail.getBody(), server);
        } catch (MessagingException | RuntimeException e) {
            State next = outbox.failed(mail.getId(), INSTANCE, describe(e), at);
            LOG.log(next == State.FAILED ? Level.WARNING : Level.INFO, e, () -> "Mail " + mail.getId() + " to " + mail.getRecipient()
                    + " not sent (attempt " + mail.getAttempts() + " of " + MailOutbox.MAX_ATTEMPTS + ")"
                    + (next == State.FAILED ? "; given up" : "; it will be tried again") + ": " + describe(e));
            return State.FAILED;
        }
        if (!outbox.delivered(mail.getId(), INSTANCE, result, at)) {
            LOG.warning(() -> "Mail " + mail.getId() + " went out after this instance's claim on it had run out; it may go twice.");
        }
        return result;
    }

    /** The exception and its causes in one line, as the outbox keeps it. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().strip().replaceAll("\\s+", " "));
            }
        }
        return text.toString();
    }
}
