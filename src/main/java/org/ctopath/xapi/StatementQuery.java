package org.ctopath.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.ctopath.platform.UtcTime;
import org.ctopath.identity.Caller;
import org.ctopath.platform.Restricted;
import org.ctopath.identity.Account;
import org.ctopath.identity.Role;

/**
 * Reads the stored statements in the order of {@code stored} (then id), filtered, a page at a time:
 * a page continues after the (stored, id) of the last statement of the one before, so that
 * statements stored meanwhile neither repeat nor shift a page.
 */
@ApplicationScoped
@Transactional
@Restricted
public class StatementQuery {

    /** Where a page starts: after the statement stored at {@code stored} with {@code id}. */
    public record Cursor(Instant stored, String id) {

        /** As the {@code more} address carries it: epoch milliseconds, a dot, the statement id. */
        public String text() {
            return stored.toEpochMilli() + "." + id;
        }

        /** The cursor of {@link #text()}; IllegalArgumentException for anything else. */
        public static Cursor parse(String text) {
            int dot = text.indexOf('.');
            if (dot < 1 || !text.substring(dot + 1).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
                throw new IllegalArgumentException("not a cursor");
            }
            return new Cursor(Instant.ofEpochMilli(Long.parseLong(text.substring(0, dot))), text.substring(dot + 1));
        }
    }

    /** What to read: actors (null: everyone), verb IRI, stored after {@code since}, the order, from a cursor on. */
    public record Filter(Collection<Long> actorIds, String verb, Instant since, boolean ascending, Cursor after) {
    }

    @Inject
    Caller caller;

    @PersistenceContext
    EntityManager em;

    /** Everyone's statements are the administrators'; named actors must each be in the caller's sight. */
    private void checkSight(Filter filter) {
        if (filter.actorIds() == null) {
            caller.require(Role.ADMIN);
            return;
        }
        for (Long id : filter.actorIds()) {
            caller.requireSight(id == null ? null : em.find(Account.class, id));
        }
    }

    /** Up to {@code max} statements of the filter. */
    public List<XapiStatement> read(Filter filter, int max) {
        checkSight(filter);
        if (filter.actorIds() != null && filter.actorIds().isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("SELECT s FROM XapiStatement s WHERE 1 = 1");
        if (filter.actorIds() != null) {
            jpql.append(" AND s.actorId IN :actors");
        }
        if (filter.verb() != null) {
            jpql.append(" AND s.verb = :verb");
        }
        if (filter.since() != null) {
            jpql.append(" AND s.storedAt > :since");
        }
        String beyond = filter.ascending() ? ">" : "<";
        if (filter.after() != null) {
            jpql.append(" AND (s.storedAt ").append(beyond).append(" :afterStored OR (s.storedAt = :afterStored AND s.id ")
                    .append(beyond).append(" :afterId))");
        }
        String direction = filter.ascending() ? " ASC" : " DESC";
        jpql.append(" ORDER BY s.storedAt").append(direction).append(", s.id").append(direction);
        TypedQuery<XapiStatement> query = em.createQuery(jpql.toString(), XapiStatement.class);
        if (filter.actorIds() != null) {
            query.setParameter("actors", filter.actorIds());
        }
        if (filter.verb() != null) {
            query.setParameter("verb", filter.verb());
        }
        if (filter.since() != null) {
            query.setParameter("since", UtcTime.toColumn(filter.since()));
        }
        if (filter.after() != null) {
            query.setParameter("afterStored", UtcTime.toColumn(filter.after().stored())).setParameter("afterId", filter.after().id());
        }
        return query.setMaxResults(max).getResultList();
    }
}
