package org.ctopath.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals("2026-11-23T11:00:00Z",
                Statements.served(statement.toString(), Instant.parse("2026-11-23T11:00:00Z")).getString("stored"));
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
