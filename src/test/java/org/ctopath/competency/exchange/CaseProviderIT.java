package org.ctopath.competency.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ctopath.competency.Framework;
import org.ctopath.competency.ProficiencyScale;
import org.ctopath.identity.AccessTokens;
import org.ctopath.identity.AccountService;
import org.ctopath.identity.Role;
import org.ctopath.mentoring.MentorRelations;
import org.ctopath.platform.Settings;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.As;
import org.ctopath.testing.callers.AsSystem;
import org.ctopath.testing.http.Api;
import org.ctopath.testing.http.ApiCast;
import org.ctopath.testing.http.Visitor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CASE 1.1 provider over HTTP, as another system uses it: a consumer that knows only the
 * provider's address pulls the shipped framework (from CFDocuments, following each object's uri) and
 * rebuilds it, and it must be the framework the application holds; the provider's refusals come in
 * CASE's own error form. The uris name the provider under APP_URL (in the tests
 * https://ctopath.test.example); the consumer asks for the same path at the test server's address.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class CaseProviderIT {

    private static final String BASE = CaseUris.BASE_PATH;

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
    CaseProvider provider;

    @Inject
    FrameworkExchange exchange;

    @Inject
    Settings settings;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    /** A CASE consumer: it asks for a uri it was given, at the test server. */
    private final class Consumer {
        final Api api;
        int requests;

        Consumer(Api api) {
            this.api = api;
        }

        JsonObject fetch(String uri) throws Exception {
            String prefix = settings.appUrl() + BASE + "/";
            assertTrue(uri.startsWith(prefix), "a uri of the provider under APP_URL: " + uri);
            HttpResponse<String> answer = api.get(BASE + "/" + uri.substring(prefix.length()).replaceFirst("#.*", ""));
            requests++;
            assertEquals(200, answer.statusCode(), uri + ": " + answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            return Api.object(answer);
        }
    }

    @Test
    void aConsumerPullsTheShippedFrameworkThroughTheProviderAndGetsWhatTheApplicationHolds() throws Exception {
        ApiCast cast = new ApiCast(baseURL, accounts, tokens, relations);
        Consumer consumer = new Consumer(cast.asLearner); // a personal access token of any role

        HttpResponse<String> listed = consumer.api.get(BASE + "/CFDocuments");
        assertEquals(200, listed.statusCode(), listed.body());
        JsonObject document = Api.object(listed).getJsonArray("CFDocuments").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getJsonObject("extensions").getString("code").equals(Framework.CTO_PATH)).findFirst().orElseThrow();
        assertEquals(document, consumer.fetch(document.getString("uri")));

        FrameworkData pulled = rebuild(consumer, document);

        assertEquals(held(Framework.CTO_PATH), pulled);
        assertTrue(pulled.groups().stream().mapToInt(g -> g.skills().size()).sum() >= 33, "the shipped skills");
        int objects = Api.object(consumer.api.get(document.getJsonObject("CFPackageURI").getString("uri")
                .substring(settings.appUrl().length()))).getJsonArray("CFItems").size();
        assertTrue(consumer.requests > 2 * objects, "each item asked for at its own address, with its type: " + consumer.requests);

    }

    /**
     * The framework, rebuilt from what the provider answers: the package for the document's item types
     * and scale and for its top groups; then each item at its uri and its children through CFItemAssociations.
     */
    private FrameworkData rebuild(Consumer consumer, JsonObject document) throws Exception {
        String docId = document.getString("identifier");
        JsonObject pack = consumer.fetch(document.getJsonObject("CFPackageURI").getString("uri"));
        assertEquals(docId, pack.getJsonObject("CFDocument").getString("identifier"));

        List<JsonObject> groupLinks = pack.getJsonArray("CFAssociations").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("associationType").equals("isChildOf")
                        && a.getJsonObject("destinationNodeURI").getString("identifier").equals(docId))
                .sorted(Comparator.comparingInt(a -> a.getInt("sequenceNumber"))).toList();
        List<FrameworkData.Group> groups = new ArrayList<>();
        for (JsonObject groupLink : groupLinks) {
            assertEquals(withDocument(groupLink, document), consumer.fetch(groupLink.getString("uri")));
            JsonObject group = consumer.fetch(groupLink.getJsonObject("originNodeURI").getString("uri"));
            assertType(consumer, group, "Skill Group", docId);
            List<FrameworkData.Skill> skills = new ArrayList<>();
            for (JsonObject skillLink : children(consumer, group)) {
                JsonObject skill = consumer.fetch(skillLink.getJsonObject("originNodeURI").getString("uri"));
                assertType(consumer, skill, "Skill", docId);
                List<String> indicators = new ArrayList<>();
                for (JsonObject indicatorLink : children(consumer, skill)) {
                    JsonObject indicator = consumer.fetch(indicatorLink.getJsonObject("originNodeURI").getString("uri"));
                    assertType(consumer, indicator, "Behavioural Indicator", docId);
                    indicators.add(indicator.getString("fullStatement"));
                }
                Map<String, String> matches = new LinkedHashMap<>();
                for (JsonObject association : associations(consumer, skill)) {
                    if (association.getString("associationType").equals("exactMatchOf")) {
                        String uri = association.getJsonObject("destinationNodeURI").getString("uri");
                        matches.put(uri.substring(0, uri.lastIndexOf(':') + 1), uri.substring(uri.lastIndexOf(':') + 1));
                        assertEquals(withDocument(association, document), consumer.fetch(association.getString("uri")));
                    }
                }
                skills.add(new FrameworkData.Skill(skill.getString("humanCodingScheme"), skill.getString("fullStatement"),
                        skill.getString("notes", null), matches.get("urn:e-cf:"), matches.get("urn:sfia:"), indicators));
            }
            groups.add(new FrameworkData.Group(group.getString("humanCodingScheme"), group.getString("fullStatement"),
                    group.getString("notes", null), skills));
        }

        JsonObject rubric = consumer.fetch(pack.getJsonArray("CFRubrics").getJsonObject(0).getString("uri"));
        List<FrameworkData.Level> levels = new ArrayList<>();
        JsonArray criterionLevels = rubric.getJsonArray("CFRubricCriteria").getJsonObject(0).getJsonArray("CFRubricCriterionLevels");
        for (JsonObject level : criterionLevels.stream().map(JsonValue::asJsonObject)
                .sorted(Comparator.comparingInt(l -> l.getInt("score"))).toList()) {
            assertEquals(rubric, consumer.fetch(level.getString("uri")), "a level's uri is its rubric's");
            levels.add(new FrameworkData.Level(level.getJsonArray("extensions").getJsonObject(0).getString("code"),
                    level.getString("quality"), level.getString("description")));
        }
        JsonObject scaleExtensions = rubric.getJsonObject("extensions");
        FrameworkData.Scale scale = new FrameworkData.Scale(scaleExtensions.getString("code"), rubric.getString("title"),
                emptyToNull(rubric.getString("description")),
                scaleExtensions.containsKey("thresholdOrdinal") ? scaleExtensions.getInt("thresholdOrdinal") : null, levels);
        return new FrameworkData(document.getJsonObject("extensions").getString("code"), document.getString("title"),
                emptyToNull(document.getString("description", null)), scale, groups);
    }

    /** The associations of an item, from CFItemAssociations: each also at its own uri. */
    private List<JsonObject> associations(Consumer consumer, JsonObject item) throws Exception {
        JsonObject set = consumer.fetch(item.getString("uri").replace("/CFItems/", "/CFItemAssociations/"));
        assertEquals(item, set.getJsonObject("CFItem"));
        return set.getJsonArray("CFAssociations").stream().map(JsonValue::asJsonObject).toList();
    }

    /** The item's children in order: the isChildOf associations that end at it. */
    private List<JsonObject> children(Consumer consumer, JsonObject item) throws Exception {
        List<JsonObject> children = new ArrayList<>();
        for (JsonObject association : associations(consumer, item)) {
            if (association.getString("associationType").equals("isChildOf")
                    && association.getJsonObject("destinationNodeURI").getString("identifier").equals(item.getString("identifier"))) {
                assertEquals(item.getString("uri"), association.getJsonObject("destinationNodeURI").getString("uri"));
                children.add(association);
            }
        }
        children.sort(Comparator.comparingInt(a -> a.getInt("sequenceNumber")));
        return children;
    }

    private static void assertType(Consumer consumer, JsonObject item, String type, String docId) throws Exception {
        assertEquals(type, item.getString("CFItemType"));
        assertEquals(docId, item.getJsonObject("CFDocumentURI").getString("identifier"));
        JsonObject types = consumer.fetch(item.getJsonObject("CFItemTypeURI").getString("uri"));
        assertEquals(type, types.getJsonArray("CFItemTypes").getJsonObject(0).getString("title"));
    }

    /** An association as the package lists it, in the form its own address answers: with its document. */
    private static JsonObject withDocument(JsonObject association, JsonObject document) {
        return jakarta.json.Json.createObjectBuilder(association).add("CFDocumentURI", jakarta.json.Json.createObjectBuilder()
                .add("title", document.getString("title")).add("identifier", document.getString("identifier"))
                .add("uri", document.getString("uri"))).build();
    }

    /** The framework as the database holds it, read from the entities. */
    private FrameworkData held(String code) throws Exception {
        transaction.begin();
        try {
            Framework framework = em.createNamedQuery(Framework.BY_CODE, Framework.class).setParameter("code", code).getSingleResult();
            ProficiencyScale scale = framework.getScale();
            return new FrameworkData(framework.getCode(), framework.getName(), framework.getDescription(),
                    new FrameworkData.Scale(scale.getCode(), scale.getName(), scale.getDescription(), scale.getThresholdOrdinal(),
                            scale.getLevels().stream().map(l -> new FrameworkData.Level(l.getCode(), l.getName(), l.getDescription())).toList()),
                    framework.getGroups().stream().map(g -> new FrameworkData.Group(g.getCode(), g.getName(), g.getDescription(),
                            g.getSkills().stream().map(s -> new FrameworkData.Skill(s.getCode(), s.getName(), s.getDescription(),
                                    s.getEcfCode(), s.getSfiaCode(), List.copyOf(s.getIndicators()))).toList())).toList());
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void anObjectsLastChangeIsItsFrameworksLastAuditedChangeNotTheTimeOfAsking() throws Exception {
        ApiCast cast = new ApiCast(baseURL, accounts, tokens, relations);
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        FrameworkData fresh = new FrameworkData("CASE-" + suffix, "Provider test " + suffix, null,
                new FrameworkData.Scale("CASE-S-" + suffix, "Two levels", null, 2, List.of(
                        new FrameworkData.Level("L1", "Learning", "Learns it"), new FrameworkData.Level("L2", "Doing", "Does it"))),
                List.of(new FrameworkData.Group("CASE-G-" + suffix, "Group " + suffix, null, List.of(
                        new FrameworkData.Skill("CASE-K-" + suffix, "Skill " + suffix, null, "A.5", null, List.of("Do it well"))))));
        assertFalse(cast.asLearner.get(BASE + "/CFDocuments").body().contains(fresh.code()), "not there before its import");
        java.time.Instant before = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        exchange.importFramework(CaseJson.write(fresh, java.time.Instant.EPOCH, settings.appUrl()).getBytes(StandardCharsets.UTF_8),
                FrameworkExchange.Format.CASE_JSON);

        Map<String, JsonObject> documents = new LinkedHashMap<>();
        Api.object(cast.asLearner.get(BASE + "/CFDocuments")).getJsonArray("CFDocuments").stream().map(JsonValue::asJsonObject)
                .forEach(d -> documents.put(d.getJsonObject("extensions").getString("code"), d));
        java.time.Instant imported = java.time.Instant.parse(documents.get(fresh.code()).getString("lastChangeDateTime"));
        assertFalse(imported.isBefore(before), imported + " is the import's time, not before " + before);
        Thread.sleep(1100); // the next answer is a second later
        JsonObject again = Api.object(cast.asLearner.get(BASE + "/CFItems/" + CaseJson.id("skill", "CASE-K-" + suffix)));
        assertEquals(imported.toString(), again.getString("lastChangeDateTime"), "the same answer when nothing changed");
    }

    @Test
    void everyUriOfTheExportFileResolvesAtTheProvider() throws Exception {
        ApiCast cast = new ApiCast(baseURL, accounts, tokens, relations);
        Consumer consumer = new Consumer(cast.asMentor);
        String file = new String(exchange.export(Framework.CTO_PATH, FrameworkExchange.Format.CASE_JSON).orElseThrow(), StandardCharsets.UTF_8);
        assertFalse(file.contains("urn:uuid:"));
        JsonObject pack = jakarta.json.Json.createReader(new StringReader(file)).readObject();
        List<String> uris = new ArrayList<>();
        collect(pack, uris);
        Set<String> distinct = new java.util.TreeSet<>(uris);
        int ours = 0;
        for (String uri : distinct) {
            if (uri.startsWith("urn:e-cf:") || uri.startsWith("urn:sfia:")) {
                continue; // e-CF and SFIA codes are other frameworks' objects
            }
            JsonObject answer = consumer.fetch(uri);
            String id = uri.substring(uri.lastIndexOf('/') + 1).replaceFirst(".*#", "");
            assertTrue(answer.toString().contains("\"identifier\":\"" + id + "\""), uri + " answers the object " + id);
            ours++;
        }
        int objects = pack.getJsonArray("CFItems").size() + pack.getJsonArray("CFAssociations").size();
        assertTrue(ours > objects, "the document, items, associations, their types and the rubric: " + ours + " for " + objects);
    }

    @Test
    void withTheTokenSettingOnlyAWorkingTokenReads() throws Exception {
        CaseProviderSetting.Access before = As.system(() -> provider.setting().getAccess());
        String username = "case-admin-" + UUID.randomUUID().toString().substring(0, 8);
        var admin = accounts.create(username, "Case Admin", "a long enough password", Set.of(Role.ADMIN));
        try {
            As.person(admin, () -> provider.choose(CaseProviderSetting.Access.TOKEN));
            Api anonymous = new Api(baseURL, null);

            HttpResponse<String> refused = anonymous.get(BASE + "/CFDocuments");
            assertStatusInfo(refused, 401, "unauthorised_request");
            assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            assertStatusInfo(new Api(baseURL, "ctp_not-a-token").get(BASE + "/CFDocuments"), 401, "unauthorised_request");
            assertStatusInfo(new Api(baseURL, CaseProvider.TOKEN_PREFIX + "not-the-token").get(BASE + "/CFDocuments"), 401, "unauthorised_request");

            String providerToken = As.person(admin, () -> provider.newToken());
            assertEquals(200, new Api(baseURL, providerToken).get(BASE + "/CFDocuments").statusCode());
            String replacement = As.person(admin, () -> provider.newToken());
            assertStatusInfo(new Api(baseURL, providerToken).get(BASE + "/CFDocuments"), 401, "unauthorised_request");
            HttpResponse<String> read = new Api(baseURL, replacement).get(BASE + "/CFDocuments");
            assertEquals(200, read.statusCode());
            assertEquals("*", read.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertEquals("nosniff", read.headers().firstValue("X-Content-Type-Options").orElse(""), "the security headers apply");
        } finally {
            As.person(admin, () -> provider.choose(before));
        }
    }

    @Test
    void openToAnyoneItAnswersWithoutATokenAndAnyOriginMayRead() throws Exception {
        CaseProviderSetting.Access before = As.system(() -> provider.setting().getAccess());
        String username = "case-admin-" + UUID.randomUUID().toString().substring(0, 8);
        var admin = accounts.create(username, "Case Admin", "a long enough password", Set.of(Role.ADMIN));
        try {
            As.person(admin, () -> provider.choose(CaseProviderSetting.Access.PUBLIC));
            Api anonymous = new Api(baseURL, null);
            HttpResponse<String> documents = anonymous.get(BASE + "/CFDocuments?limit=1");
            assertEquals(200, documents.statusCode(), documents.body());
            assertEquals("*", documents.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertEquals(1, Api.object(documents).getJsonArray("CFDocuments").size());
            assertTrue(Integer.parseInt(documents.headers().firstValue("X-Total-Count").orElseThrow()) >= 1);
            String skill = CaseUris.skillItem(settings.appUrl(), "TECH-STRATEGY-EXEC");
            HttpResponse<String> item = anonymous.get(skill.substring(settings.appUrl().length()));
            assertEquals(200, item.statusCode(), item.body());
            assertEquals(skill, Api.object(item).getString("uri"));
            HttpResponse<String> preflight = anonymous.send("OPTIONS", BASE + "/CFDocuments", null, null);
            assertEquals(204, preflight.statusCode());
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Authorization"));
            // a token that does not work is refused even so
            assertStatusInfo(new Api(baseURL, "ctp_not-a-token").get(BASE + "/CFDocuments"), 401, "unauthorised_request");
        } finally {
            As.person(admin, () -> provider.choose(before));
        }
    }

    @Test
    void anAdministratorChoosesOnTheExchangePageAndMakesTheProvidersToken() throws Exception {
        CaseProviderSetting.Access before = As.system(() -> provider.setting().getAccess());
        String username = "case-admin-" + UUID.randomUUID().toString().substring(0, 8);
        var admin = accounts.create(username, "Case Admin", "a long enough password", Set.of(Role.ADMIN));
        Visitor visitor = new Visitor(baseURL);
        visitor.signIn(username, "a long enough password");
        String page = "/admin/framework/exchange";
        Api anonymous = new Api(baseURL, null);
        try {
            assertTrue(visitor.get(page).body().contains(settings.appUrl() + BASE + "/CFDocuments"), "the address consumers start at");

            String open = visitor.submit(page, "case-provider=case-provider&case-provider%3Acase-access=PUBLIC&case-provider%3Asave-case-access=").body();
            assertTrue(open.contains("The CASE provider is open to anyone."), open);
            assertEquals(200, anonymous.get(BASE + "/CFDocuments").statusCode());

            String closed = visitor.submit(page, "case-provider=case-provider&case-provider%3Acase-access=TOKEN&case-provider%3Asave-case-access=").body();
            assertTrue(closed.contains("The CASE provider now needs a token."), closed);
            assertStatusInfo(anonymous.get(BASE + "/CFDocuments"), 401, "unauthorised_request");

            String made = visitor.submit(page, "case-provider=case-provider&case-provider%3Acase-access=TOKEN&case-provider%3Amake-case-token=").body();
            java.util.regex.Matcher token = java.util.regex.Pattern.compile("<code id=\"case-token\">(ctpcase_[A-Za-z0-9_-]+)</code>").matcher(made);
            assertTrue(token.find(), made);
            assertEquals(200, new Api(baseURL, token.group(1)).get(BASE + "/CFDocuments").statusCode());
            assertFalse(visitor.get(page).body().contains(token.group(1)), "shown once");
        } finally {
            As.person(admin, () -> provider.choose(before));
        }
    }

    @Test
    void whatIsNotThereIsRefusedInCaseErrorForm() throws Exception {
        ApiCast cast = new ApiCast(baseURL, accounts, tokens, relations);
        Api api = cast.asAdmin;
        String unknown = UUID.randomUUID().toString();
        for (String endpoint : List.of("CFDocuments", "CFPackages", "CFItems", "CFAssociations", "CFItemAssociations", "CFRubrics",
                "CFItemTypes", "CFConcepts", "CFSubjects", "CFLicenses", "CFAssociationGroupings")) {
            assertStatusInfo(api.get(BASE + "/" + endpoint + "/" + unknown), 404, "unknownobject");
        }
        String skillId = CaseJson.id("skill", "TECH-STRATEGY-EXEC");
        assertStatusInfo(api.get(BASE + "/CFAssociations/" + skillId), 404, "unknownobject"); // an item is not an association
        assertStatusInfo(api.get(BASE + "/CFItems/not-a-uuid"), 404, "invalid_uuid");
        assertStatusInfo(api.get(BASE + "/CFItems/%3Cscript%3E"), 404, "invalid_uuid");
        assertStatusInfo(api.get(BASE + "/CFNothing/" + unknown), 404, "unknownobject");
        assertStatusInfo(api.get(BASE + "/CFItems"), 404, "unknownobject");
        assertStatusInfo(api.get(BASE + "/CFDocuments?limit=0"), 400, "invalid_selection_field");
        assertStatusInfo(api.get(BASE + "/CFDocuments?offset=x"), 400, "invalid_selection_field");
        assertStatusInfo(api.send("DELETE", BASE + "/CFItems/" + skillId, null, null), 405, "forbidden");
        assertEquals(200, api.get(BASE + "/CFItems/" + skillId.toUpperCase()).statusCode(), "a sourcedId in capitals is the same UUID");
    }

    private static void assertStatusInfo(HttpResponse<String> answer, int status, String codeMinor) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject info = Api.object(answer);
        assertEquals("failure", info.getString("imsx_codeMajor"));
        assertEquals("error", info.getString("imsx_severity"));
        assertNotNull(info.getString("imsx_description"));
        assertEquals(codeMinor, info.getJsonObject("imsx_codeMinor").getJsonArray("imsx_codeMinorField").getJsonObject(0)
                .getString("imsx_codeMinorFieldValue"));
        assertFalse(answer.body().contains("Exception") || answer.body().contains("java."), answer.body());
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static void collect(JsonValue value, List<String> into) {
        if (value instanceof JsonObject object) {
            object.forEach((key, v) -> {
                if (key.equals("uri") && v instanceof JsonString s) {
                    into.add(s.getString());
                } else {
                    collect(v, into);
                }
            });
        } else if (value instanceof JsonStructure structure) {
            structure.asJsonArray().forEach(v -> collect(v, into));
        }
    }
}
