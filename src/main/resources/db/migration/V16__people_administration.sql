-- People administration: deleting an empty team is recorded in the audit log, and the people list
-- filters by role and sorts by name in the database.
ALTER TABLE audit_entry DROP CONSTRAINT ck_audit_entry_action;
ALTER TABLE audit_entry ADD CONSTRAINT ck_audit_entry_action
    CHECK (action IN ('CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE', 'IMPORT', 'DELETE'));

CREATE INDEX ix_account_role_role ON account_role (role, account_id);
CREATE INDEX ix_account_display_name ON account (display_name);
