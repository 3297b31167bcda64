package org.ctopath.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ctopath.identity.Account;
import org.ctopath.identity.AccountService;
import org.ctopath.platform.Settings;
import org.ctopath.platform.UtcTime;
import org.ctopath.identity.Caller;
import org.ctopath.platform.Restricted;

/**
 * Telling people what concerns them: a notification under the bell in the app and, when they have
 * an address, the same by mail. Other capabilities call {@link #notify}; pages read and open a
 * person's own notifications, and nobody else's: another person's id is not there at all.
 *
 * <pre>{@code
 * notifications.notify(mentor, learner.getDisplayName() + " submitted a plan for review",
 *         "\"" + plan.getTitle() + "\" waits for your review.", "/mentor/plan?id=" + plan.getId());
 * }</pre>
 */
@ApplicationScoped
@Transactional
@Restricted
public class Notifications {

    /** Where a notification without a link of its own leads: the list. */
    public static final String LIST = "/notifications/index";

    /** An application path: one slash first (never two, which would leave the site), no spaces or backslashes. */
    private static final Pattern APP_PATH = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");

    @Inject
    Caller caller;

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    AccountService accounts;

    @Inject
    Settings settings;

    Clock clock = Clock.systemUTC();

    /**
     * Records an in-app notification for the recipient and queues an email to them (if they have an
     * address and their account is active); joins the caller's transaction (REQUIRED), so nothing is
     * sent if the caller rolls back. A subject is one line of at most 200 characters and a body at
     * most 4000 (longer ones are cut); both are plain text, shown escaped.
     *
     * @param link an application path such as {@code "/learner/plan?id=5"}, or null
     * @throws IllegalArgumentException when the recipient is unknown, the subject blank or the link not an application path
     */
    public void notify(Account recipient, String subject, String body, String link) {
        Objects.requireNonNull(recipient, "recipient");
        Account account = recipient.getId() == null ? null : em.find(Account.class, recipient.getId());
        if (account == null) {
            throw new IllegalArgumentException("No such account: " + recipient.getUsername());
        }
        String title = oneLine(subject);
        if (title.isEmpty()) {
            throw new IllegalArgumentException("A notification needs a subject");
        }
        String text = body == null ? "" : MailOutbox.cut(body.strip(), Notification.BODY_MAXLENGTH);
        String path = checkedLink(link);
        Notification notification = new Notification(account, title, text, path, clock.instant());
        em.persist(notification);
        if (account.isActive() && account.getEmail() != null && !account.getEmail().isBlank()) {
            outbox.queue(notification.getId(), account.getEmail().trim(), title, MailText.body(text, settings.appUrl(), path));
        }
    }

    public long unreadCount(String username) {
        caller.requireSelf(username);
        return em.createNamedQuery(Notification.COUNT_UNREAD, Long.class).setParameter("username", username).getSingleResult();
    }

    public long count(String username) {
        caller.requireSelf(username);
        return em.createNamedQuery(Notification.COUNT_OF_RECIPIENT, Long.class).setParameter("username", username).getSingleResult();
    }

    /** One page of the person's notifications, newest first. */
    public List<Notification> page(String username, int first, int max) {
        caller.requireSelf(username);
        return em.createNamedQuery(Notification.OF_RECIPIENT, Notification.class).setParameter("username", username)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /**
     * Opens one of the person's notifications: marks it read and tells where it leads.
     *
     * @return the application path to go to; empty when the id is not one of this person's notifications
     */
    public Optional<String> open(String username, long id) {
        caller.requireSelf(username);
        Notification notification = em.find(Notification.class, id);
        if (notification == null || username == null || !notification.getRecipient().getUsername().equals(username)) {
            return Optional.empty();
        }
        notification.markRead(clock.instant());
        return Optional.of(notification.getLink() == null ? LIST : notification.getLink());
    }

    /** Marks every notification of the person read; returns how many were unread. */
    public int markAllRead(String username) {
        caller.requireSelf(username);
        return accounts.findByUsername(username).map(a -> em.createNamedQuery(Notification.MARK_ALL_READ)
                .setParameter("now", UtcTime.toColumn(clock.instant()))
                .setParameter("recipient", a.getId()).executeUpdate()).orElse(0);
    }

    static String oneLine(String text) {
        String line = text == null ? "" : text.replaceAll("[\\r\\n\\t\\u0085\\u2028\\u2029]+", " ").strip();
        return MailOutbox.cut(line, Notification.SUBJECT_MAXLENGTH);
    }

    static String checkedLink(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        if (link.length() > Notification.LINK_MAXLENGTH || !APP_PATH.matcher(link).matches()) {
            throw new IllegalArgumentException("A notification links to an application path such as /learner/plan?id=5, not " + link);
        }
        return link;
    }
}
