package org.ctopath.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.ctopath.testing.http.Api;
import org.ctopath.testing.http.Visitor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Personal access tokens over HTTP: made on the person's own page and shown once, kept hashed,
 * accepted as Bearer by the API until revoked or expired, and every refusal a problem detail.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class AccessTokensIT {

    private static final String PASSWORD = "a long enough password";
    private static final Pattern MADE = Pattern.compile("id=\"tokens:made\"[^>]*value=\"(ctp_[^\"]+)\"|value=\"(ctp_[^\"]+)\"[^>]*id=\"tokens:made\"");

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

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    private Account newPerson(Role... roles) {
        return accounts.create("token-" + UUID.randomUUID().toString().substring(0, 8), "Tess Token", PASSWORD, Set.of(roles));
    }

    private String tokenFor(Account person) {
        return tokens.create(person.getUsername(), "test", LocalDate.now(ZoneOffset.UTC).plusDays(30)).token();
    }

    private void sql(String statement, Object... parameters) throws Exception {
        transaction.begin();
        var query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
        transaction.commit();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertFalse(org.ctopath.testing.http.ApiCast.problem(response, status).getString("detail").isBlank());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aTokenMadeOnThePageIsShownOnceKeptHashedWorksAsBearerAndStopsWhenRevoked() throws Exception {
        Account mentor = newPerson(Role.MENTOR, Role.LEARNER);
        Visitor visitor = new Visitor(baseURL);
        visitor.signIn(mentor.getUsername(), PASSWORD);
        String expires = LocalDate.now(ZoneOffset.UTC).plusDays(10).toString();

        HttpResponse<String> made = visitor.submit("/account/tokens",
                "tokens=tokens&tokens%3Aname=" + encode("HR <sync>") + "&tokens%3Aexpires_input=" + expires + "&tokens%3Acreate=");
        assertEquals(200, made.statusCode());
        Matcher shown = MADE.matcher(made.body());
        assertTrue(shown.find(), made.body());
        String token = shown.group(1) != null ? shown.group(1) : shown.group(2);
        assertTrue(made.body().contains("HR &lt;sync&gt;"), "the name comes back as text");

        HttpResponse<String> me = new Api(baseURL, token).get("/api/me");
        assertEquals(200, me.statusCode(), me.body());
        JsonObject caller = Api.object(me);
        assertEquals(mentor.getUsername(), caller.getString("username"));
        assertEquals(List.of("LEARNER", "MENTOR"), caller.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());

        String page = visitor.get("/account/tokens").body();
        assertFalse(page.contains(token), "shown once only");
        assertTrue(page.contains(token.substring(0, 8)), "its start tells it apart");
        assertTrue(page.contains("Active"));
        assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from access_token where token_hash = ?1")
                .setParameter(1, AccessTokens.hash(token)).getSingleResult()).longValue(), "the hash is kept");
        assertEquals(0L, ((Number) em.createNativeQuery("select count(*) from access_token where token_hash = ?1 or name = ?1")
                .setParameter(1, token).getSingleResult()).longValue(), "the token itself is not");
        AccessToken record = tokens.of(mentor.getUsername()).get(0);
        assertNotEquals(null, record.getLastUsedAt(), "its use is noted");
        assertEquals(LocalDate.parse(expires).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), record.getExpiresAt(),
                "it works until the end of the chosen day");

        HttpResponse<String> revoked = visitor.submit("/account/tokens", "tokens=tokens&tokens%3Alist%3A0%3Arevoke=");
        assertEquals(302, revoked.statusCode(), revoked.body());
        assertTrue(visitor.get("/account/tokens").body().contains("Revoked"));
        HttpResponse<String> refused = new Api(baseURL, token).get("/api/me");
        assertProblem(refused, 401);
        assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").contains("error=\"invalid_token\""));
    }

    @Test
    void thePageRefusesANamelessTokenAndAnExpiryOutOfRange() throws Exception {
        Account learner = newPerson(Role.LEARNER);
        Visitor visitor = new Visitor(baseURL);
        visitor.signIn(learner.getUsername(), PASSWORD);

        String nameless = visitor.submit("/account/tokens", "tokens=tokens&tokens%3Aname=&tokens%3Aexpires_input="
                + LocalDate.now(ZoneOffset.UTC).plusDays(5) + "&tokens%3Acreate=").body();
        assertTrue(nameless.contains("Name the token after what will use it."), nameless);
        assertFalse(MADE.matcher(nameless).find());
        String tooLong = visitor.submit("/account/tokens", "tokens=tokens&tokens%3Aname=ci&tokens%3Aexpires_input="
                + LocalDate.now(ZoneOffset.UTC).plusYears(3) + "&tokens%3Acreate=").body();
        assertTrue(tooLong.contains("Value must be between"), tooLong);
        assertFalse(MADE.matcher(tooLong).find());
        assertTrue(tokens.of(learner.getUsername()).isEmpty());
    }

    @Test
    void theApiAnswersEveryCallWithoutAWorkingTokenWith401() throws Exception {
        Account learner = newPerson(Role.LEARNER);
        String token = tokenFor(learner);
        assertEquals(200, new Api(baseURL, token).get("/api/me").statusCode());

        HttpResponse<String> none = new Api(baseURL, null).get("/api/me");
        assertProblem(none, 401);
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertProblem(new Api(baseURL, "ctp_nonsense").get("/api/me"), 401);
        assertProblem(new Api(baseURL, token + "x").get("/api/me"), 401);

        HttpResponse<String> basic = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseURL.toExternalForm() + "api/me"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((learner.getUsername() + ":" + PASSWORD).getBytes()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(basic, 401);

        Visitor signedIn = new Visitor(baseURL);
        signedIn.signIn(learner.getUsername(), PASSWORD);
        assertProblem(signedIn.get("/api/me"), 401); // a browser session does not open the API

        sql("update access_token set expires_at = ?1 where token_hash = ?2",
                java.time.LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1), AccessTokens.hash(token));
        assertProblem(new Api(baseURL, token).get("/api/me"), 401);
    }

    @Test
    void aDeactivatedPersonsTokenStopsWorking() throws Exception {
        Account learner = newPerson(Role.LEARNER);
        String token = tokenFor(learner);
        assertEquals(200, new Api(baseURL, token).get("/api/me").statusCode());
        sql("update account set active = false where id = ?1", learner.getId());
        assertProblem(new Api(baseURL, token).get("/api/me"), 401);
    }

    @Test
    void inDemoModeEachDemoAccountHasTheWellKnownTokenOfTheReadme() throws Exception {
        HttpResponse<String> me = new Api(baseURL, "ctp_demo_mentor").get("/api/me");
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("mentor", Api.object(me).getString("username"));
        assertEquals("Demo token (README)", tokens.of("mentor").stream().map(AccessToken::getName)
                .filter(n -> n.startsWith("Demo")).findFirst().orElseThrow());
        assertProblem(new Api(baseURL, "ctp_demo_nobody").get("/api/me"), 401);
    }

    @Test
    void whatTheApiDoesNotHaveIsAProblemDetailToo() throws Exception {
        Api api = new Api(baseURL, tokenFor(newPerson(Role.LEARNER)));
        assertProblem(api.get("/api/no-such-thing"), 404);
        assertProblem(api.post("/api/me", "{}"), 405);
        HttpResponse<String> html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseURL.toExternalForm() + "api/me"))
                .header("Authorization", "Bearer " + tokenFor(newPerson(Role.LEARNER))).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(html, 406);
    }

    @Test
    void theOpenApiDocumentDescribesTheOperationsTheirErrorsAndTheTokenScheme() throws Exception {
        URI root = URI.create(baseURL.toExternalForm()).resolve("/openapi");
        HttpResponse<String> document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(root)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, document.statusCode(), document.body());
        JsonObject openapi = Api.object(document);
        JsonObject me = openapi.getJsonObject("paths").entrySet().stream().filter(e -> e.getKey().endsWith("/me"))
                .findFirst().orElseThrow(() -> new AssertionError(document.body())).getValue().asJsonObject().getJsonObject("get");
        JsonObject responses = me.getJsonObject("responses");
        assertTrue(responses.containsKey("200"), responses.toString());
        for (String status : List.of("401", "403", "500")) {
            assertEquals("#/components/schemas/Problem", responses.getJsonObject(status).getJsonObject("content")
                    .getJsonObject("application/problem+json").getJsonObject("schema").getString("$ref"), status);
        }
        JsonObject components = openapi.getJsonObject("components");
        assertTrue(components.getJsonObject("schemas").getJsonObject("Problem").getJsonObject("properties").containsKey("detail"));
        assertEquals("bearer", components.getJsonObject("securitySchemes").getJsonObject("token").getString("scheme"));
    }
}
