package org.ctopath.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import org.ctopath.identity.Account;
import org.ctopath.platform.UtcTime;

/** Something a person is told in the app, under the bell: what happened, and where to look at it. */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.OF_RECIPIENT,
        query = "SELECT n FROM Notification n WHERE n.recipient.username = :username ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = Notification.COUNT_OF_RECIPIENT,
        query = "SELECT COUNT(n) FROM Notification n WHERE n.recipient.username = :username")
@NamedQuery(name = Notification.COUNT_UNREAD,
        query = "SELECT COUNT(n) FROM Notification n WHERE n.recipient.username = :username AND n.readAt IS NULL")
@NamedQuery(name = Notification.MARK_ALL_READ,
        query = "UPDATE Notification n SET n.readAt = :now WHERE n.recipient.id = :recipient AND n.readAt IS NULL")
public class Notification {

    public static final String OF_RECIPIENT = "Notification.ofRecipient";
    public static final String COUNT_OF_RECIPIENT = "Notification.countOfRecipient";
    public static final String COUNT_UNREAD = "Notification.countUnread";
    public static final String MARK_ALL_READ = "Notification.markAllRead";

    public static final int SUBJECT_MAXLENGTH = 200;
    public static final int BODY_MAXLENGTH = 4000;
    public static final int LINK_MAXLENGTH = 500;

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_id")
    private Account recipient;

    @Column(nullable = false, length = SUBJECT_MAXLENGTH)
    private String subject;

    @Column(nullable = false, length = BODY_MAXLENGTH)
    private String body;

    /** An application path such as {@code /learner/plan?id=5}, or null when there is nothing to open. */
    @Column(length = LINK_MAXLENGTH)
    private String link;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected Notification() {
        // for JPA
    }

    Notification(Account recipient, String subject, String body, String link, Instant at) {
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.link = link;
        this.createdAt = UtcTime.toColumn(at);
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = UtcTime.toColumn(at);
        }
    }

    public Long getId() {
        return id;
    }

    public Account getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return UtcTime.fromColumn(createdAt);
    }

    public Instant getReadAt() {
        return UtcTime.fromColumn(readAt);
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
