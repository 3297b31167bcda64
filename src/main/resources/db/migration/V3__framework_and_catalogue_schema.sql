-- Competency framework (frameworks, skill groups, external codes, proficiency threshold) and the
-- learning catalogue (resources, certifications, schemes, designations), plus the audit log.
-- Valid on H2 2.x and PostgreSQL alike. Shipped reference data takes ids below 900: EclipseLink
-- preallocates 50 ids below each sequence value it reads, so generated ids start at 951.

CREATE SEQUENCE catalogue_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE audit_seq START WITH 1000 INCREMENT BY 50;

-- The level from which a person counts as proficient in a skill (ordinal within the scale).
ALTER TABLE proficiency_scale ADD COLUMN threshold_ordinal INTEGER;

CREATE TABLE framework (
    id          BIGINT        NOT NULL PRIMARY KEY,
    code        VARCHAR(32)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(4000),
    scale_id    BIGINT        NOT NULL,
    archived    BOOLEAN       DEFAULT FALSE NOT NULL,
    CONSTRAINT uq_framework_code UNIQUE (code),
    CONSTRAINT fk_framework_scale FOREIGN KEY (scale_id) REFERENCES proficiency_scale (id)
);

CREATE TABLE skill_group (
    id           BIGINT        NOT NULL PRIMARY KEY,
    framework_id BIGINT        NOT NULL,
    code         VARCHAR(32)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(4000),
    position     INTEGER       NOT NULL,
    archived     BOOLEAN       DEFAULT FALSE NOT NULL,
    CONSTRAINT uq_skill_group_code UNIQUE (code),
    CONSTRAINT fk_skill_group_framework FOREIGN KEY (framework_id) REFERENCES framework (id)
);

-- A skill belongs to one group; e-CF and SFIA codes let frameworks be exchanged.
ALTER TABLE skill ADD COLUMN group_id BIGINT;
ALTER TABLE skill ADD COLUMN position INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE skill ADD COLUMN ecf_code VARCHAR(16);
ALTER TABLE skill ADD COLUMN sfia_code VARCHAR(16);
ALTER TABLE skill ADD COLUMN archived BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE skill ADD CONSTRAINT fk_skill_group FOREIGN KEY (group_id) REFERENCES skill_group (id);

ALTER TABLE role_profile ADD COLUMN archived BOOLEAN DEFAULT FALSE NOT NULL;

-- Learning resources of every kind. Certifications have a row in certification as well.
CREATE TABLE learning_resource (
    id            BIGINT         NOT NULL PRIMARY KEY,
    code          VARCHAR(32)    NOT NULL,
    kind          VARCHAR(24)    NOT NULL,
    title         VARCHAR(300)   NOT NULL,
    provider      VARCHAR(200)   NOT NULL,
    url           VARCHAR(1000),
    language      VARCHAR(8)     DEFAULT 'en' NOT NULL,
    effort_hours  DECIMAL(7, 1)  NOT NULL,
    cost_amount   DECIMAL(10, 2),
    cost_currency VARCHAR(3),
    description   VARCHAR(4000),
    archived      BOOLEAN        DEFAULT FALSE NOT NULL,
    version       BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT uq_learning_resource_code UNIQUE (code),
    CONSTRAINT ck_learning_resource_kind CHECK (kind IN ('COURSE', 'BOOK', 'ARTICLE', 'VIDEO', 'WORKSHOP',
        'PROJECT', 'MENTORING', 'CERTIFICATION')),
    CONSTRAINT ck_learning_resource_effort CHECK (effort_hours >= 0),
    CONSTRAINT ck_learning_resource_cost CHECK (cost_amount IS NULL OR cost_amount >= 0)
);

-- The skills a resource builds, from one level of the skill's scale to a higher one (ordinals).
CREATE TABLE resource_skill (
    resource_id  BIGINT  NOT NULL,
    skill_id     BIGINT  NOT NULL,
    from_level   INTEGER NOT NULL,
    to_level     INTEGER NOT NULL,
    CONSTRAINT pk_resource_skill PRIMARY KEY (resource_id, skill_id),
    CONSTRAINT fk_resource_skill_resource FOREIGN KEY (resource_id) REFERENCES learning_resource (id),
    CONSTRAINT fk_resource_skill_skill FOREIGN KEY (skill_id) REFERENCES skill (id),
    CONSTRAINT ck_resource_skill_levels CHECK (from_level >= 0 AND from_level < to_level)
);

-- A certification scheme (ITIL 4, FinOps, ...) with its validity and renewal rule.
CREATE TABLE certification_scheme (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    code                 VARCHAR(32)   NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    issuing_body         VARCHAR(200)  NOT NULL,
    validity_months      INTEGER,
    shared_renewal_date  BOOLEAN       DEFAULT FALSE NOT NULL,
    cpd_points_per_year  INTEGER,
    renewal_rule         VARCHAR(2000),
    archived             BOOLEAN       DEFAULT FALSE NOT NULL,
    CONSTRAINT uq_certification_scheme_code UNIQUE (code),
    CONSTRAINT ck_certification_scheme_validity CHECK (validity_months IS NULL OR validity_months > 0)
);

CREATE TABLE certification (
    resource_id            BIGINT        NOT NULL PRIMARY KEY,
    scheme_id              BIGINT,
    issuing_body           VARCHAR(200)  NOT NULL,
    exam_questions         INTEGER,
    exam_pass_mark         INTEGER,
    exam_minutes           INTEGER,
    exam_minutes_non_native INTEGER,
    exam_notes             VARCHAR(2000),
    CONSTRAINT fk_certification_resource FOREIGN KEY (resource_id) REFERENCES learning_resource (id),
    CONSTRAINT fk_certification_scheme FOREIGN KEY (scheme_id) REFERENCES certification_scheme (id),
    CONSTRAINT ck_certification_exam CHECK (exam_pass_mark IS NULL OR exam_questions IS NULL
        OR (exam_pass_mark > 0 AND exam_pass_mark <= exam_questions))
);

-- Prerequisites form a graph; the application refuses cycles, the table refuses self-loops.
CREATE TABLE certification_prerequisite (
    certification_id BIGINT NOT NULL,
    prerequisite_id  BIGINT NOT NULL,
    CONSTRAINT pk_certification_prerequisite PRIMARY KEY (certification_id, prerequisite_id),
    CONSTRAINT fk_cert_prereq_certification FOREIGN KEY (certification_id) REFERENCES certification (resource_id),
    CONSTRAINT fk_cert_prereq_prerequisite FOREIGN KEY (prerequisite_id) REFERENCES certification (resource_id),
    CONSTRAINT ck_cert_prereq_not_self CHECK (certification_id <> prerequisite_id)
);

-- A designation is earned by holding every certification of a set (ITIL 4 Managing Professional, ...).
CREATE TABLE designation (
    id          BIGINT        NOT NULL PRIMARY KEY,
    code        VARCHAR(32)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    scheme_id   BIGINT,
    description VARCHAR(2000),
    archived    BOOLEAN       DEFAULT FALSE NOT NULL,
    CONSTRAINT uq_designation_code UNIQUE (code),
    CONSTRAINT fk_designation_scheme FOREIGN KEY (scheme_id) REFERENCES certification_scheme (id)
);

CREATE TABLE designation_certification (
    designation_id   BIGINT NOT NULL,
    certification_id BIGINT NOT NULL,
    CONSTRAINT pk_designation_certification PRIMARY KEY (designation_id, certification_id),
    CONSTRAINT fk_designation_cert_designation FOREIGN KEY (designation_id) REFERENCES designation (id),
    CONSTRAINT fk_designation_cert_certification FOREIGN KEY (certification_id) REFERENCES certification (resource_id)
);

-- Who changed what, when: every administrative change to the framework and the catalogue.
CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP     NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    action      VARCHAR(16)   NOT NULL,
    entity_type VARCHAR(64)   NOT NULL,
    entity_code VARCHAR(64)   NOT NULL,
    details     VARCHAR(4000),
    CONSTRAINT ck_audit_entry_action CHECK (action IN ('CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE', 'IMPORT'))
);
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_entity ON audit_entry (entity_type, entity_code);

CREATE INDEX ix_resource_skill_skill ON resource_skill (skill_id);
CREATE INDEX ix_skill_group ON skill (group_id);
