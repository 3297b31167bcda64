-- xAPI 1.0.3 statements of learning events (item progressed or completed, plan completed, exam
-- passed or failed, rating confirmed), written in the transaction of the event itself, so that a
-- statement exists exactly when its change committed. Each row is also the statement's entry in the
-- outbox towards a Learning Record Store: an instance claims rows by a conditional UPDATE (PENDING
-- and due, or SENDING with an expired claim) before posting them, so that several instances never
-- post one row twice; a failed post is retried later, and the last error is kept.
CREATE TABLE xapi_statement (
    id               VARCHAR(36)    NOT NULL PRIMARY KEY,
    actor_id         BIGINT         NOT NULL,
    verb             VARCHAR(200)   NOT NULL,
    occurred_at      TIMESTAMP      NOT NULL,
    stored_at        TIMESTAMP      NOT NULL,
    statement_json   VARCHAR(8000)  NOT NULL,
    state            VARCHAR(8)     NOT NULL,
    attempts         INTEGER        DEFAULT 0 NOT NULL,
    next_attempt_at  TIMESTAMP      NOT NULL,
    claimed_by       VARCHAR(64),
    claimed_until    TIMESTAMP,
    last_error       VARCHAR(1000),
    sent_at          TIMESTAMP,
    CONSTRAINT fk_xapi_statement_actor FOREIGN KEY (actor_id) REFERENCES account (id),
    CONSTRAINT ck_xapi_statement_state CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    CONSTRAINT ck_xapi_statement_attempts CHECK (attempts >= 0)
);
-- Reading: by person and by time stored (the API's order and filters).
CREATE INDEX ix_xapi_statement_actor ON xapi_statement (actor_id, stored_at);
CREATE INDEX ix_xapi_statement_stored ON xapi_statement (stored_at, id);
-- Forwarding: what is due.
CREATE INDEX ix_xapi_statement_due ON xapi_statement (state, next_attempt_at);
