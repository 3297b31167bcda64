-- Schema valid on H2 2.x and PostgreSQL alike: plain SQL types, sequences for ids.

CREATE SEQUENCE account_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE login_failure_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE competency_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE account (
    id              BIGINT       NOT NULL PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    email           VARCHAR(254),
    password_hash   VARCHAR(512) NOT NULL,
    active          BOOLEAN      NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uq_account_username UNIQUE (username)
);

CREATE TABLE account_role (
    account_id  BIGINT      NOT NULL,
    role        VARCHAR(20) NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_account_role CHECK (role IN ('LEARNER', 'MENTOR', 'ADMIN'))
);

-- Failed sign-ins, kept to throttle guessing per username (shared by every instance).
CREATE TABLE login_failure (
    id          BIGINT      NOT NULL PRIMARY KEY,
    username    VARCHAR(64) NOT NULL,
    failed_at   TIMESTAMP   NOT NULL
);
CREATE INDEX ix_login_failure_username_time ON login_failure (username, failed_at);
CREATE INDEX ix_login_failure_time ON login_failure (failed_at);

CREATE TABLE proficiency_scale (
    id          BIGINT        NOT NULL PRIMARY KEY,
    code        VARCHAR(32)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(4000),
    CONSTRAINT uq_proficiency_scale_code UNIQUE (code)
);

CREATE TABLE proficiency_level (
    id          BIGINT        NOT NULL PRIMARY KEY,
    scale_id    BIGINT        NOT NULL,
    ordinal     INTEGER       NOT NULL,
    code        VARCHAR(16)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_proficiency_level_scale FOREIGN KEY (scale_id) REFERENCES proficiency_scale (id),
    CONSTRAINT uq_proficiency_level_ordinal UNIQUE (scale_id, ordinal),
    CONSTRAINT uq_proficiency_level_code UNIQUE (scale_id, code)
);

CREATE TABLE skill (
    id          BIGINT        NOT NULL PRIMARY KEY,
    code        VARCHAR(32)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(4000),
    CONSTRAINT uq_skill_code UNIQUE (code)
);

-- Behavioural indicators: what a person at the target level "should be able to" do.
CREATE TABLE skill_indicator (
    skill_id    BIGINT        NOT NULL,
    position    INTEGER       NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_skill_indicator PRIMARY KEY (skill_id, position),
    CONSTRAINT fk_skill_indicator_skill FOREIGN KEY (skill_id) REFERENCES skill (id)
);

CREATE TABLE role_profile (
    id          BIGINT        NOT NULL PRIMARY KEY,
    code        VARCHAR(32)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    summary     VARCHAR(1000),
    purpose     VARCHAR(4000),
    scale_id    BIGINT        NOT NULL,
    CONSTRAINT uq_role_profile_code UNIQUE (code),
    CONSTRAINT fk_role_profile_scale FOREIGN KEY (scale_id) REFERENCES proficiency_scale (id)
);

CREATE TABLE role_profile_responsibility (
    role_profile_id BIGINT        NOT NULL,
    position        INTEGER       NOT NULL,
    text            VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_role_profile_responsibility PRIMARY KEY (role_profile_id, position),
    CONSTRAINT fk_role_profile_responsibility FOREIGN KEY (role_profile_id) REFERENCES role_profile (id)
);

-- The level a role profile expects in each of its skills.
CREATE TABLE role_profile_skill (
    id               BIGINT  NOT NULL PRIMARY KEY,
    role_profile_id  BIGINT  NOT NULL,
    skill_id         BIGINT  NOT NULL,
    target_level_id  BIGINT  NOT NULL,
    position         INTEGER NOT NULL,
    CONSTRAINT uq_role_profile_skill UNIQUE (role_profile_id, skill_id),
    CONSTRAINT fk_role_profile_skill_profile FOREIGN KEY (role_profile_id) REFERENCES role_profile (id),
    CONSTRAINT fk_role_profile_skill_skill FOREIGN KEY (skill_id) REFERENCES skill (id),
    CONSTRAINT fk_role_profile_skill_level FOREIGN KEY (target_level_id) REFERENCES proficiency_level (id)
);
