-- Open Badges 3.0. The instance's signing key is made by the application on first need and kept
-- here, so that every instance of a cluster signs with the same key and its public half, published
-- at /.well-known/jwks.json, survives restarts. The one row per purpose ('SIGNING') is what makes
-- the first creation race-safe: the instance that loses the insert reads the winner's key.
CREATE TABLE badge_signing_key (
    kid         VARCHAR(64)   NOT NULL PRIMARY KEY,
    purpose     VARCHAR(16)   NOT NULL,
    jwk         VARCHAR(8000) NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    CONSTRAINT uq_badge_signing_key_purpose UNIQUE (purpose)
);

-- Each credential issued: one per achievement (a passed attempt, a completed plan), so that asking
-- again gives the same credential. The signed text is kept as issued.
CREATE SEQUENCE badge_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE issued_badge (
    id             BIGINT         NOT NULL PRIMARY KEY,
    account_id     BIGINT         NOT NULL,
    kind           VARCHAR(16)    NOT NULL,
    subject_id     BIGINT         NOT NULL,
    credential_id  VARCHAR(64)    NOT NULL,
    issued_at      TIMESTAMP      NOT NULL,
    credential     VARCHAR(20000) NOT NULL,
    CONSTRAINT fk_issued_badge_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uq_issued_badge_subject UNIQUE (kind, subject_id),
    CONSTRAINT uq_issued_badge_credential UNIQUE (credential_id),
    CONSTRAINT ck_issued_badge_kind CHECK (kind IN ('CERTIFICATION', 'PLAN'))
);
CREATE INDEX ix_issued_badge_account ON issued_badge (account_id);
