package org.ctopath.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.ctopath.notification.OutgoingMail.State;
import org.ctopath.platform.UtcTime;
import org.ctopath.platform.Restricted;

/**
 * The mail outbox in the database. Mail is queued in the transaction that caused it; each later step
 * is a short transaction of its own, and every change of state is a conditional UPDATE that says
 * from which state it moves, so that instances sharing the database never both send one mail.
 */
@ApplicationScoped
@Restricted(systemOnly = true)
public class MailOutbox {

    /** Attempts before a mail is given up on: about 15 minutes of retrying in all. */
    static final int MAX_ATTEMPTS = 5;

    /** How long a claim holds: far longer than an SMTP exchange within its timeouts. */
    static final Duration CLAIM = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Queues a mail in the caller's transaction: it goes only if that transaction commits. */
    @Transactional(TxType.MANDATORY)
    @Restricted
    public OutgoingMail queue(Long notificationId, String recipient, String subject, String body) {
        OutgoingMail mail = new OutgoingMail(notificationId, recipient, subject, cut(body, OutgoingMail.BODY_MAXLENGTH), clock.instant());
        em.persist(mail);
        return mail;
    }

    /**
     * Ids of mail due now, oldest first: pending mail whose attempt is due, and mail whose sender's
     * claim ran out (the instance stopped while sending). Mail that ran out of attempts that way fails.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Long> due(int max) {
        return due(max, clock.instant());
    }

    @Transactional(TxType.REQUIRES_NEW)
    List<Long> due(int max, Instant at) {
        LocalDateTime now = UtcTime.toColumn(at);
        em.createQuery("UPDATE OutgoingMail m SET m.state = :failed, m.claimedBy = NULL, m.claimedUntil = NULL,"
                        + " m.lastError = :error WHERE m.state = :sending AND m.claimedUntil < :now AND m.attempts >= :max")
                .setParameter("failed", State.FAILED).setParameter("sending", State.SENDING).setParameter("now", now)
                .setParameter("max", MAX_ATTEMPTS).setParameter("error", "The instance sending it stopped before it finished.")
                .executeUpdate();
        return em.createQuery("SELECT m.id FROM OutgoingMail m WHERE (m.state = :pending AND m.nextAttemptAt <= :now)"
                        + " OR (m.state = :sending AND m.claimedUntil < :now) ORDER BY m.id", Long.class)
                .setParameter("pending", State.PENDING).setParameter("sending", State.SENDING).setParameter("now", now)
                .setMaxResults(max).getResultList();
    }

    /**
     * Claims a mail for {@code instance}, counting the attempt: at most one caller succeeds, however
     * many instances try at once, as the database applies the update to a row in one state only once.
     *
     * @return the mail, if this caller holds it now
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<OutgoingMail> claim(long id, String instance) {
        return claim(id, instance, clock.instant());
    }

    @Transactional(TxType.REQUIRES_NEW)
    Optional<OutgoingMail> claim(long id, String instance, Instant at) {
        LocalDateTime now = UtcTime.toColumn(at);
        int claimed = em.createQuery("UPDATE OutgoingMail m SET m.state = :sending, m.claimedBy = :instance, m.claimedUntil = :until,"
                        + " m.attempts = m.attempts + 1 WHERE m.id = :id AND ((m.state = :pending AND m.nextAttemptAt <= :now)"
                        + " OR (m.state = :sending AND m.claimedUntil < :now AND m.attempts < :max))")
                .setParameter("sending", State.SENDING).setParameter("instance", instance)
                .setParameter("until", UtcTime.toColumn(at.plus(CLAIM))).setParameter("id", id)
                .setParameter("pending", State.PENDING).setParameter("now", now).setParameter("max", MAX_ATTEMPTS)
                .executeUpdate();
        return claimed == 1 ? Optional.ofNullable(em.find(OutgoingMail.class, id)) : Optional.empty();
    }

    /** Records that the mail went (SENT) or was logged (LOGGED), if {@code instance} still holds it. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean delivered(long id, String instance, State how) {
        return delivered(id, instance, how, clock.instant());
    }

    @Transactional(TxType.REQUIRES_NEW)
    boolean delivered(long id, String instance, State how, Instant at) {
        if (how != State.SENT && how != State.LOGGED) {
            throw new IllegalArgumentException("delivered as " + how);
        }
        return em.createQuery("UPDATE OutgoingMail m SET m.state = :how, m.sentAt = :now, m.claimedBy = NULL, m.claimedUntil = NULL,"
                        + " m.lastError = NULL WHERE m.id = :id AND m.state = :sending AND m.claimedBy = :instance")
                .setParameter("how", how).setParameter("now", UtcTime.toColumn(at)).setParameter("id", id)
                .setParameter("sending", State.SENDING).setParameter("instance", instance)
                .executeUpdate() == 1;
    }

    /**
     * Records a failed attempt, if {@code instance} still holds the mail: it is tried again after a
     * pause that doubles with each attempt (1, 2, 4, 8 minutes), or given up on after the last.
     *
     * @return the state the mail is in now
     */
    @Transactional(TxType.REQUIRES_NEW)
    public State failed(long id, String instance, String error) {
        return failed(id, instance, error, clock.instant());
    }

    @Transactional(TxType.REQUIRES_NEW)
    State failed(long id, String instance, String error, Instant at) {
        OutgoingMail mail = em.find(OutgoingMail.class, id);
        if (mail == null || mail.getState() != State.SENDING || !instance.equals(mail.getClaimedBy())) {
            return mail == null ? State.FAILED : mail.getState();
        }
        State next = mail.getAttempts() >= MAX_ATTEMPTS ? State.FAILED : State.PENDING;
        Instant retryAt = at.plus(retryPause(mail.getAttempts()));
        em.createQuery("UPDATE OutgoingMail m SET m.state = :next, m.nextAttemptAt = :retryAt, m.claimedBy = NULL,"
                        + " m.claimedUntil = NULL, m.lastError = :error WHERE m.id = :id AND m.state = :sending AND m.claimedBy = :instance")
                .setParameter("next", next).setParameter("retryAt", UtcTime.toColumn(retryAt))
                .setParameter("error", cut(error == null ? "unknown error" : error, OutgoingMail.ERROR_MAXLENGTH))
                .setParameter("id", id).setParameter("sending", State.SENDING).setParameter("instance", instance)
                .executeUpdate();
        return next;
    }

    /** The mail as it stands now. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<OutgoingMail> find(long id) {
        return Optional.ofNullable(em.find(OutgoingMail.class, id));
    }

    /** The mail that a notification brought, if it brought one. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<OutgoingMail> ofNotification(long notificationId) {
        return em.createQuery("SELECT m FROM OutgoingMail m WHERE m.notificationId = :id", OutgoingMail.class)
                .setParameter("id", notificationId).getResultStream().findFirst();
    }

    static Duration retryPause(int attemptsMade) {
        return Duration.ofMinutes(1L << Math.min(Math.max(attemptsMade - 1, 0), 10));
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
