-- Personal access tokens for the API. Only a SHA-256 hash of each token is kept; the token itself is
-- shown once, when it is made. A token acts as its owner until it expires or is revoked.
CREATE SEQUENCE access_token_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE access_token (
    id            BIGINT        NOT NULL PRIMARY KEY,
    account_id    BIGINT        NOT NULL,
    name          VARCHAR(100)  NOT NULL,
    token_hash    VARCHAR(64)   NOT NULL,
    token_start   VARCHAR(12)   NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    expires_at    TIMESTAMP     NOT NULL,
    last_used_at  TIMESTAMP,
    revoked_at    TIMESTAMP,
    CONSTRAINT fk_access_token_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uq_access_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_access_token_account ON access_token (account_id);
