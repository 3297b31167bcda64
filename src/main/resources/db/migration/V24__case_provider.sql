-- The CASE 1.1 provider (/ims/case/v1p1): who may read the frameworks there, as an administrator
-- chooses on /admin/framework/exchange. One row. TOKEN (the default): a personal access token of
-- any signed-in role, or the provider's own token, whose SHA-256 hash alone is kept; PUBLIC: anyone.
CREATE TABLE case_provider (
    id             INTEGER      NOT NULL PRIMARY KEY,
    access_mode    VARCHAR(16)  NOT NULL,
    token_hash     VARCHAR(64),
    token_start    VARCHAR(16),
    token_made_at  TIMESTAMP,
    version        BIGINT       NOT NULL,
    CONSTRAINT ck_case_provider_one CHECK (id = 1),
    CONSTRAINT ck_case_provider_access CHECK (access_mode IN ('TOKEN', 'PUBLIC'))
);
INSERT INTO case_provider (id, access_mode, version) VALUES (1, 'TOKEN', 0);
