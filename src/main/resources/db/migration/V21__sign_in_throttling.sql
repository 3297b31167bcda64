-- Sign-in throttling that an attacker cannot turn against a person (OWASP "Slow Down Online
-- Guessing Attacks with Device Cookies"). Failures are counted against a subject of a scope:
-- USERNAME (tries from browsers the person never signed in with), DEVICE (a recognised browser's
-- device cookie nonce) and ADDRESS (the client address, for tries from unrecognised browsers).
-- username is the normalised name tried, whatever the scope, so an administrator can clear a
-- person's counters. Only the last quarter hour matters; older rows are deleted as new ones come.
-- The old per-username table held nothing but such short-lived counts.
DROP TABLE login_failure;
DROP SEQUENCE login_failure_seq;

CREATE SEQUENCE sign_in_failure_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE sign_in_failure (
    id         BIGINT      NOT NULL PRIMARY KEY,
    scope      VARCHAR(16) NOT NULL,
    subject    VARCHAR(64) NOT NULL,
    username   VARCHAR(64) NOT NULL,
    failed_at  TIMESTAMP   NOT NULL,
    CONSTRAINT ck_sign_in_failure_scope CHECK (scope IN ('USERNAME', 'DEVICE', 'ADDRESS'))
);
CREATE INDEX ix_sign_in_failure_subject ON sign_in_failure (scope, subject, failed_at);
CREATE INDEX ix_sign_in_failure_username ON sign_in_failure (username, scope);
CREATE INDEX ix_sign_in_failure_time ON sign_in_failure (failed_at);

-- The key device cookies are signed with (HMAC-SHA256), made by the application on first need and
-- shared by every instance. One row per purpose: the primary key makes the first creation race-safe.
CREATE TABLE sign_in_key (
    purpose     VARCHAR(32)  NOT NULL PRIMARY KEY,
    secret      VARCHAR(128) NOT NULL,
    created_at  TIMESTAMP    NOT NULL
);
