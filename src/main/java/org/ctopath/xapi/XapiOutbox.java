package org.ctopath.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.ctopath.platform.UtcTime;
import org.ctopath.xapi.XapiStatement.State;
import org.ctopath.platform.Restricted;

/**
 * The statements' outbox towards the LRS. Each step is a short transaction of its own, and every
 * change of state is a conditional UPDATE that says from which state it moves, so that instances
 * sharing the database never both post one statement: a batch is claimed under a token of its own,
 * and only the holder of the token records how it went.
 */
@ApplicationScoped
@Restricted(systemOnly = true)
public class XapiOutbox {

    /** How long a claim holds: far longer than a post within the client's timeouts. */
    static final Duration CLAIM = Duration.ofMinutes(5);

    /** The longest pause between two attempts: the LRS is tried at least hourly for as long as it is down. */
    static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    /** Due at {@code at}, oldest first: pending and due, or sending under a claim that ran out (its instance stopped). */
    @Transactional(TxType.REQUIRES_NEW)
    public List<XapiStatement> due(int max, Instant at) {
        LocalDateTime now = UtcTime.toColumn(at);
        return em.createQuery("SELECT s FROM XapiStatement s WHERE (s.state = :pending AND s.nextAttemptAt <= :now)"
                        + " OR (s.state = :sending AND s.claimedUntil < :now) ORDER BY s.storedAt, s.id", XapiStatement.class)
                .setParameter("pending", State.PENDING).setParameter("sending", State.SENDING).setParameter("now", now)
                .setMaxResults(max).getResultList();
    }

    /**
     * Claims the statements of {@code ids} that are still due under {@code token}, counting the
     * attempt: a statement is claimed by one caller only, however many try at once.
     *
     * @return the statements this caller holds now
     */
    @Transactional(TxType.REQUIRES_NEW)
    public List<XapiStatement> claim(List<String> ids, String token, Instant at) {
        if (ids.isEmpty()) {
            return List.of();
        }
        LocalDateTime now = UtcTime.toColumn(at);
        em.createQuery("UPDATE XapiStatement s SET s.state = :sending, s.claimedBy = :token, s.claimedUntil = :until,"
                        + " s.attempts = s.attempts + 1 WHERE s.id IN :ids AND ((s.state = :pending AND s.nextAttemptAt <= :now)"
                        + " OR (s.state = :sending AND s.claimedUntil < :now))")
                .setParameter("sending", State.SENDING).setParameter("token", token)
                .setParameter("until", UtcTime.toColumn(at.plus(CLAIM))).setParameter("ids", ids)
                .setParameter("pending", State.PENDING).setParameter("now", now).executeUpdate();
        return em.createQuery("SELECT s FROM XapiStatement s WHERE s.claimedBy = :token AND s.state = :sending ORDER BY s.storedAt, s.id",
                        XapiStatement.class)
                .setParameter("token", token).setParameter("sending", State.SENDING).getResultList();
    }

    /** The LRS holds the statements of the claim: SENT. */
    @Transactional(TxType.REQUIRES_NEW)
    public int sent(String token, Instant at) {
        return em.createQuery("UPDATE XapiStatement s SET s.state = :sent, s.sentAt = :now, s.claimedBy = NULL, s.claimedUntil = NULL,"
                        + " s.lastError = NULL WHERE s.claimedBy = :token AND s.state = :sending")
                .setParameter("sent", State.SENT).setParameter("now", UtcTime.toColumn(at)).setParameter("token", token)
                .setParameter("sending", State.SENDING).executeUpdate();
    }

    /**
     * The post of the claim failed in a way that may pass (the LRS is down, busy or slow): each
     * statement is tried again after a pause that doubles with its attempts (1, 2, 4 ... minutes, at
     * most {@link #LONGEST_PAUSE}), for as long as it takes: none is lost.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void retryLater(String token, String error, Instant at) {
        for (XapiStatement s : held(token)) {
            em.createQuery("UPDATE XapiStatement s SET s.state = :pending, s.nextAttemptAt = :retryAt, s.claimedBy = NULL,"
                            + " s.claimedUntil = NULL, s.lastError = :error WHERE s.id = :id AND s.claimedBy = :token AND s.state = :sending")
                    .setParameter("pending", State.PENDING).setParameter("retryAt", UtcTime.toColumn(at.plus(retryPause(s.getAttempts()))))
                    .setParameter("error", cut(error)).setParameter("id", s.getId()).setParameter("token", token)
                    .setParameter("sending", State.SENDING).executeUpdate();
        }
    }

    /**
     * The LRS refused the post (a 4xx other than 409). A statement posted alone is FAILED with the
     * answer kept; those of a batch are due again at once, to be posted one by one (a statement that
     * failed once is always posted alone), so that one bad statement does not fail the others.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void refused(String token, String answer, boolean alone, Instant at) {
        em.createQuery("UPDATE XapiStatement s SET s.state = :next, s.nextAttemptAt = :now, s.claimedBy = NULL, s.claimedUntil = NULL,"
                        + " s.lastError = :error WHERE s.claimedBy = :token AND s.state = :sending")
                .setParameter("next", alone ? State.FAILED : State.PENDING).setParameter("now", UtcTime.toColumn(at))
                .setParameter("error", cut(answer)).setParameter("token", token).setParameter("sending", State.SENDING)
                .executeUpdate();
    }

    /** The statement as it stands now. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<XapiStatement> find(String id) {
        return Optional.ofNullable(em.find(XapiStatement.class, id));
    }

    private List<XapiStatement> held(String token) {
        return em.createQuery("SELECT s FROM XapiStatement s WHERE s.claimedBy = :token AND s.state = :sending", XapiStatement.class)
                .setParameter("token", token).setParameter("sending", State.SENDING).getResultList();
    }

    static Duration retryPause(int attemptsMade) {
        Duration pause = Duration.ofMinutes(1L << Math.min(Math.max(attemptsMade - 1, 0), 10));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    static String cut(String text) {
        String t = text == null ? "unknown error" : text;
        return t.length() <= XapiStatement.ERROR_MAXLENGTH ? t : t.substring(0, XapiStatement.ERROR_MAXLENGTH - 1) + "…";
    }
}
