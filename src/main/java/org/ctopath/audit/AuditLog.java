package org.ctopath.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.ctopath.platform.CallerIdentity;
import org.ctopath.platform.Like;
import org.ctopath.platform.Restricted;
import org.ctopath.platform.RunAs;

/**
 * Records every administrative change in the transaction that makes it, so the log and the data
 * never disagree, and reads the log back for administrators, newest first.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerIdentity caller;

    Clock clock = Clock.systemUTC();

    /** Records a change by the caller (the signed-in person, or the system); joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    @Restricted
    public void record(AuditAction action, String entityType, String entityCode, String details) {
        String actor = caller.current().map(RunAs.Identity::username).orElse("system");
        em.persist(new AuditEntry(clock.instant(), actor, action, entityType, entityCode, details));
    }

    @Transactional
    @Restricted("ADMIN")
    public List<AuditEntry> page(String filter, int first, int pageSize) {
        TypedQuery<AuditEntry> query = em.createQuery("select e from AuditEntry e" + where(filter)
                + " order by e.occurredAt desc, e.id desc", AuditEntry.class);
        bind(query, filter);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    @Transactional
    @Restricted("ADMIN")
    public long count(String filter) {
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEntry e" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private static String where(String filter) {
        return filter == null || filter.isBlank() ? ""
                : " where lower(e.entityCode) like :f or lower(e.entityType) like :f or lower(e.actor) like :f";
    }

    private static void bind(TypedQuery<?> query, String filter) {
        if (filter != null && !filter.isBlank()) {
            query.setParameter("f", Like.containing(filter));
        }
    }
}
