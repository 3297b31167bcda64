package org.ctopath.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Date;
import java.time.Clock;
import org.ctopath.identity.Account;
import org.ctopath.platform.UtcTime;
import org.ctopath.platform.Restricted;

/**
 * The reminders already sent, by key ({@code reminder_sent}). A reminder is sent in a transaction
 * that first writes its key: a second writer of the same key, another instance or a run before, fails
 * on the primary key and rolls back, its notification and mail with it.
 */
@ApplicationScoped
@Restricted(systemOnly = true)
public class SentReminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    Clock clock = Clock.systemUTC();

    @Transactional(TxType.REQUIRES_NEW)
    public boolean isSent(Reminder reminder) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM reminder_sent"
                        + " WHERE kind = ? AND subject_id = ? AND recipient_id = ? AND reminder_date = ?")
                .setParameter(1, reminder.kind().name()).setParameter(2, reminder.subjectId())
                .setParameter(3, reminder.recipientId()).setParameter(4, Date.valueOf(reminder.date()))
                .getSingleResult()).longValue() > 0;
    }

    /**
     * Writes the reminder's key, then notifies, in one new transaction.
     *
     * @throws jakarta.persistence.PersistenceException (or the transaction's wrapping of it) when the key is taken
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void send(Reminder reminder) {
        em.createNativeQuery("INSERT INTO reminder_sent (kind, subject_id, recipient_id, reminder_date, sent_at) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, reminder.kind().name()).setParameter(2, reminder.subjectId())
                .setParameter(3, reminder.recipientId()).setParameter(4, Date.valueOf(reminder.date()))
                .setParameter(5, java.sql.Timestamp.valueOf(UtcTime.toColumn(clock.instant())))
                .executeUpdate();
        notifications.notify(em.find(Account.class, reminder.recipientId()), reminder.subject(), reminder.body(), reminder.link());
    }
}
