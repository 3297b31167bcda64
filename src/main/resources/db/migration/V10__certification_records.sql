-- A learner's certification attempts and the CPD they log to keep a scheme's certificates current.
CREATE SEQUENCE record_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE certification_attempt (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    account_id          BIGINT       NOT NULL,
    certification_id    BIGINT       NOT NULL,
    attempted_on        DATE         NOT NULL,
    score               INTEGER,
    passed              BOOLEAN      NOT NULL,
    certificate_number  VARCHAR(64),
    recorded_at         TIMESTAMP    NOT NULL,
    CONSTRAINT fk_cert_attempt_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_cert_attempt_certification FOREIGN KEY (certification_id) REFERENCES certification (resource_id),
    CONSTRAINT ck_cert_attempt_score CHECK (score IS NULL OR score >= 0)
);
CREATE INDEX ix_cert_attempt_account ON certification_attempt (account_id, attempted_on);

CREATE TABLE cpd_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    account_id   BIGINT        NOT NULL,
    scheme_id    BIGINT        NOT NULL,
    earned_on    DATE          NOT NULL,
    points       DECIMAL(5, 1) NOT NULL,
    category     VARCHAR(16)   NOT NULL,
    description  VARCHAR(500)  NOT NULL,
    recorded_at  TIMESTAMP     NOT NULL,
    CONSTRAINT fk_cpd_entry_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_cpd_entry_scheme FOREIGN KEY (scheme_id) REFERENCES certification_scheme (id),
    CONSTRAINT ck_cpd_entry_points CHECK (points > 0),
    CONSTRAINT ck_cpd_entry_category CHECK (category IN ('EXPERIENCE', 'EDUCATION', 'OTHER'))
);
CREATE INDEX ix_cpd_entry_account ON cpd_entry (account_id, scheme_id, earned_on);
