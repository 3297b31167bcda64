-- Scales can be archived like everything else administrators keep: out of every choice, history kept.
ALTER TABLE proficiency_scale ADD COLUMN archived BOOLEAN DEFAULT FALSE NOT NULL;
