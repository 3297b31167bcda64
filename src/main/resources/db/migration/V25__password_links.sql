-- Single-use links that let a person set their password: an invitation an administrator sends (to
-- people imported without a password, or anyone) and the reset a person asks for on the sign-in
-- page. Only the SHA-256 hash of the link's 256-bit secret is kept; a link works once, until it
-- expires, and a new password ends every other open link of the account.
CREATE SEQUENCE password_link_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE password_link (
    id          BIGINT      NOT NULL PRIMARY KEY,
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    purpose     VARCHAR(16) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP   NOT NULL,
    expires_at  TIMESTAMP   NOT NULL,
    used_at     TIMESTAMP,
    CONSTRAINT uq_password_link_token UNIQUE (token_hash),
    CONSTRAINT ck_password_link_purpose CHECK (purpose IN ('INVITATION', 'RESET'))
);
CREATE INDEX ix_password_link_account ON password_link (account_id, purpose, created_at);
