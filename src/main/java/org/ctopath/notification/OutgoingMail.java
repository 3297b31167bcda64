package org.ctopath.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import org.ctopath.platform.UtcTime;

/**
 * One mail in the outbox: written in the transaction that caused it, sent afterwards by
 * {@link MailDelivery}. Its state only changes through {@link MailOutbox}'s conditional updates.
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    public static final int RECIPIENT_MAXLENGTH = 254;
    public static final int BODY_MAXLENGTH = 8000;
    public static final int ERROR_MAXLENGTH = 1000;

    /** Where a mail stands. */
    public enum State {
        /** Waiting for its (next) attempt. */
        PENDING,
        /** Claimed by an instance that is sending it now. */
        SENDING,
        /** Accepted by the SMTP server. */
        SENT,
        /** Written to the log, as there is no SMTP server (demo mode). */
        LOGGED,
        /** Given up on after the last attempt; the error is kept. */
        FAILED
    }

    @Id
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    private Long id;

    @Column(name = "notification_id")
    private Long notificationId;

    @Column(nullable = false, length = RECIPIENT_MAXLENGTH)
    private String recipient;

    @Column(nullable = false, length = Notification.SUBJECT_MAXLENGTH)
    private String subject;

    @Column(nullable = false, length = BODY_MAXLENGTH)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private State state = State.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(name = "claimed_by", length = 64)
    private String claimedBy;

    @Column(name = "claimed_until")
    private LocalDateTime claimedUntil;

    @Column(name = "last_error", length = ERROR_MAXLENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    protected OutgoingMail() {
        // for JPA
    }

    OutgoingMail(Long notificationId, String recipient, String subject, String body, Instant at) {
        this.notificationId = notificationId;
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.createdAt = UtcTime.toColumn(at);
        this.nextAttemptAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getNotificationId() {
        return notificationId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public State getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return UtcTime.fromColumn(nextAttemptAt);
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return UtcTime.fromColumn(createdAt);
    }

    public Instant getSentAt() {
        return UtcTime.fromColumn(sentAt);
    }
}
