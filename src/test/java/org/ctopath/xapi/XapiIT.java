package org.ctopath.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.ctopath.assessment.AssessmentService;
import org.ctopath.assessment.AssessmentService.RatingDraft;
import org.ctopath.certification.CertificationRecords;
import org.ctopath.certification.CertificationRecords.AttemptDraft;
import org.ctopath.identity.AccessTokens;
import org.ctopath.identity.Account;
import org.ctopath.identity.AccountService;
import org.ctopath.identity.Role;
import org.ctopath.mentoring.MentorRelations;
import org.ctopath.plan.DevelopmentPlan;
import org.ctopath.plan.ItemStatus;
import org.ctopath.plan.PlanItem;
import org.ctopath.plan.PlanService;
import org.ctopath.plan.PlanState;
import org.ctopath.platform.Settings;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.ctopath.testing.http.Api;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * xAPI statements over HTTP: what the plan, certification and assessment services record becomes
 * statements at /api/xapi/statements, under the pages' rules of who sees whom, and goes to an LRS
 * (a stub on loopback, started here) exactly once, after the LRS was down.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class XapiIT {

    private static final String STATEMENTS = "/api/xapi/statements";
    private static final String ADL = "http://adlnet.gov/expapi/verbs/";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    AccountService accounts;

    @Inject
    AccessTokens tokens;

    @Inject
    MentorRelations relations;

    @Inject
    PlanService plans;

    @Inject
    CertificationRecords records;

    @Inject
    AssessmentService assessment;

    @Inject
    LrsForwarder forwarder;

    @Inject
    XapiOutbox outbox;

    @Inject
    Settings settings;

    @Inject
    jakarta.transaction.UserTransaction transaction;

    @ArquillianResource
    URL baseURL;

    private Account person(Role role) {
        String username = "xapi-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Person " + username, "a long enough password", Set.of(role));
        return accounts.findByUsername(username).orElseThrow();
    }

    private Api api(Account person) {
        return new Api(baseURL, tokens.create(person.getUsername(), "xapi test", LocalDate.now(ZoneOffset.UTC).plusDays(7)).token());
    }

    /** What a learner did: a plan worked through to its end, two exams, a skill rating the mentor confirmed. */
    private record Story(Account learner, Account mentor, DevelopmentPlan plan, PlanItem first, int items) {
    }

    private Story story() {
        Account learner = person(Role.LEARNER);
        String who = learner.getUsername();
        DevelopmentPlan plan = plans.createForGaps(who, plans.today(), new BigDecimal("5"));
        plan = plans.changeState(who, plan.getId(), PlanState.ACTIVE, plan.getVersion());
        List<PlanItem> items = plans.plan(who, plan.getId()).getItems();
        PlanItem first = items.get(0);
        plans.recordProgress(who, first.getId(), ItemStatus.IN_PROGRESS, 40, new BigDecimal("2"), null, first.getVersion());
        PlanItem again = plans.findItem(who, first.getId()).orElseThrow();
        plans.recordProgress(who, first.getId(), ItemStatus.IN_PROGRESS, 40, new BigDecimal("2"), null, again.getVersion()); // no change: no statement
        for (PlanItem item : items) {
            PlanItem now = plans.findItem(who, item.getId()).orElseThrow();
            plans.recordProgress(who, item.getId(), ItemStatus.COMPLETED, 100, new BigDecimal("3"), null, now.getVersion());
        }
        assertEquals(PlanState.COMPLETED, plans.plan(who, plan.getId()).getState());
        Account mentor = person(Role.MENTOR);
        relations.assign("admin", mentor.getId(), List.of(learner.getId()));
        records.recordAttempt(who, new AttemptDraft("ITIL4-F", records.today().minusDays(3), 33, true, "GR671234"));
        records.recordAttempt(who, new AttemptDraft("ITIL4-DPI", records.today().minusDays(10), 25, false, null));
        assessment.rate(who, List.of(new RatingDraft("ARCH-DESIGN", 2, "Led one redesign", null)));
        assessment.confirm(mentor.getUsername(), who, "ARCH-DESIGN", 3, "You led two, and the second well.");
        return new Story(learner, mentor, plan, first, items.size());
    }

    private String agent(Account person) {
        return Json.createObjectBuilder().add("account", Json.createObjectBuilder().add("homePage", settings.appUrl())
                .add("name", person.getUsername())).build().toString();
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Every statement of the answer and the pages after it, following more. */
    private static List<JsonObject> all(Api api, String path) throws Exception {
        List<JsonObject> statements = new ArrayList<>();
        String next = path;
        for (int page = 0; page < 200 && !next.isEmpty(); page++) {
            HttpResponse<String> answer = api.get(next.startsWith(STATEMENTS) ? next : relative(next));
            assertEquals(200, answer.statusCode(), answer.body());
            JsonObject result = Api.object(answer);
            result.getJsonArray("statements").forEach(s -> statements.add(s.asJsonObject()));
            next = result.getString("more");
        }
        assertEquals("", next, "paging ends");
        return statements;
    }

    /** more is a path from the server's root; the API client takes paths below the application. */
    private static String relative(String more) {
        return more.substring(more.indexOf(STATEMENTS));
    }

    private static JsonObject only(List<JsonObject> statements, String verb, String objectId) {
        List<JsonObject> found = statements.stream().filter(s -> s.getJsonObject("verb").getString("id").equals(ADL + verb)
                && s.getJsonObject("object").getString("id").equals(objectId)).toList();
        assertEquals(1, found.size(), verb + " " + objectId + " in " + statements);
        return found.get(0);
    }

    private static Set<String> ids(List<JsonObject> statements) {
        return statements.stream().map(s -> s.getString("id")).collect(Collectors.toSet());
    }

    @Test
    void theEventsAreStatementsWithActorVerbObjectResultContextAndTimestamp() throws Exception {
        Story story = story();
        String app = settings.appUrl();
        Api learner = api(story.learner());

        HttpResponse<String> answer = learner.get(STATEMENTS + "?limit=100&actor=" + q(agent(story.learner())));

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("1.0.3", answer.headers().firstValue("X-Experience-API-Version").orElse(null));
        JsonObject result = Api.object(answer);
        assertEquals("", result.getString("more"));
        List<JsonObject> statements = result.getJsonArray("statements").getValuesAs(JsonObject.class);
        assertEquals(1 + story.items() + 1 + 2 + 1, statements.size(), "progressed, each item completed, the plan, two exams, a rating");
        for (JsonObject s : statements) {
            assertEquals("1.0.3", s.getString("version"));
            UUID.fromString(s.getString("id"));
            JsonObject actor = s.getJsonObject("actor");
            assertEquals("Agent", actor.getString("objectType"));
            assertEquals(story.learner().getDisplayName(), actor.getString("name"));
            assertEquals(app, actor.getJsonObject("account").getString("homePage"));
            assertEquals(story.learner().getUsername(), actor.getJsonObject("account").getString("name"));
            assertFalse(actor.containsKey("mbox"), "no mail addresses");
            assertEquals("CTO Path", s.getJsonObject("context").getString("platform"));
            assertEquals(app + "/xapi/activities/platform",
                    s.getJsonObject("context").getJsonObject("contextActivities").getJsonArray("grouping").getJsonObject(0).getString("id"));
            Instant.parse(s.getString("timestamp"));
            Instant.parse(s.getString("stored"));
        }
        // descending by stored, the xAPI default
        for (int i = 1; i < statements.size(); i++) {
            assertFalse(Instant.parse(statements.get(i).getString("stored")).isAfter(Instant.parse(statements.get(i - 1).getString("stored"))));
        }

        String planId = app + "/xapi/activities/plan/" + story.plan().getId();
        String firstId = app + "/xapi/activities/resource/" + story.first().getResource().getCode();
        JsonObject progressed = only(statements, "progressed", firstId);
        assertEquals("progressed", progressed.getJsonObject("verb").getJsonObject("display").getString("en-US"));
        assertEquals(story.first().getResource().getTitle(),
                progressed.getJsonObject("object").getJsonObject("definition").getJsonObject("name").getString("en-US"));
        assertFalse(progressed.getJsonObject("result").getBoolean("completion"));
        assertEquals(40, progressed.getJsonObject("result").getJsonObject("extensions").getInt(Statements.PROGRESS));
        assertEquals("PT2H", progressed.getJsonObject("result").getString("duration"));
        assertEquals(planId, progressed.getJsonObject("context").getJsonObject("contextActivities").getJsonArray("parent")
                .getJsonObject(0).getString("id"));
        JsonObject completedItem = only(statements, "completed", firstId);
        assertTrue(completedItem.getJsonObject("result").getBoolean("completion"));
        assertEquals(100, completedItem.getJsonObject("result").getJsonObject("extensions").getInt(Statements.PROGRESS));
        assertTrue(Duration.between(Instant.parse(completedItem.getString("timestamp")), Instant.now()).abs().toMinutes() < 60,
                "an item's timestamp is when it was recorded");

        JsonObject completedPlan = only(statements, "completed", planId);
        assertTrue(completedPlan.getJsonObject("result").getBoolean("completion"));
        assertEquals(story.plan().getTitle(),
                completedPlan.getJsonObject("object").getJsonObject("definition").getJsonObject("name").getString("en-US"));

        JsonObject passed = only(statements, "passed", app + "/xapi/activities/certification/ITIL4-F");
        assertTrue(passed.getJsonObject("result").getBoolean("success"));
        assertEquals(33, passed.getJsonObject("result").getJsonObject("score").getInt("raw"));
        assertEquals(0, passed.getJsonObject("result").getJsonObject("score").getInt("min"));
        assertEquals(records.today().minusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant(), Instant.parse(passed.getString("timestamp")),
                "the exam's day");
        assertEquals(Statements.ASSESSMENT,
                passed.getJsonObject("object").getJsonObject("definition").getString("type"));
        JsonObject failed = only(statements, "failed", app + "/xapi/activities/certification/ITIL4-DPI");
        assertFalse(failed.getJsonObject("result").getBoolean("success"));
        assertEquals(25, failed.getJsonObject("result").getJsonObject("score").getInt("raw"));

        JsonObject scored = only(statements, "scored", app + "/xapi/activities/skill/ARCH-DESIGN");
        assertEquals(3, scored.getJsonObject("result").getJsonObject("score").getInt("raw"));
        assertEquals(2, scored.getJsonObject("result").getJsonObject("extensions").getInt(app + "/xapi/extensions/self-rated-level"));
        JsonObject instructor = scored.getJsonObject("context").getJsonObject("instructor");
        assertEquals(story.mentor().getUsername(), instructor.getJsonObject("account").getString("name"));
        assertEquals(story.mentor().getDisplayName(), instructor.getString("name"));
    }

    @Test
    void statementsAreFilteredBySinceActorAndVerbAndPagedThroughMore() throws Exception {
        Story story = story();
        Api learner = api(story.learner());
        List<JsonObject> everything = all(learner, STATEMENTS + "?limit=100&actor=" + q(story.learner().getUsername()));
        assertEquals(1 + story.items() + 4, everything.size(), "a plain username names the actor too");

        List<JsonObject> paged = all(learner, STATEMENTS + "?limit=2&actor=" + q(agent(story.learner())));
        assertEquals(everything.size(), paged.size());
        assertEquals(ids(everything), ids(paged), "each statement once over the pages");
        List<JsonObject> ascending = all(learner, STATEMENTS + "?limit=3&ascending=true");
        assertEquals(ids(everything), ids(ascending), "a learner reads their own without naming themselves");
        for (int i = 1; i < ascending.size(); i++) {
            assertFalse(Instant.parse(ascending.get(i).getString("stored")).isBefore(Instant.parse(ascending.get(i - 1).getString("stored"))));
        }
        HttpResponse<String> firstPage = learner.get(STATEMENTS + "?limit=2");
        String more = Api.object(firstPage).getString("more");
        assertTrue(more.contains("/api/xapi/statements?") && more.contains("cursor="), more);
        assertFalse(more.startsWith("http"), "more is a path, without scheme and host");

        List<JsonObject> passed = all(learner, STATEMENTS + "?verb=" + q(ADL + "passed"));
        assertEquals(1, passed.size());
        assertEquals(ADL + "passed", passed.get(0).getJsonObject("verb").getString("id"));

        Instant latest = Instant.parse(everything.get(0).getString("stored"));
        while (!Instant.now().isAfter(latest.plusMillis(1))) {
            Thread.onSpinWait(); // the next statement is stored in a later millisecond than the latest
        }
        records.recordAttempt(story.learner().getUsername(), new AttemptDraft("ITIL4-DPI", records.today(), 30, true, null));
        List<JsonObject> since = all(learner, STATEMENTS + "?since=" + q(latest.toString()));
        assertEquals(1, since.size(), since.toString());
        assertEquals(ADL + "passed", since.get(0).getJsonObject("verb").getString("id"));
        assertEquals(0, all(learner, STATEMENTS + "?since=" + q(latest.toString()) + "&verb=" + q(ADL + "failed")).size());

        assertBadRequest(learner, "?since=yesterday", "since");
        assertBadRequest(learner, "?since=2026-11-23T10:00:00", "since");
        assertBadRequest(learner, "?limit=101", "limit");
        assertBadRequest(learner, "?limit=ten", "limit");
        assertBadRequest(learner, "?actor=" + q("{\"account\":"), "actor");
        assertBadRequest(learner, "?actor=" + q("{\"mbox\":\"mailto:someone@example.org\"}"), "actor");
        assertBadRequest(learner, "?verb=passed", "verb");
        assertBadRequest(learner, "?cursor=nonsense", "cursor");
        assertBadRequest(learner, "?ascending=maybe", "ascending");
    }

    private static void assertBadRequest(Api api, String query, String parameter) throws Exception {
        HttpResponse<String> answer = api.get(STATEMENTS + query);
        assertEquals(400, answer.statusCode(), query + ": " + answer.body());
        assertEquals("1.0.3", answer.headers().firstValue("X-Experience-API-Version").orElse(null), "errors carry the version too");
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonArray errors = Api.object(answer).getJsonArray("errors");
        assertEquals(parameter, errors.getJsonObject(0).getString("field"), answer.body());
    }

    @Test
    void aLearnerReadsTheirOwnAMentorTheirMenteesAndAnAdministratorEveryones() throws Exception {
        Story story = story();
        Set<String> theirs = ids(all(api(story.learner()), STATEMENTS + "?limit=100"));
        String byAgent = STATEMENTS + "?limit=100&actor=" + q(agent(story.learner()));

        Account stranger = person(Role.LEARNER);
        Api strangerApi = api(stranger);
        HttpResponse<String> refused = strangerApi.get(byAgent);
        assertEquals(404, refused.statusCode(), refused.body());
        assertEquals(404, strangerApi.get(STATEMENTS + "?actor=" + q(story.learner().getUsername())).statusCode());
        assertEquals(404, strangerApi.get(STATEMENTS + "?actor=" + q("nobody-" + UUID.randomUUID())).statusCode(),
                "one who does not exist is answered alike");
        assertTrue(all(strangerApi, STATEMENTS).isEmpty(), "a learner with no events of their own reads none");

        assertEquals(theirs, ids(all(api(story.mentor()), byAgent)), "the mentor reads their mentee's");
        assertTrue(ids(all(api(story.mentor()), STATEMENTS + "?limit=100")).containsAll(theirs), "also without naming them");
        Account otherMentor = person(Role.MENTOR);
        assertEquals(404, api(otherMentor).get(byAgent).statusCode(), "another mentor does not");
        relations.end("admin", story.learner().getId());
        assertEquals(404, api(story.mentor()).get(byAgent).statusCode(), "nor a mentor whose relation ended");

        Account admin = person(Role.ADMIN);
        assertEquals(theirs, ids(all(api(admin), byAgent)), "an administrator reads anyone's");
        String elsewhere = Json.createObjectBuilder().add("account", Json.createObjectBuilder().add("homePage", "https://elsewhere.example")
                .add("name", story.learner().getUsername())).build().toString();
        assertEquals(404, api(admin).get(STATEMENTS + "?actor=" + q(elsewhere)).statusCode(), "an account of another system is no one here");

        assertEquals(401, new Api(baseURL, null).get(STATEMENTS).statusCode());
    }

    private String xapiAgent(Account person) {
        return Json.createObjectBuilder().add("objectType", "Agent").add("account", Json.createObjectBuilder()
                .add("homePage", settings.appUrl()).add("name", person.getUsername())).build().toString();
    }

    private static Set<String> actors(List<JsonObject> statements) {
        return statements.stream().map(s -> s.getJsonObject("actor").getJsonObject("account").getString("name")).collect(Collectors.toSet());
    }

    @Test
    void theAgentParameterGivesOnlyThatLearnersStatements() throws Exception {
        Account mentor = person(Role.MENTOR);
        Account first = person(Role.LEARNER);
        Account second = person(Role.LEARNER);
        relations.assign("admin", mentor.getId(), List.of(first.getId(), second.getId()));
        records.recordAttempt(first.getUsername(), new AttemptDraft("ITIL4-F", records.today().minusDays(2), 30, true, null));
        records.recordAttempt(second.getUsername(), new AttemptDraft("ITIL4-F", records.today().minusDays(1), 20, false, null));
        records.recordAttempt(second.getUsername(), new AttemptDraft("ITIL4-F", records.today(), 31, true, null));
        Api mentorApi = api(mentor);

        assertEquals(Set.of(first.getUsername(), second.getUsername()), actors(all(mentorApi, STATEMENTS + "?limit=100")),
                "without agent: every mentee's");
        List<JsonObject> firsts = all(mentorApi, STATEMENTS + "?agent=" + q(xapiAgent(first)));
        assertEquals(1, firsts.size(), firsts.toString());
        assertEquals(Set.of(first.getUsername()), actors(firsts), "agent, as xAPI names it, is a filter");
        List<JsonObject> seconds = all(mentorApi, STATEMENTS + "?limit=1&agent=" + q(xapiAgent(second)));
        assertEquals(2, seconds.size(), "over the pages: " + seconds);
        assertEquals(Set.of(second.getUsername()), actors(seconds));
        assertEquals(ids(seconds), ids(all(mentorApi, STATEMENTS + "?actor=" + q(second.getUsername()))), "actor stays an alias");

        assertEquals(Set.of(first.getUsername()), actors(all(api(first), STATEMENTS + "?agent=" + q(xapiAgent(first)))),
                "a learner's own");
        HttpResponse<String> other = api(first).get(STATEMENTS + "?agent=" + q(xapiAgent(second)));
        assertEquals(404, other.statusCode(), "a fellow learner is out of sight: " + other.body());
        assertEquals("1.0.3", other.headers().firstValue("X-Experience-API-Version").orElse(null), "errors carry the version too");
        assertEquals(ids(seconds), ids(all(api(person(Role.ADMIN)), STATEMENTS + "?agent=" + q(xapiAgent(second)))), "an administrator");

        assertBadRequest(mentorApi, "?agent=" + q(second.getUsername()), "agent");
        assertBadRequest(mentorApi, "?agent=" + q("{\"objectType\":\"Agent\",\"account\":"), "agent");
        assertBadRequest(mentorApi, "?agent=" + q("{\"objectType\":\"Group\",\"member\":[]}"), "agent");
        assertBadRequest(mentorApi, "?agent=" + q(xapiAgent(first)) + "&actor=" + q(first.getUsername()), "actor");
        HttpResponse<String> unauthorised = new Api(baseURL, null).get(STATEMENTS + "?agent=" + q(xapiAgent(first)));
        assertEquals(401, unauthorised.statusCode());
        assertEquals("1.0.3", unauthorised.headers().firstValue("X-Experience-API-Version").orElse(null));
        HttpResponse<String> badToken = new Api(baseURL, "ctp_no_such_token").get(STATEMENTS);
        assertEquals(401, badToken.statusCode());
        assertEquals("1.0.3", badToken.headers().firstValue("X-Experience-API-Version").orElse(null));
        assertTrue(new Api(baseURL, null).get("/api/me").headers().firstValue("X-Experience-API-Version").isEmpty(), "only xAPI's answers");
    }

    @Test
    void activityRelatedAgentsUntilFormatAndOneStatementById() throws Exception {
        Story story = story();
        String app = settings.appUrl();
        Api learner = api(story.learner());
        List<JsonObject> everything = all(learner, STATEMENTS + "?limit=100");
        String planId = app + "/xapi/activities/plan/" + story.plan().getId();

        List<JsonObject> aboutPlan = all(learner, STATEMENTS + "?activity=" + q(planId));
        assertEquals(1, aboutPlan.size(), "the plan as object: its completion");
        assertEquals(planId, aboutPlan.get(0).getJsonObject("object").getString("id"));
        List<JsonObject> related = all(learner, STATEMENTS + "?limit=2&related_activities=true&activity=" + q(planId));
        assertEquals(1 + story.items() + 1, related.size(), "and each item's statement, whose parent the plan is: " + related);
        assertEquals(everything.size(), all(learner, STATEMENTS + "?related_activities=true&activity=" + q(app + "/xapi/activities/platform")).size(),
                "every statement is grouped under the platform");
        assertTrue(all(learner, STATEMENTS + "?activity=" + q(app + "/xapi/activities/platform")).isEmpty(), "but none is about it");

        Api mentor = api(story.mentor());
        assertTrue(all(mentor, STATEMENTS + "?agent=" + q(xapiAgent(story.mentor()))).isEmpty(), "the mentor is the actor of none");
        List<JsonObject> instructed = all(mentor, STATEMENTS + "?related_agents=true&agent=" + q(xapiAgent(story.mentor())));
        assertEquals(1, instructed.size(), "with related_agents, the rating the mentor confirmed as instructor: " + instructed);
        assertEquals(ADL + "scored", instructed.get(0).getJsonObject("verb").getString("id"));
        assertEquals(story.learner().getUsername(), instructed.get(0).getJsonObject("actor").getJsonObject("account").getString("name"));

        Instant middle = Instant.parse(everything.get(everything.size() / 2).getString("stored"));
        List<JsonObject> until = all(learner, STATEMENTS + "?until=" + q(middle.toString()));
        assertTrue(!until.isEmpty() && until.size() < everything.size(), until.size() + " of " + everything.size());
        assertTrue(until.stream().noneMatch(s -> Instant.parse(s.getString("stored")).isAfter(middle)), "stored at or before until");
        assertEquals(everything.stream().filter(s -> !Instant.parse(s.getString("stored")).isAfter(middle)).count(), until.size());

        HttpResponse<String> answer = learner.get(STATEMENTS + "?format=ids&limit=100");
        assertEquals(200, answer.statusCode(), answer.body());
        Instant consistent = Instant.parse(answer.headers().firstValue("X-Experience-API-Consistent-Through").orElseThrow());
        assertFalse(consistent.isAfter(Instant.now()), consistent.toString());
        for (JsonValue value : Api.object(answer).getJsonArray("statements")) {
            JsonObject s = value.asJsonObject();
            assertFalse(s.getJsonObject("actor").containsKey("name"), s.toString());
            assertFalse(s.getJsonObject("verb").containsKey("display"), s.toString());
            assertFalse(s.getJsonObject("object").containsKey("definition"), s.toString());
            assertEquals(story.learner().getUsername(), s.getJsonObject("actor").getJsonObject("account").getString("name"));
        }
        assertEquals(ids(everything), ids(all(learner, STATEMENTS + "?format=canonical&limit=100")));

        JsonObject one = everything.get(0);
        HttpResponse<String> byId = learner.get(STATEMENTS + "?statementId=" + one.getString("id"));
        assertEquals(200, byId.statusCode(), byId.body());
        assertEquals(one, Api.object(byId), "the Statement itself, not a StatementResult");
        assertTrue(byId.headers().firstValue("X-Experience-API-Consistent-Through").isPresent());
        assertEquals(404, api(person(Role.LEARNER)).get(STATEMENTS + "?statementId=" + one.getString("id")).statusCode(),
                "someone else's statement is not there for a stranger");
        assertEquals(404, learner.get(STATEMENTS + "?voidedStatementId=" + one.getString("id")).statusCode(), "CTO Path voids none");
        assertBadRequest(learner, "?statementId=" + one.getString("id") + "&verb=" + q(ADL + "passed"), "statementId");
        assertBadRequest(learner, "?statementId=42", "statementId");
        assertBadRequest(learner, "?format=full", "format");
        assertBadRequest(learner, "?until=tomorrow", "until");
        assertBadRequest(learner, "?activity=plan", "activity");
        assertBadRequest(learner, "?related_agents=yes", "related_agents");
        assertBadRequest(learner, "?related_activities=1", "related_activities");
    }

    @Test
    void everyStatementCarriesTheApplicationAsAuthority() throws Exception {
        Account learner = person(Role.LEARNER);
        records.recordAttempt(learner.getUsername(), new AttemptDraft("ITIL4-F", records.today(), 30, true, null));
        JsonObject statement = all(api(learner), STATEMENTS).get(0);
        JsonObject authority = statement.getJsonObject("authority");
        assertEquals("Agent", authority.getString("objectType"));
        assertEquals(settings.appUrl(), authority.getJsonObject("account").getString("homePage"));
        assertEquals("ctopath", authority.getJsonObject("account").getString("name"));
        assertTrue(outbox.find(statement.getString("id")).orElseThrow().getJson().contains("\"authority\""), "recorded with it");
    }

    @Test
    void aPlanTheMentorClosesIsCompletedWithTheMentorAsInstructorAndAChangeRolledBackHasNoStatement() throws Exception {
        Account learner = person(Role.LEARNER);
        Account mentor = person(Role.MENTOR);
        relations.assign("admin", mentor.getId(), List.of(learner.getId()));
        String who = learner.getUsername();
        DevelopmentPlan plan = plans.createForGaps(who, plans.today(), new BigDecimal("5"));
        plans.changeState(who, plan.getId(), PlanState.WAITING_FOR_REVIEW, plans.plan(who, plan.getId()).getVersion());
        for (PlanState to : List.of(PlanState.IN_REVIEW, PlanState.ACTIVE, PlanState.COMPLETED)) {
            plans.review(mentor.getUsername(), learner.getId(), plan.getId(), to, null, plans.plan(who, plan.getId()).getVersion());
        }
        Api api = api(learner);
        List<JsonObject> statements = all(api, STATEMENTS);
        assertEquals(1, statements.size(), "only the plan's completion: " + statements);
        JsonObject completed = only(statements, "completed", settings.appUrl() + "/xapi/activities/plan/" + plan.getId());
        assertEquals(mentor.getUsername(), completed.getJsonObject("context").getJsonObject("instructor")
                .getJsonObject("account").getString("name"), "the mentor closed it");

        DevelopmentPlan second = plans.createForGaps(who, plans.today(), new BigDecimal("5"));
        PlanItem item = plans.plan(who, second.getId()).getItems().get(0);
        transaction.begin();
        try {
            plans.recordProgress(who, item.getId(), ItemStatus.IN_PROGRESS, 30, BigDecimal.ONE, null, item.getVersion());
        } finally {
            transaction.rollback();
        }
        assertEquals(1, all(api, STATEMENTS).size(), "a statement exists only when its change committed");
        plans.recordProgress(who, item.getId(), ItemStatus.IN_PROGRESS, 30, BigDecimal.ONE, null, item.getVersion());
        assertEquals(2, all(api, STATEMENTS).size(), "and when it did");
    }

    @Test
    void theOpenApiDescriptionHasTheStatements() throws Exception {
        HttpResponse<String> openapi = new Api(new URL(baseURL, "/"), null).get("/openapi"); // at the server's root
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/xapi/statements"), "the path");
        assertTrue(openapi.body().contains("xAPI"), "its tag");
        assertTrue(openapi.body().contains("operationId: getXapiStatements"), "a unique operationId");
        for (String parameter : List.of("agent", "verb", "activity", "related_activities", "related_agents", "since", "until", "limit",
                "format", "ascending", "statementId", "voidedStatementId")) {
            assertTrue(openapi.body().contains("name: " + parameter), parameter);
        }
        assertTrue(openapi.body().contains("XapiStatementResult"), "the answer's schema");
    }

    @Test
    void statementsReachTheLrsExactlyOnceAfterItWasDown() throws Exception {
        Story story = story();
        Map<String, JsonObject> served = new HashMap<>();
        all(api(story.learner()), STATEMENTS + "?limit=100").forEach(s -> served.put(s.getString("id"), s));
        served.keySet().forEach(id -> assertEquals(XapiStatement.State.PENDING, outbox.find(id).orElseThrow().getState(),
                "kept while no LRS took it"));

        try (LrsStub lrs = new LrsStub("lrs-user", "a secret: with colon")) {
            Lrs target = new Lrs(lrs.statements(), "lrs-user", "a secret: with colon");
            Instant now = Instant.now();
            lrs.answers.add(503);

            LrsForwarder.Outcome down = forwarder.sendDue(target, now);

            assertEquals(0, down.sent());
            assertTrue(down.retry() > 0, down.toString());
            assertEquals(1, lrs.posts.size(), "a round stops at the LRS that is down");
            Post first = lrs.posts.get(0);
            assertEquals(503, first.status());
            for (String id : first.ids()) {
                XapiStatement waiting = outbox.find(id).orElseThrow();
                assertEquals(XapiStatement.State.PENDING, waiting.getState(), "kept for later");
                assertEquals(1, waiting.getAttempts());
                assertTrue(waiting.getLastError().contains("503"), waiting.getLastError());
                assertTrue(waiting.getNextAttemptAt().isAfter(now));
            }
            forwarder.sendDue(target, now); // what was not in the first post may go now, but not what was
            assertTrue(lrs.posts.stream().skip(1).noneMatch(p -> p.ids().stream().anyMatch(first.ids()::contains)),
                    "not due again before its pause");

            Instant later = now.plus(Duration.ofMinutes(2));
            for (int round = 0; round < 100 && forwarder.sendDue(target, later).sent() > 0; round++) {
                // the outbox may hold the statements of the whole suite: empty it
            }

            assertEquals(List.of(), lrs.problems, "every post was a well-formed xAPI post");
            Map<String, Integer> accepted = new HashMap<>();
            Map<String, JsonObject> received = new LinkedHashMap<>();
            lrs.posts.stream().filter(p -> p.status() == 200).forEach(p -> p.statements().forEach(s -> {
                accepted.merge(s.getString("id"), 1, Integer::sum);
                received.put(s.getString("id"), s);
            }));
            assertTrue(accepted.values().stream().allMatch(n -> n == 1), "no statement twice: " + accepted);
            for (Map.Entry<String, JsonObject> statement : served.entrySet()) {
                assertEquals(1, accepted.getOrDefault(statement.getKey(), 0), "arrived once: " + statement.getKey());
                JsonObject withoutStored = Json.createObjectBuilder(statement.getValue()).remove("stored").build();
                assertEquals(withoutStored, received.get(statement.getKey()), "the LRS gets what the API serves, with the same id");
                assertEquals(Statements.authority(settings.appUrl()), received.get(statement.getKey()).getJsonObject("authority"),
                        "the LRS gets the application's authority");
                XapiStatement sent = outbox.find(statement.getKey()).orElseThrow();
                assertEquals(XapiStatement.State.SENT, sent.getState());
                assertNotNull(sent.getSentAt());
            }
            int posts = lrs.posts.size();
            assertEquals(0, forwarder.sendDue(target, later.plus(Duration.ofHours(2))).sent(), "nothing goes twice");
            assertEquals(posts, lrs.posts.size());
        }
    }

    @Test
    void theLrsRefusingABatchSendsItsStatementsAloneAndKeepsTheRefusedOne() throws Exception {
        Account learner = person(Role.LEARNER);
        records.recordAttempt(learner.getUsername(), new AttemptDraft("ITIL4-F", records.today().minusDays(1), 30, true, null));
        String id = all(api(learner), STATEMENTS).get(0).getString("id");
        try (LrsStub lrs = new LrsStub(null, null)) {
            Lrs target = new Lrs(lrs.statements(), null, null);
            Instant now = Instant.now().plus(Duration.ofDays(1)); // all that waits is due
            lrs.refuse = id;

            for (int round = 0; round < 100 && forwarder.sendDue(target, now).sent() > 0; round++) {
                // as above
            }

            assertEquals(List.of(), lrs.problems);
            XapiStatement refused = outbox.find(id).orElseThrow();
            assertEquals(XapiStatement.State.FAILED, refused.getState(), "refused when sent alone: given up, and kept");
            assertTrue(refused.getLastError().contains("400") && refused.getLastError().contains("not this one"), refused.getLastError());
            assertTrue(lrs.posts.stream().anyMatch(p -> p.status() == 400 && p.ids().equals(List.of(id))), "sent alone at last");
            assertEquals(0, forwarder.sendDue(target, now.plus(Duration.ofDays(1))).sent(), "a refused statement stays refused");
        }
    }

    /** One post the stub answered. */
    record Post(int status, List<String> ids, List<JsonObject> statements) {
    }

    /**
     * A Learning Record Store on loopback that checks each post as xAPI 1.0.3 has it (method, path,
     * credentials, version header, media type, a JSON array of statements with ids) and answers the
     * statuses queued in {@link #answers}, then 200 with the ids; a check that fails is kept in
     * {@link #problems} and answered 400. A batch holding {@link #refuse} is answered 400.
     */
    static final class LrsStub implements AutoCloseable {

        final HttpServer server;
        final String authorization;
        final List<Integer> answers = new CopyOnWriteArrayList<>();
        final List<Post> posts = new CopyOnWriteArrayList<>();
        final List<String> problems = new CopyOnWriteArrayList<>();
        volatile String refuse;

        LrsStub(String username, String password) throws IOException {
            authorization = username == null ? null
                    : "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/xapi/", this::handle);
            server.start();
        }

        URI statements() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/xapi/statements");
        }

        private void handle(HttpExchange exchange) throws IOException {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            List<String> wrong = new ArrayList<>();
            if (!"POST".equals(exchange.getRequestMethod())) {
                wrong.add("method " + exchange.getRequestMethod());
            }
            if (!"/xapi/statements".equals(exchange.getRequestURI().getPath())) {
                wrong.add("path " + exchange.getRequestURI());
            }
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null ? auth != null : !authorization.equals(auth)) {
                wrong.add("authorization " + auth);
            }
            if (!"1.0.3".equals(exchange.getRequestHeaders().getFirst("X-Experience-API-Version"))) {
                wrong.add("version " + exchange.getRequestHeaders().getFirst("X-Experience-API-Version"));
            }
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (type == null || !type.startsWith("application/json")) {
                wrong.add("content type " + type);
            }
            List<JsonObject> statements = new ArrayList<>();
            try (var reader = Json.createReader(new StringReader(body))) {
                for (JsonValue value : reader.readArray()) {
                    JsonObject s = value.asJsonObject();
                    for (String key : List.of("id", "actor", "verb", "object", "timestamp", "version")) {
                        if (!s.containsKey(key)) {
                            wrong.add("a statement without " + key);
                        }
                    }
                    if (s.containsKey("stored")) {
                        wrong.add("stored is the LRS's to set");
                    }
                    statements.add(s);
                }
            } catch (RuntimeException e) {
                wrong.add("not a JSON array of statements: " + e.getMessage());
            }
            List<String> ids = statements.stream().filter(s -> s.containsKey("id")).map(s -> s.getString("id")).toList();
            if (statements.isEmpty()) {
                wrong.add("an empty post");
            }
            if (new HashSet<>(ids).size() != ids.size()) {
                wrong.add("one id twice in a post");
            }
            int status;
            String answer;
            if (!wrong.isEmpty()) {
                problems.addAll(wrong);
                status = 400;
                answer = "{\"message\":\"" + String.join("; ", wrong).replace("\"", "'") + "\"}";
            } else if (!answers.isEmpty()) {
                status = answers.remove(0);
                answer = "{\"message\":\"down for maintenance\"}";
            } else if (refuse != null && ids.contains(refuse)) {
                status = 400;
                answer = "{\"message\":\"not this one\"}";
            } else {
                status = 200;
                answer = ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
            }
            posts.add(new Post(status, ids, statements));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Experience-API-Version", "1.0.3");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
