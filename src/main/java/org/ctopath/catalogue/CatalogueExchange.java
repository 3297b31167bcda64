package org.ctopath.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ctopath.audit.AuditAction;
import org.ctopath.audit.AuditLog;
import org.ctopath.platform.Restricted;

/**
 * The catalogue in and out as CSV ({@link CatalogueCsv}): export every resource on offer; import a
 * file whole or not at all, in one transaction, after every row has been checked.
 */
@ApplicationScoped
@Transactional
@Restricted("ADMIN")
public class CatalogueExchange {

    static final String CATALOGUE = "Catalogue";

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogueAdministration administration;

    @Inject
    AuditLog audit;

    /** What an import did: the problems that stopped it, or the codes it created and updated. */
    public record Outcome(List<CatalogueCsv.Problem> problems, List<String> created, List<String> updated, int unchanged)
            implements Serializable {

        public boolean isApplied() {
            return problems.isEmpty();
        }

        public String getSummary() {
            return created.size() + " created, " + updated.size() + " updated, " + unchanged + " unchanged";
        }
    }

    /** Every resource on offer (archived ones stay out), by code, as a CSV file in UTF-8. */
    public byte[] export() {
        List<ResourceData> resources = new ArrayList<>();
        for (String code : em.createQuery("select r.code from LearningResource r where r.archived = false order by r.code", String.class)
                .getResultList()) {
            resources.add(administration.resource(code).orElseThrow());
        }
        return CatalogueCsv.write(resources);
    }

    /**
     * Imports a file: rows whose code exists update that resource (an archived one stays archived,
     * exam notes, which the file has no column for, stay as they are), other rows create one. Nothing
     * is saved unless every row is right.
     */
    public Outcome importCsv(String fileName, byte[] file) {
        CatalogueCsv.Plan plan = CatalogueCsv.check(file, administration.facts());
        if (!plan.isValid()) {
            return new Outcome(plan.problems(), List.of(), List.of(), 0);
        }
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        int unchanged = 0;
        for (CatalogueCsv.Row row : plan.rows()) {
            ResourceData data = row.data();
            if (row.creating()) {
                administration.apply(data, true);
                created.add(data.getCode());
                continue;
            }
            ResourceData before = administration.resource(data.getCode()).orElseThrow();
            data.setExamNotes(before.getExamNotes());
            if (Changes.between(before.describe(), data.describe()).isEmpty()) {
                unchanged++;
            } else {
                // the version counts certification facts too, so that an edit begun before the import is refused
                em.lock(administration.apply(data, false), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                updated.add(data.getCode());
            }
        }
        Outcome outcome = new Outcome(List.of(), created, updated, unchanged);
        audit.record(AuditAction.IMPORT, CATALOGUE, "CSV", (fileName == null ? "" : "'" + fileName + "': ")
                + outcome.getSummary()
                + (created.isEmpty() ? "" : "; created: " + String.join(", ", created))
                + (updated.isEmpty() ? "" : "; updated: " + String.join(", ", updated)));
        return outcome;
    }
}
