-- Files learners upload: evidence for a rating, a certificate for an attempt. Kept in the database
-- so that every instance serves them; BYTEA is binary on PostgreSQL and an alias of VARBINARY on H2.
CREATE SEQUENCE file_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE stored_file (
    id            BIGINT        NOT NULL PRIMARY KEY,
    owner_id      BIGINT        NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    content       BYTEA         NOT NULL,
    uploaded_at   TIMESTAMP     NOT NULL,
    CONSTRAINT fk_stored_file_owner FOREIGN KEY (owner_id) REFERENCES account (id),
    CONSTRAINT ck_stored_file_size CHECK (size_bytes > 0 AND size_bytes <= 5242880)
);
CREATE INDEX ix_stored_file_owner ON stored_file (owner_id);

ALTER TABLE skill_rating ADD COLUMN evidence_file_id BIGINT;
ALTER TABLE skill_rating ADD CONSTRAINT fk_skill_rating_evidence_file FOREIGN KEY (evidence_file_id) REFERENCES stored_file (id);

ALTER TABLE certification_attempt ADD COLUMN certificate_file_id BIGINT;
ALTER TABLE certification_attempt ADD CONSTRAINT fk_cert_attempt_file FOREIGN KEY (certificate_file_id) REFERENCES stored_file (id);
