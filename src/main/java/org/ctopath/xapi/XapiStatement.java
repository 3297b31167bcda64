package org.ctopath.xapi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import org.ctopath.platform.UtcTime;

/**
 * One xAPI statement as it was written in the transaction of its event, and its place in the outbox
 * towards the Learning Record Store. The JSON is the statement without {@code stored} (the LRS sets
 * its own; the API adds this one's {@link #getStoredAt()}). The outbox columns change only through
 * {@link XapiOutbox}'s conditional updates.
 */
@Entity
@Table(name = "xapi_statement")
public class XapiStatement {

    public static final int JSON_MAXLENGTH = 8000;
    public static final int ERROR_MAXLENGTH = 1000;

    /** Where a statement stands on its way to the LRS. */
    public enum State {
        /** Waiting for its (next) attempt, or for an LRS to be configured. */
        PENDING,
        /** Claimed by an instance that is posting it now. */
        SENDING,
        /** Accepted by the LRS (or held by it already: 409). */
        SENT,
        /** Refused by the LRS (a 4xx other than 409) when sent on its own; its answer is kept. */
        FAILED
    }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Column(nullable = false, length = 200)
    private String verb;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "stored_at", nullable = false)
    private LocalDateTime storedAt;

    @Column(name = "statement_json", nullable = false, length = JSON_MAXLENGTH)
    private String json;

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

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    protected XapiStatement() {
    }

    XapiStatement(String id, long actorId, String verb, Instant occurredAt, Instant storedAt, String json) {
        if (json.length() > JSON_MAXLENGTH) {
            throw new IllegalArgumentException("statement of " + json.length() + " characters");
        }
        this.id = id;
        this.actorId = actorId;
        this.verb = verb;
        this.occurredAt = UtcTime.toColumn(occurredAt);
        this.storedAt = UtcTime.toColumn(storedAt);
        this.json = json;
        this.nextAttemptAt = this.storedAt;
    }

    public String getId() {
        return id;
    }

    public long getActorId() {
        return actorId;
    }

    public String getVerb() {
        return verb;
    }

    public Instant getOccurredAt() {
        return UtcTime.fromColumn(occurredAt);
    }

    public Instant getStoredAt() {
        return UtcTime.fromColumn(storedAt);
    }

    /** The statement as sent to the LRS: without {@code stored}. */
    public String getJson() {
        return json;
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

    public Instant getSentAt() {
        return UtcTime.fromColumn(sentAt);
    }
}
