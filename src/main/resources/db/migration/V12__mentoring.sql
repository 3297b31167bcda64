-- Mentoring: who mentors whom (past relations kept), mentor-assigned plan items, plan review with
-- every transition recorded, comments on plan items with what each person has read, and the
-- verification of ratings and certification records.
CREATE SEQUENCE mentoring_seq START WITH 1000 INCREMENT BY 50;

-- A learner has one current (primary) mentor: current_learner_id holds learner_id while the relation
-- is current and NULL once it ended, so the unique constraint allows one current row per learner on
-- H2 and PostgreSQL alike (both let a unique column hold many NULLs).
CREATE TABLE mentor_relation (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    learner_id          BIGINT       NOT NULL,
    mentor_id           BIGINT       NOT NULL,
    current_learner_id  BIGINT,
    started_at          TIMESTAMP    NOT NULL,
    started_by          VARCHAR(64)  NOT NULL,
    ended_at            TIMESTAMP,
    ended_by            VARCHAR(64),
    version             BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT fk_mentor_relation_learner FOREIGN KEY (learner_id) REFERENCES account (id),
    CONSTRAINT fk_mentor_relation_mentor FOREIGN KEY (mentor_id) REFERENCES account (id),
    CONSTRAINT uq_mentor_relation_current UNIQUE (current_learner_id),
    CONSTRAINT ck_mentor_relation_self CHECK (learner_id <> mentor_id),
    CONSTRAINT ck_mentor_relation_current CHECK (
        (current_learner_id IS NULL AND ended_at IS NOT NULL) OR (current_learner_id = learner_id AND ended_at IS NULL))
);
CREATE INDEX ix_mentor_relation_mentor ON mentor_relation (mentor_id, ended_at);
CREATE INDEX ix_mentor_relation_learner ON mentor_relation (learner_id, started_at);

-- Plan review: draft -> waiting for review -> in review -> active, or back to draft with comments.
ALTER TABLE development_plan DROP CONSTRAINT ck_development_plan_state;
ALTER TABLE development_plan ALTER COLUMN state SET DATA TYPE VARCHAR(24);
ALTER TABLE development_plan ADD CONSTRAINT ck_development_plan_state
    CHECK (state IN ('DRAFT', 'WAITING_FOR_REVIEW', 'IN_REVIEW', 'ACTIVE', 'COMPLETED', 'ARCHIVED'));

CREATE TABLE plan_transition (
    id          BIGINT        NOT NULL PRIMARY KEY,
    plan_id     BIGINT        NOT NULL,
    from_state  VARCHAR(24),
    to_state    VARCHAR(24)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    at          TIMESTAMP     NOT NULL,
    comment     VARCHAR(4000),
    CONSTRAINT fk_plan_transition_plan FOREIGN KEY (plan_id) REFERENCES development_plan (id)
);
CREATE INDEX ix_plan_transition_plan ON plan_transition (plan_id, at);

-- An item a mentor assigned: the learner cannot remove it, and its due date is the mentor's.
ALTER TABLE plan_item ADD COLUMN assigned_by_id BIGINT;
ALTER TABLE plan_item ADD COLUMN assigned_at TIMESTAMP;
ALTER TABLE plan_item ADD COLUMN assignment_note VARCHAR(1000);
ALTER TABLE plan_item ADD COLUMN fixed_due DATE;
ALTER TABLE plan_item ADD CONSTRAINT fk_plan_item_assigned_by FOREIGN KEY (assigned_by_id) REFERENCES account (id);

CREATE TABLE item_comment (
    id          BIGINT        NOT NULL PRIMARY KEY,
    item_id     BIGINT        NOT NULL,
    author_id   BIGINT        NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    written_at  TIMESTAMP     NOT NULL,
    CONSTRAINT fk_item_comment_item FOREIGN KEY (item_id) REFERENCES plan_item (id),
    CONSTRAINT fk_item_comment_author FOREIGN KEY (author_id) REFERENCES account (id)
);
CREATE INDEX ix_item_comment_item ON item_comment (item_id, written_at);

-- The newest comment each person has seen on an item; later comments show as unread.
CREATE TABLE item_comment_read (
    item_id     BIGINT    NOT NULL,
    account_id  BIGINT    NOT NULL,
    read_up_to  BIGINT    NOT NULL,
    CONSTRAINT pk_item_comment_read PRIMARY KEY (item_id, account_id),
    CONSTRAINT fk_item_comment_read_item FOREIGN KEY (item_id) REFERENCES plan_item (id),
    CONSTRAINT fk_item_comment_read_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- A mentor's rating confirms or adjusts one self-rating; evidence and records can be verified.
ALTER TABLE skill_rating ADD COLUMN reviews_rating_id BIGINT;
ALTER TABLE skill_rating ADD COLUMN verified_by VARCHAR(64);
ALTER TABLE skill_rating ADD COLUMN verified_at TIMESTAMP;
ALTER TABLE skill_rating ADD CONSTRAINT fk_skill_rating_reviews FOREIGN KEY (reviews_rating_id) REFERENCES skill_rating (id);

ALTER TABLE certification_attempt ADD COLUMN verified_by VARCHAR(64);
ALTER TABLE certification_attempt ADD COLUMN verified_at TIMESTAMP;

-- The team a person belongs to, so an administrator can assign a mentor to a whole team at once.
ALTER TABLE account ADD COLUMN team VARCHAR(100);
