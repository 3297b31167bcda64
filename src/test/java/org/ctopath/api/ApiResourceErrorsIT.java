package org.ctopath.api;

import static org.ctopath.testing.http.ApiCast.ok;
import static org.ctopath.testing.http.ApiCast.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
 * The refusals of the API's resources over HTTP (no working token, a body too large, a path that
 * is not there) as problem details, and the OpenAPI document that describes the resources with
 * every error they can answer.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class ApiResourceErrorsIT {

    /** One read and one change of each resource. */
    private static final List<String> READS = List.of("/api/framework", "/api/framework/profiles/CTO", "/api/catalogue/resources",
            "/api/catalogue/resources/ITIL4-F", "/api/catalogue/certifications", "/api/people", "/api/reports", "/api/reports/plans");

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

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    private ApiCast cast() {
        return new ApiCast(baseURL, accounts, tokens, relations);
    }

    private List<String> personal(ApiCast cast) {
        String person = "/api/people/" + cast.learner;
        return List.of(person, person + "/plan", person + "/gaps", person + "/certifications");
    }

    @Test
    void withoutAWorkingTokenEveryResourceIs401() throws Exception {
        ApiCast cast = cast();
        AccessTokens.Made revoked = tokens.create(cast.learner, "revoked", LocalDate.now().plusDays(5));
        tokens.revoke(cast.learner, revoked.record().getId());
        AccessTokens.Made expired = tokens.create(cast.learner, "expired", LocalDate.now().plusDays(5));
        transaction.begin();
        em.createNativeQuery("update access_token set expires_at = ? where id = ?")
                .setParameter(1, Timestamp.valueOf(LocalDateTime.now().minusMinutes(1))).setParameter(2, expired.record().getId())
                .executeUpdate();
        transaction.commit();
        List<Api> refused = List.of(cast.anonymous, new Api(baseURL, "ctp_not-a-token-anybody-has"), new Api(baseURL, revoked.token()),
                new Api(baseURL, expired.token()));

        for (Api api : refused) {
            for (String path : READS) {
                problem(api.get(path), 401);
            }
            for (String path : personal(cast)) {
                problem(api.get(path), 401);
            }
            problem(api.put("/api/people/" + cast.learner + "/plan/items/1/progress", "{\"status\":\"COMPLETED\",\"version\":0}"), 401);
            problem(api.post("/api/people/" + cast.learner + "/certifications/attempts", "{}"), 401);
            problem(api.post("/api/people/" + cast.learner + "/assignments", "{}"), 401);
        }
        ok(cast.asLearner.get("/api/people/" + cast.learner), 200);
    }

    @Test
    void aBodyOverTheLimitIs413AndAPathThatIsNotThereIs404() throws Exception {
        ApiCast cast = cast();
        plans.createForGaps(cast.learner, plans.today(), new BigDecimal("5"));
        JsonObject item = ok(cast.asLearner.get("/api/people/" + cast.learner + "/plan"), 200).getJsonArray("items").getJsonObject(0);
        String huge = "{\"status\":\"SKIPPED\",\"reason\":\"" + "x".repeat(BodyLimit.MAX_BYTES) + "\",\"version\":"
                + item.getInt("version") + "}";

        problem(cast.asLearner.put("/api/people/" + cast.learner + "/plan/items/" + item.getInt("id") + "/progress", huge), 413);
        problem(cast.asLearner.post("/api/people/" + cast.learner + "/certifications/attempts", huge), 413);
        problem(cast.asMentor.post("/api/people/" + cast.learner + "/assignments", huge), 413);
        assertEquals("NOT_STARTED", ok(cast.asLearner.get("/api/people/" + cast.learner + "/plan/items/" + item.getInt("id")), 200)
                .getString("status"));

        problem(cast.asLearner.get("/api/no-such-resource"), 404);
        problem(cast.asLearner.get("/api/people/" + cast.learner + "/no-such-part"), 404);
        problem(cast.asLearner.get("/api/people/" + cast.learner + "/plan/items/not-a-number"), 404);
        problem(cast.asLearner.delete("/api/people/" + cast.learner + "/plan"), 405);
    }

    @Test
    void theOpenApiDocumentDescribesEveryResourceWithItsErrors() throws Exception {
        URI root = baseURL.toURI().resolve("/");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(root.resolve("/openapi?format=JSON"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonObject document = Api.object(response);
        JsonObject paths = document.getJsonObject("paths");

        assertTrue(document.getJsonObject("components").getJsonObject("schemas").containsKey("Problem"));
        String prefix = paths.keySet().stream().filter(p -> p.endsWith("/api/framework")).findFirst()
                .map(p -> p.substring(0, p.length() - "/framework".length())).orElseThrow(() -> new AssertionError(paths.keySet()));
        for (String read : List.of("/framework", "/framework/profiles/{code}", "/catalogue/resources", "/catalogue/resources/{code}",
                "/catalogue/certifications", "/people", "/people/{username}", "/people/{username}/plan",
                "/people/{username}/plan/items/{id}", "/people/{username}/gaps", "/people/{username}/certifications",
                "/people/{username}/certifications/attempts/{id}", "/reports", "/reports/{table}")) {
            JsonObject get = operation(paths, prefix + read, "get");
            Set<String> statuses = get.getJsonObject("responses").keySet();
            assertTrue(statuses.containsAll(Set.of("200", "401", "403", "500")), read + " " + statuses);
            assertTrue(!read.contains("{") || statuses.contains("404"), read + " " + statuses);
            assertTrue(get.containsKey("summary") && get.containsKey("description"), read);
        }
        JsonObject progress = operation(paths, prefix + "/people/{username}/plan/items/{id}/progress", "put");
        assertTrue(progress.getJsonObject("responses").keySet().containsAll(Set.of("200", "400", "401", "403", "404", "409", "413", "415")),
                progress.toString());
        assertTrue(progress.getJsonObject("responses").getJsonObject("409").getJsonObject("content")
                .getJsonObject("application/problem+json").getJsonObject("schema").getString("$ref").endsWith("/Problem"),
                progress.toString());
        JsonObject itemSchema = progress.getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema");
        if (itemSchema.containsKey("$ref")) {
            String ref = itemSchema.getString("$ref");
            itemSchema = document.getJsonObject("components").getJsonObject("schemas").getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
        }
        assertTrue(itemSchema != null && itemSchema.containsKey("properties"), progress.toString());
        assertTrue(itemSchema.getJsonObject("properties").keySet().containsAll(Set.of("id", "version", "status", "percentDone", "due")),
                itemSchema.toString());
        for (String created : List.of("/people/{username}/certifications/attempts", "/people/{username}/assignments")) {
            JsonObject post = operation(paths, prefix + created, "post");
            assertTrue(post.getJsonObject("responses").keySet().containsAll(Set.of("201", "400", "401", "403", "404", "413", "415")),
                    created + " " + post);
            assertTrue(post.containsKey("requestBody"), created);
        }
    }

    private static JsonObject operation(JsonObject paths, String path, String method) {
        assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
        assertTrue(paths.getJsonObject(path).containsKey(method), method + " " + path);
        return paths.getJsonObject(path).getJsonObject(method);
    }
}
