package org.ctopath.audit;

/** What an administrator did to a thing. */
public enum AuditAction {
    CREATE, UPDATE, ARCHIVE, RESTORE, IMPORT, DELETE
}
