-- Optimistic locking for what administrators edit: two people saving the same thing at once must
-- not overwrite each other unseen.
ALTER TABLE skill ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE skill_group ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE role_profile ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE proficiency_scale ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
