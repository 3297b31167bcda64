-- Notifications: what a person is told in the app (the bell), the mail that goes with it through
-- an outbox, and the reminders already sent, so that each goes once across restarts and instances.
CREATE SEQUENCE notification_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE notification (
    id            BIGINT         NOT NULL PRIMARY KEY,
    recipient_id  BIGINT         NOT NULL,
    subject       VARCHAR(200)   NOT NULL,
    body          VARCHAR(4000)  NOT NULL,
    link          VARCHAR(500),
    created_at    TIMESTAMP      NOT NULL,
    read_at       TIMESTAMP,
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES account (id)
);
CREATE INDEX ix_notification_recipient ON notification (recipient_id, created_at);
CREATE INDEX ix_notification_unread ON notification (recipient_id, read_at);

-- Mail waiting to go, written in the transaction of what caused it. An instance claims a row by a
-- conditional UPDATE (PENDING and due, or SENDING with an expired claim) before sending it, so
-- several instances never send one row twice; a failed attempt is retried later, a bounded number
-- of times, with the last error kept.
CREATE TABLE mail_outbox (
    id               BIGINT          NOT NULL PRIMARY KEY,
    notification_id  BIGINT,
    recipient        VARCHAR(254)    NOT NULL,
    subject          VARCHAR(200)    NOT NULL,
    body             VARCHAR(8000)   NOT NULL,
    state            VARCHAR(8)      NOT NULL,
    attempts         INTEGER         DEFAULT 0 NOT NULL,
    next_attempt_at  TIMESTAMP       NOT NULL,
    claimed_by       VARCHAR(64),
    claimed_until    TIMESTAMP,
    last_error       VARCHAR(1000),
    created_at       TIMESTAMP       NOT NULL,
    sent_at          TIMESTAMP,
    CONSTRAINT fk_mail_outbox_notification FOREIGN KEY (notification_id) REFERENCES notification (id),
    CONSTRAINT ck_mail_outbox_state CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'LOGGED', 'FAILED')),
    CONSTRAINT ck_mail_outbox_attempts CHECK (attempts >= 0)
);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (state, next_attempt_at);

-- One row per reminder sent: kind, what it is about (a plan item, or the mentor for a digest), to
-- whom, and for which date (the item's due date, or the digest's day). The key is written before
-- the reminder in the same transaction; a second writer of the same key fails and sends nothing.
CREATE TABLE reminder_sent (
    kind           VARCHAR(24)  NOT NULL,
    subject_id     BIGINT       NOT NULL,
    recipient_id   BIGINT       NOT NULL,
    reminder_date  DATE         NOT NULL,
    sent_at        TIMESTAMP    NOT NULL,
    CONSTRAINT pk_reminder_sent PRIMARY KEY (kind, subject_id, recipient_id, reminder_date),
    CONSTRAINT fk_reminder_sent_recipient FOREIGN KEY (recipient_id) REFERENCES account (id)
);
