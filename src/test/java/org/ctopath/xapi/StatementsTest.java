package org.ctopath.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.ctopath.catalogue.ResourceKind;
import org.junit.jupiter.api.Test;

/** The parts of statements, the LRS settings, the paging cursor and the retry pauses. */
class StatementsTest {

    private static final String APP = "https://ctopath.example";

    @Test
    void aStatementHasTheXapiShapeWithoutStored() {
        JsonObject actor = Statements.agent(APP, "alice", "Alice Example");
        JsonObject object = Statements.activity(Statements.activityId(APP, "resource", "BOOK A/B"), "A book",
                Statements.activityType(ResourceKind.BOOK));
        JsonObject statement = Statements.statement("3f1c1c0e-8f6b-4d1c-9d7e-0b5f1c2d3e4f", actor, Verb.COMPLETED, object, null,
                Statements.context(APP, null, null), Instant.parse("2026-11-23T10:15:30.123456Z"));

        assertEquals("1.0.3", statement.getString("version"));
        assertEquals("http://adlnet.gov/expapi/verbs/completed", statement.getJsonObject("verb").getString("id"));
        assertEquals("2026-11-23T10:15:30.123Z", statement.getString("timestamp"), "UTC, to the millisecond");
        assertEquals("alice", statement.getJsonObject("actor").getJsonObject("account").getString("name"));
        assertEquals(APP + "/xapi/activities/resource/BOOK+A%2FB", statement.getJsonObject("object").getString("id"), "a code is escaped");
        assertEquals("http://adlnet.gov/expapi/activities/media",
                statement.getJsonObject("object").getJsonObject("definition").getString("type"));
        assertFalse(statement.containsKey("stored"));
        assertFalse(statement.containsKey("result"));
        assertFalse(statement.containsKey("authority"), "the recorder and the API add it");
        JsonObject served = Statements.served(statement.toString(), Instant.parse("2026-11-23T11:00:00Z"), APP);
        assertEquals("2026-11-23T11:00:00Z", served.getString("stored"));
        assertEquals(Statements.authority(APP), served.getJsonObject("authority"));
    }

    @Test
    void theAuthorityIsTheApplicationAsAnAgentWithAnAccount() {
        JsonObject authority = Statements.authority(APP);
        assertEquals("Agent", authority.getString("objectType"));
        assertEquals(APP, authority.getJsonObject("account").getString("homePage"));
        assertEquals("ctopath", authority.getJsonObject("account").getString("name"));
        JsonObject other = Json.createObjectBuilder().add("authority", Statements.agent("https://old.example", "ctopath", "Old")).build();
        assertEquals(other, Statements.withAuthority(other, APP), "an authority recorded is kept");
    }

    @Test
    void formatIdsKeepsOnlyIdentifiers() {
        JsonObject mentor = Statements.agent(APP, "marco", "Marco Rossi");
        JsonObject plan = Statements.activity(Statements.activityId(APP, "plan", "12"), "My plan", Statements.COURSE);
        JsonObject statement = Statements.withAuthority(Statements.statement("3f1c1c0e-8f6b-4d1c-9d7e-0b5f1c2d3e4f",
                Statements.agent(APP, "alice", "Alice Example"), Verb.COMPLETED,
                Statements.activity(Statements.activityId(APP, "resource", "BOOK"), "A book", Statements.COURSE), null,
                Statements.context(APP, plan, mentor), Instant.parse("2026-11-23T10:15:30Z")), APP);

        JsonObject ids = Statements.Format.IDS.apply(statement);

        assertFalse(ids.getJsonObject("actor").containsKey("name"), ids.toString());
        assertEquals("alice", ids.getJsonObject("actor").getJsonObject("account").getString("name"));
        assertEquals(Json.createObjectBuilder().add("id", Verb.COMPLETED.iri()).build(), ids.getJsonObject("verb"));
        assertFalse(ids.getJsonObject("object").containsKey("definition"));
        assertEquals(APP + "/xapi/activities/resource/BOOK", ids.getJsonObject("object").getString("id"));
        assertFalse(ids.getJsonObject("context").getJsonObject("instructor").containsKey("name"));
        JsonObject parent = ids.getJsonObject("context").getJsonObject("contextActivities").getJsonArray("parent").getJsonObject(0);
        assertEquals(APP + "/xapi/activities/plan/12", parent.getString("id"));
        assertFalse(parent.containsKey("definition"));
        assertFalse(ids.getJsonObject("authority").containsKey("name"));
        assertEquals(statement.getString("timestamp"), ids.getString("timestamp"), "everything else as it was");
        assertEquals(statement, Statements.Format.EXACT.apply(statement));
        assertEquals(statement, Statements.Format.CANONICAL.apply(statement), "every name is in one language already");
        assertEquals(Optional.of(Statements.Format.IDS), Statements.Format.of("ids"));
        assertEquals(Optional.empty(), Statements.Format.of("IDS"), "xAPI's values, as written");
        assertEquals(Optional.empty(), Statements.Format.of("full"));
    }

    @Test
    void theFilterMatchesObjectContextActivitiesAndRelatedAgentsExactly() {
        JsonObject plan = Statements.activity(Statements.activityId(APP, "plan", "12"), "My plan", Statements.COURSE);
        JsonObject statement = Statements.statement("3f1c1c0e-8f6b-4d1c-9d7e-0b5f1c2d3e4f", Statements.agent(APP, "alice", "Alice"),
                Verb.COMPLETED, Statements.activity(Statements.activityId(APP, "resource", "BOOK"), "A book", Statements.COURSE), null,
                Statements.context(APP, plan, Statements.agent(APP, "marco", "Marco")), Instant.parse("2026-11-23T10:15:30Z"));
        XapiStatement stored = new XapiStatement(statement.getString("id"), 1, Verb.COMPLETED.iri(), Instant.now(), Instant.now(),
                statement.toString());
        String book = APP + "/xapi/activities/resource/BOOK";
        String planId = APP + "/xapi/activities/plan/12";

        assertTrue(filter(book, false, null).matches(stored));
        assertFalse(filter(planId, false, null).matches(stored), "the plan is only the parent");
        assertTrue(filter(planId, true, null).matches(stored), "related_activities");
        assertFalse(filter(APP + "/xapi/activities/plan/1", true, null).matches(stored), "a prefix is not the id");
        assertTrue(filter(null, false, account("marco")).matches(stored), "the instructor");
        assertTrue(filter(null, false, account("alice")).matches(stored), "the actor");
        assertFalse(filter(null, false, account("mar")).matches(stored));
        assertEquals("%a!%b!_c!!d%", StatementQuery.containing("a%b_c!d"), "LIKE's wildcards are literal");
    }

    private static StatementQuery.Filter filter(String activity, boolean related, JsonObject agent) {
        return new StatementQuery.Filter(null, null, null, null, false, null, activity, related, agent, null);
    }

    private static JsonObject account(String name) {
        return Json.createObjectBuilder().add("homePage", APP).add("name", name).build();
    }

    @Test
    void scoresAreScaledWithinTheirRangeAndHoursAreADuration() {
        JsonObject score = Statements.score(33, 0, 40);
        assertEquals(new BigDecimal("0.825"), score.getJsonNumber("scaled").bigDecimalValue());
        assertEquals(40, score.getInt("max"));
        assertFalse(Statements.score(33, 0, null).containsKey("scaled"), "no scale without a maximum");
        assertEquals("PT1H30M", Statements.duration(new BigDecimal("1.50")));
        assertEquals("PT3H", Statements.duration(new BigDecimal("3")));
        assertEquals("PT15M", Statements.duration(new BigDecimal("0.25")));
        assertEquals("PT2H36S", Statements.duration(new BigDecimal("2.01")));
        assertEquals("PT0S", Statements.duration(BigDecimal.ZERO));
    }

    @Test
    void theLrsComesFromItsSettings() {
        assertEquals(Optional.empty(), Lrs.from(name -> Optional.empty()));
        Lrs lrs = Lrs.from(settings(Map.of("LRS_ENDPOINT", "https://lrs.example/xapi", "LRS_USERNAME", "key", "LRS_PASSWORD", "secret")))
                .orElseThrow();
        assertEquals(URI.create("https://lrs.example/xapi/statements"), lrs.statements());
        assertEquals("Basic a2V5OnNlY3JldA==", lrs.authorization().orElseThrow());
        assertFalse(lrs.toString().contains("secret"));
        assertEquals(URI.create("https://lrs.example/xapi/statements"), Lrs.statementsOf("https://lrs.example/xapi/"));
        assertThrows(IllegalArgumentException.class, () -> Lrs.statementsOf("lrs.example/xapi"));
        assertThrows(IllegalArgumentException.class, () -> Lrs.statementsOf("ftp://lrs.example/xapi"));
        assertThrows(IllegalArgumentException.class, () -> Lrs.from(settings(Map.of("LRS_ENDPOINT", "https://lrs.example/", "LRS_USERNAME", "key"))));
        assertTrue(new Lrs(URI.create("http://127.0.0.1/xapi/statements"), null, null).authorization().isEmpty());
    }

    private static java.util.function.Function<String, Optional<String>> settings(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }

    @Test
    void theCursorReadsBackWhatItWrites() {
        StatementQuery.Cursor cursor = new StatementQuery.Cursor(Instant.parse("2026-11-23T10:15:30.123Z"), "3f1c1c0e-8f6b-4d1c-9d7e-0b5f1c2d3e4f");
        assertEquals(cursor, StatementQuery.Cursor.parse(cursor.text()));
        assertThrows(IllegalArgumentException.class, () -> StatementQuery.Cursor.parse("nonsense"));
        assertThrows(IllegalArgumentException.class, () -> StatementQuery.Cursor.parse("12.not-an-id"));
        assertThrows(IllegalArgumentException.class, () -> StatementQuery.Cursor.parse("x1.3f1c1c0e-8f6b-4d1c-9d7e-0b5f1c2d3e4f"));
    }

    @Test
    void retriesPauseLongerEachTimeUpToAnHour() {
        assertEquals(Duration.ofMinutes(1), XapiOutbox.retryPause(1));
        assertEquals(Duration.ofMinutes(2), XapiOutbox.retryPause(2));
        assertEquals(Duration.ofMinutes(32), XapiOutbox.retryPause(6));
        assertEquals(Duration.ofHours(1), XapiOutbox.retryPause(7));
        assertEquals(Duration.ofHours(1), XapiOutbox.retryPause(1000));
    }
}
