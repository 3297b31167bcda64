package org.ctopath.api;

import static org.ctopath.testing.http.ApiCast.fields;
import static org.ctopath.testing.http.ApiCast.ok;
import static org.ctopath.testing.http.ApiCast.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ctopath.identity.AccessTokens;
import org.ctopath.identity.AccountService;
import org.ctopath.mentoring.MentorRelations;
import org.ctopath.plan.PlanService;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.ctopath.testing.http.Api;
import org.ctopath.testing.http.ApiCast;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The resources of the JSON API over HTTP, with tokens of a learner, their mentor, another learner
 * and an administrator: what each reads and changes, and the same role and relation rules as the
 * pages (a mentor's token sees only their mentees, a learner's only themselves).
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class ApiResourcesIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseURL;

    @Inject
    AccountService accounts;

    @Inject
    AccessTokens tokens;

    @Inject
    MentorRelations relations;

    @Inject
    PlanService plans;

    private ApiCast cast() {
        return new ApiCast(baseURL, accounts, tokens, relations);
    }

    private static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void theFrameworkListsItsScaleGroupsSkillsAndProfiles() throws Exception {
        ApiCast cast = cast();

        JsonObject framework = ok(cast.asLearner.get("/api/framework"), 200);

        assertEquals("CTO-PATH", framework.getString("code"));
        List<JsonObject> levels = framework.getJsonObject("scale").getJsonArray("levels").getValuesAs(JsonObject.class);
        assertEquals(List.of(1, 2, 3, 4, 5), levels.stream().map(l -> l.getInt("ordinal")).toList());
        List<JsonObject> groups = framework.getJsonArray("groups").getValuesAs(JsonObject.class);
        assertFalse(groups.isEmpty());
        groups.forEach(g -> assertFalse(g.getJsonArray("skills").isEmpty(), g.toString()));
        JsonObject skill = groups.get(0).getJsonArray("skills").getJsonObject(0);
        assertFalse(skill.getJsonArray("indicators").isEmpty(), skill.toString());
        assertTrue(framework.getJsonArray("profiles").getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getString("code").equals("CTO")), framework.toString());

        JsonObject profile = ok(cast.asMentor.get("/api/framework/profiles/CTO"), 200);
        List<JsonObject> targets = profile.getJsonArray("targets").getValuesAs(JsonObject.class);
        assertFalse(targets.isEmpty());
        targets.forEach(t -> assertTrue(t.getInt("level") >= 1 && t.getInt("level") <= 5, t.toString()));
        Set<String> skills = new HashSet<>();
        groups.forEach(g -> g.getJsonArray("skills").getValuesAs(JsonObject.class).forEach(s -> skills.add(s.getString("code"))));
        targets.forEach(t -> assertTrue(skills.contains(t.getString("skill")), t + " is a skill of the framework"));

        problem(cast.asLearner.get("/api/framework/profiles/NO-SUCH-PROFILE"), 404);
    }

    @Test
    void theCatalogueIsPagedFilteredAndShowsACertificationsExam() throws Exception {
        ApiCast cast = cast();

        JsonObject first = ok(cast.asLearner.get("/api/catalogue/resources?limit=5"), 200);
        assertEquals(5, items(first).size());
        assertTrue(first.getInt("total") > 5, first.toString());
        assertEquals(5, first.getInt("next"));
        JsonObject second = ok(cast.asLearner.get("/api/catalogue/resources?limit=5&offset=" + first.getInt("next")), 200);
        assertEquals(5, second.getInt("offset"));
        Set<String> codes = new HashSet<>();
        items(first).forEach(r -> codes.add(r.getString("code")));
        items(second).forEach(r -> assertTrue(codes.add(r.getString("code")), "pages do not overlap: " + r));
        JsonObject last = ok(cast.asLearner.get("/api/catalogue/resources?limit=5&offset=" + (first.getInt("total") - 1)), 200);
        assertEquals(1, items(last).size());
        assertFalse(last.containsKey("next"), last.toString());

        JsonObject certifications = ok(cast.asLearner.get("/api/catalogue/resources?kind=certification&limit=100"), 200);
        assertFalse(items(certifications).isEmpty());
        items(certifications).forEach(r -> assertEquals("CERTIFICATION", r.getString("kind")));

        JsonObject itil = ok(cast.asLearner.get("/api/catalogue/resources/ITIL4-F"), 200);
        assertEquals("ITIL 4 Foundation", itil.getString("title"));
        assertTrue(itil.getJsonObject("certification").getString("issuingBody").startsWith("PeopleCert"), itil.toString());
        JsonObject certificationList = ok(cast.asLearner.get("/api/catalogue/certifications?limit=100"), 200);
        assertTrue(items(certificationList).stream().anyMatch(c -> c.getString("code").equals("ITIL4-F")), certificationList.toString());

        JsonObject search = ok(cast.asLearner.get("/api/catalogue/resources?q=itil%204%20foundation"), 200);
        assertTrue(items(search).stream().anyMatch(r -> r.getString("code").equals("ITIL4-F")), search.toString());

        assertEquals(List.of("kind"), fields(problem(cast.asLearner.get("/api/catalogue/resources?kind=PODCAST"), 400)));
        assertEquals(List.of("limit"), fields(problem(cast.asLearner.get("/api/catalogue/resources?limit=101"), 400)));
        assertEquals(List.of("offset"), fields(problem(cast.asLearner.get("/api/catalogue/resources?offset=-1"), 400)));
        assertEquals(List.of("limit"), fields(problem(cast.asLearner.get("/api/catalogue/resources?limit=many"), 400)));
        problem(cast.asLearner.get("/api/catalogue/resources/NO-SUCH-RESOURCE"), 404);
    }

    @Test
    void eachTokenSeesOnlyThePeopleItsOwnerSees() throws Exception {
        ApiCast cast = cast();

        assertEquals(cast.learner, ok(cast.asLearner.get("/api/people/" + cast.learner), 200).getString("username"));
        problem(cast.asLearner.get("/api/people/" + cast.other), 404);
        problem(cast.asLearner.get("/api/people"), 403);

        JsonObject mentees = ok(cast.asMentor.get("/api/people"), 200);
        assertEquals(1, mentees.getInt("total"));
        assertEquals(List.of(cast.learner), items(mentees).stream().map(p -> p.getString("username")).toList());
        JsonObject mentee = ok(cast.asMentor.get("/api/people/" + cast.learner), 200);
        assertEquals(cast.mentor, mentee.getString("mentor"));
        assertEquals(List.of("LEARNER"), mentee.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        problem(cast.asMentor.get("/api/people/" + cast.other), 404);
        problem(cast.asMentor.get("/api/people/" + cast.admin), 404);

        assertEquals(cast.other, ok(cast.asAdmin.get("/api/people/" + cast.other), 200).getString("username"));
        problem(cast.asAdmin.get("/api/people/nobody-at-all-" + cast.learner), 404);
        JsonObject everyone = ok(cast.asAdmin.get("/api/people?limit=2"), 200);
        assertTrue(everyone.getInt("total") >= 4, everyone.toString());
        assertEquals(2, items(everyone).size());
        assertEquals(2, everyone.getInt("next"));
    }

    @Test
    void thePlanIsReadByItsOwnerTheirMentorAndAnAdministratorOnly() throws Exception {
        ApiCast cast = cast();
        problem(cast.asLearner.get("/api/people/" + cast.learner + "/plan"), 404);
        plans.createForGaps(cast.learner, plans.today(), new BigDecimal("5"));

        JsonObject plan = ok(cast.asLearner.get("/api/people/" + cast.learner + "/plan"), 200);

        assertEquals("DRAFT", plan.getString("state"));
        List<JsonObject> items = plan.getJsonArray("items").getValuesAs(JsonObject.class);
        assertFalse(items.isEmpty());
        JsonObject item = items.get(0);
        assertEquals("NOT_STARTED", item.getString("status"));
        assertTrue(item.containsKey("due") && item.containsKey("version") && item.containsKey("id"), item.toString());
        assertEquals(plan, ok(cast.asMentor.get("/api/people/" + cast.learner + "/plan"), 200));
        assertEquals(plan, ok(cast.asAdmin.get("/api/people/" + cast.learner + "/plan"), 200));
        assertEquals(item, ok(cast.asMentor.get("/api/people/" + cast.learner + "/plan/items/" + item.getInt("id")), 200));
        problem(cast.asOther.get("/api/people/" + cast.learner + "/plan"), 404);
        problem(cast.asOther.get("/api/people/" + cast.learner + "/plan/items/" + item.getInt("id")), 404);
        problem(cast.asLearner.get("/api/people/" + cast.learner + "/plan/items/0"), 404);
    }

    @Test
    void onlyTheLearnerRecordsProgressAndAStaleVersionIsAConflict() throws Exception {
        ApiCast cast = cast();
        plans.createForGaps(cast.learner, plans.today(), new BigDecimal("5"));
        JsonObject item = ok(cast.asLearner.get("/api/people/" + cast.learner + "/plan"), 200).getJsonArray("items").getJsonObject(0);
        String path = "/api/people/" + cast.learner + "/plan/items/" + item.getInt("id") + "/progress";
        String body = "{\"status\":\"IN_PROGRESS\",\"percent\":40,\"hours\":2.5,\"version\":" + item.getInt("version") + "}";

        problem(cast.asMentor.put(path, body), 403);
        problem(cast.asAdmin.put(path, body), 403);
        problem(cast.asOther.put(path, body), 404);
        JsonObject recorded = ok(cast.asLearner.put(path, body), 200);

        assertEquals("IN_PROGRESS", recorded.getString("status"));
        assertEquals(40, recorded.getInt("percentDone"));
        assertEquals(0, new BigDecimal("2.5").compareTo(recorded.getJsonNumber("hoursSpent").bigDecimalValue()));
        assertNotEquals(item.getInt("version"), recorded.getInt("version"));
        assertEquals(recorded, ok(cast.asMentor.get("/api/people/" + cast.learner + "/plan/items/" + item.getInt("id")), 200),
                "the mentor reads what the learner recorded");

        JsonObject conflict = problem(cast.asLearner.put(path, body), 409);
        assertFalse(conflict.getString("detail").isBlank());

        String current = ",\"version\":" + recorded.getInt("version") + "}";
        assertEquals(List.of("status"), fields(problem(cast.asLearner.put(path, "{\"status\":\"DONE\"" + current), 400)));
        assertEquals(Set.of("status", "percent"), Set.copyOf(fields(problem(cast.asLearner.put(path,
                "{\"status\":\"DONE\",\"percent\":250" + current), 400))));
        assertEquals(List.of("status"), fields(problem(cast.asLearner.put(path, "{\"percent\":50" + current), 400)));
        assertEquals(Set.of("percent", "hours", "reason"), Set.copyOf(fields(problem(cast.asLearner.put(path,
                "{\"status\":\"SKIPPED\",\"percent\":101,\"hours\":-1" + current), 400))));
        assertEquals(Set.of("status", "version"), Set.copyOf(fields(problem(cast.asLearner.put(path, "{}"), 400))));
        problem(cast.asLearner.put(path, "{\"status\":"), 400);
        problem(cast.asLearner.put("/api/people/" + cast.learner + "/plan/items/0/progress", "{\"status\":\"COMPLETED\",\"version\":0}"), 404);
        problem(cast.asLearner.send("PUT", path, "text/plain", "COMPLETED"), 415);

        JsonObject completed = ok(cast.asLearner.put(path, "{\"status\":\"COMPLETED\",\"percent\":100" + current), 200);
        assertEquals("COMPLETED", completed.getString("status"));
    }

    @Test
    void gapsAreReadByTheLearnerAndTheirMentorOnly() throws Exception {
        ApiCast cast = cast();

        JsonObject gaps = ok(cast.asLearner.get("/api/people/" + cast.learner + "/gaps"), 200);

        assertEquals("CTO", gaps.getString("profile"));
        List<JsonObject> list = gaps.getJsonArray("gaps").getValuesAs(JsonObject.class);
        JsonObject profile = ok(cast.asLearner.get("/api/framework/profiles/CTO"), 200);
        assertEquals(profile.getJsonArray("targets").size(), list.size());
        list.forEach(g -> {
            assertEquals(0, g.getInt("current"), "nothing is rated yet: " + g);
            assertEquals(g.getInt("target"), g.getInt("gap"));
            assertTrue(g.getBoolean("open"));
        });
        assertTrue(list.stream().anyMatch(g -> !g.getJsonArray("recommendations").isEmpty()), gaps.toString());
        assertEquals(gaps, ok(cast.asMentor.get("/api/people/" + cast.learner + "/gaps"), 200));
        problem(cast.asOther.get("/api/people/" + cast.learner + "/gaps"), 404);
        problem(cast.asMentor.get("/api/people/" + cast.other + "/gaps"), 404);
    }

    @Test
    void aLearnerRecordsTheirOwnExamAttempts() throws Exception {
        ApiCast cast = cast();
        String path = "/api/people/" + cast.learner + "/certifications/attempts";
        String body = "{\"certification\":\"ITIL4-F\",\"on\":\"" + LocalDate.now().minusDays(3)
                + "\",\"passed\":true,\"certificateNumber\":\"GB-123\"}";

        problem(cast.asMentor.post(path, body), 403);
        problem(cast.asOther.post(path, body), 404);
        HttpResponse<String> created = cast.asLearner.post(path, body);
        JsonObject attempt = ok(created, 201);

        assertEquals("ITIL4-F", attempt.getString("certification"));
        assertTrue(attempt.getBoolean("passed"));
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith(path + "/" + attempt.getInt("id")), location);
        assertEquals(attempt, ok(cast.asMentor.get(URI.create(location).getRawPath().replaceFirst("^.*/api/", "/api/")), 200));
        JsonObject record = ok(cast.asMentor.get("/api/people/" + cast.learner + "/certifications"), 200);
        assertEquals(List.of(attempt), record.getJsonArray("attempts").getValuesAs(JsonObject.class));
        assertFalse(record.getJsonArray("designations").isEmpty());
        problem(cast.asOther.get("/api/people/" + cast.learner + "/certifications"), 404);
        problem(cast.asLearner.get(path + "/0"), 404);

        assertEquals(Set.of("certification", "on", "passed"), Set.copyOf(fields(problem(cast.asLearner.post(path,
                "{\"certification\":\"NO-SUCH\",\"on\":\"14/03/2026\",\"score\":-1}"), 400))));
        assertEquals(List.of("passed"), fields(problem(cast.asLearner.post(path,
                "{\"certification\":\"ITIL4-F\",\"on\":\"" + LocalDate.now().minusDays(1) + "\"}"), 400)));
        assertEquals(Set.of("certification", "on", "certificateNumber"), Set.copyOf(fields(problem(cast.asLearner.post(path,
                "{\"certification\":\"NO-SUCH\",\"on\":\"" + LocalDate.now().plusDays(1) + "\",\"passed\":false,\"certificateNumber\":\""
                        + "x".repeat(65) + "\"}"), 400))));
        problem(cast.asLearner.send("POST", path, "text/plain", body), 415);
        assertEquals(1, ok(cast.asLearner.get("/api/people/" + cast.learner + "/certifications"), 200)
                .getJsonArray("attempts").size(), "refused attempts are not recorded");
    }

    @Test
    void aMentorAssignsToTheirOwnMenteesOnly() throws Exception {
        ApiCast cast = cast();
        String book = items(ok(cast.asMentor.get("/api/catalogue/resources?kind=BOOK&limit=1"), 200)).get(0).getString("code");
        LocalDate due = LocalDate.now().plusDays(30);
        String body = "{\"resource\":\"" + book + "\",\"due\":\"" + due + "\",\"note\":\"Read it before our next talk.\"}";
        String path = "/api/people/" + cast.learner + "/assignments";

        problem(cast.asLearner.post(path, body), 403);
        problem(cast.asAdmin.post(path, body), 403);
        problem(cast.asMentor.post("/api/people/" + cast.other + "/assignments", body), 404);
        HttpResponse<String> created = cast.asMentor.post(path, body);
        JsonObject assignment = ok(created, 201);

        assertEquals("ADDED", assignment.getString("outcome"));
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/api/people/" + cast.learner + "/plan/items/" + assignment.getInt("item")), location);
        JsonObject item = ok(cast.asLearner.get("/api/people/" + cast.learner + "/plan/items/" + assignment.getInt("item")), 200);
        assertEquals(book, item.getString("resource"));
        assertTrue(item.getBoolean("assigned"));
        assertEquals(cast.mentor, item.getString("assignedBy"));
        assertEquals(due.toString(), item.getString("due"));
        assertEquals("Read it before our next talk.", item.getString("assignmentNote"));
        JsonObject plan = ok(cast.asLearner.get("/api/people/" + cast.learner + "/plan"), 200);
        assertEquals("ACTIVE", plan.getString("state"), "a plan made to hold the assignment");

        assertEquals("ALREADY_ASSIGNED", ok(cast.asMentor.post(path, body), 200).getString("outcome"));
        assertEquals(Set.of("resource", "due"), Set.copyOf(fields(problem(cast.asMentor.post(path,
                "{\"resource\":\"NO-SUCH\",\"due\":\"next week\"}"), 400))));
        assertEquals(List.of("due"), fields(problem(cast.asMentor.post(path,
                "{\"resource\":\"" + book + "\",\"due\":\"" + LocalDate.now().minusDays(1) + "\"}"), 400)));
        problem(cast.asMentor.send("POST", path, "text/plain", body), 415);
    }

    @Test
    void reportsAreForAdministratorsAndRefuseABadFilterByName() throws Exception {
        ApiCast cast = cast();
        plans.createForGaps(cast.learner, plans.today(), new BigDecimal("5"));
        plans.createForGaps(cast.other, plans.today(), new BigDecimal("5"));

        List<JsonObject> tables = Api.json(cast.asAdmin.get("/api/reports")).asJsonArray().getValuesAs(JsonObject.class);
        assertTrue(tables.stream().anyMatch(t -> t.getString("key").equals("plan-list")), tables.toString());

        JsonObject mine = ok(cast.asAdmin.get("/api/reports/plan-list?q=" + cast.learnerAccount.getDisplayName().replace(" ", "%20")), 200);
        assertEquals(1, mine.getInt("total"), mine.toString());
        JsonObject row = items(mine).get(0);
        assertEquals(cast.learnerAccount.getDisplayName(), row.getString("person"));
        assertEquals("DRAFT", row.getString("state"), row.toString());

        JsonObject page = ok(cast.asAdmin.get("/api/reports/plan-list?limit=1&sort=person&desc=true"), 200);
        assertEquals(1, items(page).size());
        assertEquals(1, page.getInt("next"));
        assertTrue(page.getInt("total") >= 2, page.toString());
        ok(cast.asAdmin.get("/api/reports/plans?from=2020-01-01&to=2030-12-31"), 200);
        ok(cast.asAdmin.get("/api/reports/renewal-people?limit=100"), 200);

        problem(cast.asLearner.get("/api/reports"), 403);
        problem(cast.asMentor.get("/api/reports/plans"), 403);
        problem(cast.asAdmin.get("/api/reports/no-such-table"), 404);
        assertEquals(List.of("from"), fields(problem(cast.asAdmin.get("/api/reports/plans?from=2026-13-01"), 400)));
        assertEquals(List.of("to"), fields(problem(cast.asAdmin.get("/api/reports/plans?from=2026-02-01&to=2026-01-01"), 400)));
        assertEquals(List.of("team"), fields(problem(cast.asAdmin.get("/api/reports/plans?team=999999999"), 400)));
        assertEquals(List.of("profile"), fields(problem(cast.asAdmin.get("/api/reports/heatmap?profile=NO-SUCH"), 400)));
        assertEquals(List.of("sort"), fields(problem(cast.asAdmin.get("/api/reports/plan-list?sort=password"), 400)));
        assertEquals(List.of("limit"), fields(problem(cast.asAdmin.get("/api/reports/plan-list?limit=1000"), 400)));
    }
}
