package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ctopath.identity.AccessTokens;
import org.ctopath.identity.AccountService;
import org.ctopath.mentoring.MentorRelations;
import org.ctopath.plan.DevelopmentPlan;
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
 * One inventory of every route ({@code routes.csv}): every Faces view, every API operation and
 * every servlet the application has is named there with who may reach it, and nothing else is.
 * Each sample is then requested over HTTP as anonymous, a learner, a mentor and an administrator
 * (people this test makes: a learner with the mentor, another learner nobody here mentors), and
 * answers as listed, also for someone else's object; no answer shows an exception or a stack trace.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class RouteInventoryIT {

    private static final List<String> ROLES = List.of("anonymous", "learner", "mentor", "admin");
    private static final String PASSWORD = "a long enough password";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseURL;

    @Inject
    ServletContext servletContext;

    @Inject
    AccountService accounts;

    @Inject
    AccessTokens tokens;

    @Inject
    MentorRelations relations;

    @Inject
    PlanService plans;

    record Route(String kind, String route, String sample, Map<String, String> expected, String rule) {
    }

    static List<Route> inventory() throws Exception {
        List<Route> routes = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                RouteInventoryIT.class.getResourceAsStream("/routes.csv"), StandardCharsets.UTF_8))) {
            String header = null;
            for (String line; (line = reader.readLine()) != null;) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header == null) {
                    header = line;
                    continue;
                }
                String[] cells = line.split(",", 8);
                Map<String, String> expected = new LinkedHashMap<>();
                for (int i = 0; i < ROLES.size(); i++) {
                    expected.put(ROLES.get(i), cells[3 + i].strip());
                }
                routes.add(new Route(cells[0].strip(), cells[1].strip(), cells[2].strip(), expected, cells[7].strip()));
            }
        }
        return routes;
    }

    @Test
    void theInventoryNamesEveryRouteThereIsAndNoOther() throws Exception {
        Set<String> named = new TreeSet<>();
        inventory().stream().filter(r -> !r.kind().equals("platform")).forEach(r -> named.add(r.kind() + " " + r.route()));
        Set<String> existing = new TreeSet<>();
        views("/", existing);
        apiOperations(existing);
        servlets(existing);

        Set<String> unnamed = new TreeSet<>(existing);
        unnamed.removeAll(named);
        Set<String> gone = new TreeSet<>(named);
        gone.removeAll(existing);
        assertTrue(unnamed.isEmpty(), "routes that routes.csv does not name (add them with who may reach them): " + unnamed);
        assertTrue(gone.isEmpty(), "routes.csv names routes that no longer exist: " + gone);
    }

    /** Every view file outside WEB-INF and resources, as its address (extensionless for Faces views). */
    private void views(String folder, Set<String> into) {
        for (String path : servletContext.getResourcePaths(folder)) {
            if (path.startsWith("/WEB-INF/") || path.startsWith("/META-INF/") || path.startsWith("/resources/")) {
                continue;
            }
            if (path.endsWith("/")) {
                views(path, into);
            } else if (path.endsWith(".xhtml")) {
                String address = path.substring(0, path.length() - ".xhtml".length());
                into.add("page " + (address.equals("/index") ? "/" : address));
            } else if (path.endsWith(".html")) {
                into.add("page " + path);
            }
        }
    }

    /** Every operation of the API, from the live OpenAPI document (which MicroProfile builds from the resources' @Path). */
    private void apiOperations(Set<String> into) throws Exception {
        HttpResponse<String> document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(baseURL.toURI().resolve("/openapi?format=JSON"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, document.statusCode(), document.body());
        JsonObject paths = Json.createReader(new StringReader(document.body())).readObject().getJsonObject("paths");
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            String address = path.getKey().startsWith("/api/") ? path.getKey() : "/api" + path.getKey();
            for (String method : path.getValue().asJsonObject().keySet()) {
                if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                    into.add("api " + method.toUpperCase() + " " + address);
                }
            }
        }
    }

    /** Every servlet mapping of the application but the Faces servlet's, the API's and the container's own. */
    private void servlets(Set<String> into) {
        for (ServletRegistration servlet : servletContext.getServletRegistrations().values()) {
            String type = servlet.getClassName() == null ? "" : servlet.getClassName();
            if (!type.startsWith("org.ctopath.") || type.contains("IT$")) {
                continue; // Faces, JAX-RS, the default and JSP servlets; the servlets of in-container tests
            }
            servlet.getMappings().forEach(mapping -> into.add("servlet " + mapping));
        }
    }

    /**
     * The values of routes.csv's placeholders ({learner}, {otherPlan}, ...) for a cast of the test's
     * own: a plan each for the learner and for the other learner, so that id-taking routes have an
     * object of one's own and one of someone else's.
     */
    static Map<String, String> placeholders(ApiCast cast, PlanService plans, AccountService accounts) {
        DevelopmentPlan plan = plans.createForGaps(cast.learner, plans.today(), new BigDecimal("5"));
        DevelopmentPlan otherPlan = plans.createForGaps(cast.other, plans.today(), new BigDecimal("5"));
        return Map.of(
                "{learner}", cast.learner, "{other}", cast.other,
                "{learnerId}", String.valueOf(cast.learnerAccount.getId()),
                "{otherId}", String.valueOf(accounts.findByUsername(cast.other).orElseThrow().getId()),
                "{plan}", String.valueOf(plan.getId()), "{otherPlan}", String.valueOf(otherPlan.getId()),
                "{item}", String.valueOf(plan.getItems().get(0).getId()),
                "{otherItem}", String.valueOf(otherPlan.getItems().get(0).getId()));
    }

    @Test
    void everyRouteAnswersEachRoleAsListedAndNeverLeaks() throws Exception {
        ApiCast cast = new ApiCast(baseURL, accounts, tokens, relations);
        Map<String, String> values = placeholders(cast, plans, accounts);
        Map<String, FailuresIT.Session> sessions = Map.of(
                "anonymous", new FailuresIT.Session(baseURL),
                "learner", new FailuresIT.Session(baseURL).signIn(cast.learner),
                "mentor", new FailuresIT.Session(baseURL).signIn(cast.mentor),
                "admin", new FailuresIT.Session(baseURL).signIn(cast.admin));
        Map<String, Api> apis = Map.of("anonymous", cast.anonymous, "learner", cast.asLearner, "mentor", cast.asMentor, "admin", cast.asAdmin);

        List<String> wrong = new ArrayList<>();
        for (Route route : inventory()) {
            String sample = route.sample();
            for (Map.Entry<String, String> value : values.entrySet()) {
                sample = sample.replace(value.getKey(), value.getValue());
            }
            String method = route.kind().equals("api") ? route.route().substring(0, route.route().indexOf(' ')) : "GET";
            for (String role : ROLES) {
                String expected = route.expected().get(role);
                if (expected.equals("-")) {
                    continue;
                }
                HttpResponse<String> answer = route.kind().equals("api")
                        ? apis.get(role).send(method, sample, method.equals("GET") ? null : "application/json", method.equals("GET") ? null : "{}")
                        : route.kind().equals("platform") // the runtime's, at the server's root whatever the application's
                        ? HttpClient.newHttpClient().send(HttpRequest.newBuilder(baseURL.toURI().resolve(sample)).GET().build(),
                                HttpResponse.BodyHandlers.ofString())
                        : sessions.get(role).get(sample);
                String got = String.valueOf(answer.statusCode());
                if (answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").matches(".*/login(\\.xhtml)?(\\?.*)?$")) {
                    got = "login";
                }
                if (!got.equals(expected)) {
                    wrong.add(role + " " + method + " " + sample + ": " + got + ", listed " + expected + " (" + route.rule() + ")");
                }
                String body = answer.body();
                if (body.contains("Exception") || body.contains("\tat org.") || body.contains("java.lang.")) {
                    wrong.add(role + " " + method + " " + sample + ": the answer shows an exception or a stack trace");
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " answer(s) not as routes.csv lists them:\n" + String.join("\n", wrong));
    }
}
