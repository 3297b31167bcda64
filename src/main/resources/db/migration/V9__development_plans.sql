-- Development plans: a learner's scheduled learning items and their progress.
CREATE SEQUENCE plan_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE development_plan (
    id            BIGINT        NOT NULL PRIMARY KEY,
    account_id    BIGINT        NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    start_date    DATE          NOT NULL,
    weekly_hours  DECIMAL(5, 1) NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    version       BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT fk_development_plan_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_development_plan_state CHECK (state IN ('DRAFT', 'ACTIVE', 'COMPLETED', 'ARCHIVED')),
    CONSTRAINT ck_development_plan_hours CHECK (weekly_hours > 0)
);
CREATE INDEX ix_development_plan_account ON development_plan (account_id);

CREATE TABLE plan_item (
    id            BIGINT        NOT NULL PRIMARY KEY,
    plan_id       BIGINT        NOT NULL,
    resource_id   BIGINT        NOT NULL,
    skill_id      BIGINT,
    position      INTEGER       NOT NULL,
    fixed_start   DATE,
    planned_start DATE          NOT NULL,
    due_date      DATE          NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    percent_done  INTEGER       DEFAULT 0 NOT NULL,
    hours_spent   DECIMAL(7, 1) DEFAULT 0 NOT NULL,
    skip_reason   VARCHAR(1000),
    completed_at  TIMESTAMP,
    version       BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT fk_plan_item_plan FOREIGN KEY (plan_id) REFERENCES development_plan (id),
    CONSTRAINT fk_plan_item_resource FOREIGN KEY (resource_id) REFERENCES learning_resource (id),
    CONSTRAINT fk_plan_item_skill FOREIGN KEY (skill_id) REFERENCES skill (id),
    CONSTRAINT uq_plan_item_resource UNIQUE (plan_id, resource_id),
    CONSTRAINT ck_plan_item_status CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'SKIPPED')),
    CONSTRAINT ck_plan_item_percent CHECK (percent_done BETWEEN 0 AND 100),
    CONSTRAINT ck_plan_item_hours CHECK (hours_spent >= 0)
);
CREATE INDEX ix_plan_item_plan ON plan_item (plan_id, position);
