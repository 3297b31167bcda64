-- Indexes for the administrators' reports (org.ctopath.reporting.ReportSql), which aggregate over
-- every learner: the population (learners by target profile; by role is V16's index), attempts by certification,
-- plan items by resource and by due date, plans by creation date, the latest rating of each source.
CREATE INDEX ix_learner_target_profile ON learner_target (role_profile_id);
CREATE INDEX ix_cert_attempt_certification ON certification_attempt (certification_id, account_id, passed, attempted_on);
CREATE INDEX ix_plan_item_resource ON plan_item (resource_id, status);
CREATE INDEX ix_plan_item_due ON plan_item (status, due_date);
CREATE INDEX ix_development_plan_created ON development_plan (created_at, account_id);
CREATE INDEX ix_skill_rating_latest ON skill_rating (account_id, skill_id, source, rated_at);
CREATE INDEX ix_designation_certification_cert ON designation_certification (certification_id);
CREATE INDEX ix_mentor_relation_current ON mentor_relation (learner_id, ended_at);
