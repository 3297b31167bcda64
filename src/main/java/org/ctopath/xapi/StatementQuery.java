package org.ctopath.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.ctopath.platform.UtcTime;
import org.ctopath.identity.Caller;
import org.ctopath.platform.Restricted;
import org.ctopath.identity.Account;
import org.ctopath.identity.Role;

/**
 * Reads the stored statements in the order of {@code stored} (then id), filtered, a page at a time:
 * a page continues after the (stored, id) of the last statement of the one before, so that
 * statements stored meanwhile neither repeat nor shift a page. Conditions on the statement's JSON
 * (its activity, a related agent) are narrowed down in the database by the text they must contain
 * and decided on the parsed statement, so a page holds only statements that truly match.
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

    /**
     * What to read: actors (null: everyone), verb IRI, stored after {@code since} and up to {@code until},
     * the order, from a cursor on; only those whose object is the {@code activity} (or, with {@code
     * relatedActivities}, that name it among their context activities too); only those in which the
     * {@code relatedAgent} (an xAPI account object) is the actor or the instructor; only the statement
     * {@code statementId}. Null or false: no such condition.
     */
    public record Filter(Collection<Long> actorIds, String verb, Instant since, Instant until, boolean ascending, Cursor after,
                         String activity, boolean relatedActivities, JsonObject relatedAgent, String statementId) {

        public Filter(Collection<Long> actorIds, String verb, Instant since, boolean ascending, Cursor after) {
            this(actorIds, verb, since, null, ascending, after, null, false, null, null);
        }

        /** The same filter from another cursor on. */
        Filter from(Cursor cursor) {
            return new Filter(actorIds, verb, since, until, ascending, cursor, activity, relatedActivities, relatedAgent, statementId);
        }

        /** Whether the statement meets the conditions on its JSON, which the database only narrows down. */
        boolean matches(XapiStatement statement) {
            if (activity == null && relatedAgent == null) {
                return true;
            }
            JsonObject json = Statements.parse(statement.getJson());
            JsonObject context = json.get("context") instanceof JsonObject c ? c : JsonValue.EMPTY_JSON_OBJECT;
            if (activity != null && !(json.get("object") instanceof JsonObject object && activity.equals(object.getString("id", null))
                    || relatedActivities && context.get("contextActivities") instanceof JsonObject activities && activities.values().stream()
                    .flatMap(v -> v instanceof JsonArray array ? array.stream() : java.util.stream.Stream.of(v))
                    .anyMatch(a -> a instanceof JsonObject o && activity.equals(o.getString("id", null))))) {
                return false;
            }
            return relatedAgent == null || Stream.of(json.get("actor"), context.get("instructor"))
                    .anyMatch(agent -> agent instanceof JsonObject a && relatedAgent.equals(a.get("account")));
        }
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
        List<XapiStatement> found = new ArrayList<>();
        Filter next = filter;
        while (true) { // the database narrows the activity and agent down; the JSON decides
            List<XapiStatement> batch = select(next, max);
            batch.stream().filter(filter::matches).limit(max - found.size()).forEach(found::add);
            if (found.size() >= max || batch.size() < max) {
                return found;
            }
            XapiStatement last = batch.get(batch.size() - 1);
            next = filter.from(new Cursor(last.getStoredAt(), last.getId()));
        }
    }

    private List<XapiStatement> select(Filter filter, int max) {
        StringBuilder jpql = new StringBuilder("SELECT s FROM XapiStatement s WHERE 1 = 1");
        if (filter.actorIds() != null) {
            jpql.append(" AND s.actorId IN :actors");
        }
        if (filter.statementId() != null) {
            jpql.append(" AND s.id = :id");
        }
        if (filter.verb() != null) {
            jpql.append(" AND s.verb = :verb");
        }
        if (filter.since() != null) {
            jpql.append(" AND s.storedAt > :since");
        }
        if (filter.until() != null) {
            jpql.append(" AND s.storedAt <= :until");
        }
        if (filter.activity() != null) {
            jpql.append(" AND s.json LIKE :activity ESCAPE '!'");
        }
        if (filter.relatedAgent() != null) {
            jpql.append(" AND s.json LIKE :agent ESCAPE '!'");
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
        if (filter.statementId() != null) {
            query.setParameter("id", filter.statementId());
        }
        if (filter.verb() != null) {
            query.setParameter("verb", filter.verb());
        }
        if (filter.since() != null) {
            query.setParameter("since", UtcTime.toColumn(filter.since()));
        }
        if (filter.until() != null) {
            query.setParameter("until", UtcTime.toColumn(filter.until()));
        }
        if (filter.activity() != null) {
            query.setParameter("activity", containing(Json.createValue(filter.activity()).toString())); // the IRI as a JSON string
        }
        if (filter.relatedAgent() != null) {
            query.setParameter("agent", containing(filter.relatedAgent().toString())); // the account as the statements write it
        }
        if (filter.after() != null) {
            query.setParameter("afterStored", UtcTime.toColumn(filter.after().stored())).setParameter("afterId", filter.after().id());
        }
        return query.setMaxResults(max).getResultList();
    }

    /** A LIKE pattern for text containing {@code part} literally ('!' escapes). */
    static String containing(String part) {
        return "%" + part.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
