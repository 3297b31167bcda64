-- Self-assessment: the role each learner aims for, and every rating of a skill with its date, so a
-- skill shows its trend. Mentor-confirmed ratings (source MENTOR) count over self ratings.
CREATE SEQUENCE assessment_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE learner_target (
    account_id       BIGINT    NOT NULL PRIMARY KEY,
    role_profile_id  BIGINT    NOT NULL,
    chosen_at        TIMESTAMP NOT NULL,
    version          BIGINT    DEFAULT 0 NOT NULL,
    CONSTRAINT fk_learner_target_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_learner_target_profile FOREIGN KEY (role_profile_id) REFERENCES role_profile (id)
);

CREATE TABLE skill_rating (
    id            BIGINT        NOT NULL PRIMARY KEY,
    account_id    BIGINT        NOT NULL,
    skill_id      BIGINT        NOT NULL,
    level_ordinal INTEGER       NOT NULL,
    note          VARCHAR(1000),
    evidence_url  VARCHAR(1000),
    source        VARCHAR(16)   NOT NULL,
    rated_by      VARCHAR(64)   NOT NULL,
    rated_at      TIMESTAMP     NOT NULL,
    CONSTRAINT fk_skill_rating_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_skill_rating_skill FOREIGN KEY (skill_id) REFERENCES skill (id),
    CONSTRAINT ck_skill_rating_level CHECK (level_ordinal >= 0),
    CONSTRAINT ck_skill_rating_source CHECK (source IN ('SELF', 'MENTOR'))
);
CREATE INDEX ix_skill_rating_account_skill ON skill_rating (account_id, skill_id, rated_at);
