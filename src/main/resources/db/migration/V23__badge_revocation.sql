-- Revoking a badge: when, by whom and why. A badge's bit in the published Bitstring Status List is
-- its number (issued_badge.id), so revoking sets these columns and nothing else; a badge is revoked
-- at most once (a revoked badge stays revoked).
ALTER TABLE issued_badge ADD COLUMN revoked_at TIMESTAMP;
ALTER TABLE issued_badge ADD COLUMN revoked_by VARCHAR(64);
ALTER TABLE issued_badge ADD COLUMN revocation_reason VARCHAR(500);
ALTER TABLE issued_badge ADD CONSTRAINT ck_issued_badge_revocation
    CHECK ((revoked_at IS NULL AND revoked_by IS NULL AND revocation_reason IS NULL)
        OR (revoked_at IS NOT NULL AND revoked_by IS NOT NULL AND revocation_reason IS NOT NULL));
CREATE INDEX ix_issued_badge_revoked ON issued_badge (revoked_at);
