package org.ctopath.generator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.ctopath.audit.AuditAction;
import org.ctopath.audit.AuditLog;
import org.ctopath.platform.Restricted;

/** Puts a generator run in the audit log, in a transaction of its own (the run commits on its own connection). */
@ApplicationScoped
@Restricted("ADMIN")
public class GenerationAudit {

    @Inject
    AuditLog audit;

    @Transactional
    public void generated(Generator.Options options, Generator.Summary summary) {
        audit.record(AuditAction.IMPORT, "GeneratedData", options.prefix(), "Generated " + options.learners() + " learners with the prefix "
                + options.prefix() + " from the seed " + options.seed() + ": " + summary.describe());
    }
}
