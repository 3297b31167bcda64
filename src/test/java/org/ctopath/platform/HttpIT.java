package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.ctopath.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the server answers over plain HTTP: health, cookies, error pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ArquillianResource
    URL baseURL;

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String app(String path) {
        return baseURL.toExternalForm().replaceAll("/$", "") + path;
    }

    @Test
    void healthIsUpWithTheDatabaseReachable() throws Exception {
        URI root = baseURL.toURI().resolve("/health");

        HttpResponse<String> response = get(root.toString());

        assertEquals(200, response.statusCode());
        String body = response.body().replace(" ", "");
        assertTrue(body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("\"name\":\"database\",\"status\":\"UP\""), body);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> response = get(app("/login"));

        assertEquals(200, response.statusCode());
        List<String> cookies = response.headers().allValues("Set-Cookie");
        String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(session.contains("HttpOnly"), session);
        assertTrue(session.toLowerCase().contains("samesite=lax"), session);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (String path : List.of("/learner/home", "/mentor/home", "/admin/home", "/competency/profile")) {
            HttpResponse<String> response = get(app(path));
            assertEquals(302, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/login"), path);
        }
    }

    @Test
    void anUnknownAddressGetsTheFriendlyNotFoundPage() throws Exception {
        HttpResponse<String> response = get(app("/no/such/page"));

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("There is nothing at this address"));
        assertNoStackTrace(response.body());
    }

    @Test
    void templatesAreNeverServedOnTheirOwn() throws Exception {
        HttpResponse<String> response = get(app("/WEB-INF/templates/layout.xhtml"));

        // closed by a security constraint: the friendly "not allowed" page, never the source
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("id=\"error-403\""), response.body());
        assertFalse(response.body().contains("ui:insert"));
    }

    @Test
    void aBrokenFormPostGetsTheFriendlyErrorPageNotAStackTrace() throws Exception {
        // As a browser sends it: with the Content-Security-Policy nonce its page had (PrimeFaces' script adds it).
        String nonce = org.ctopath.testing.http.Visitor.nonce(get(app("/login")));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(app("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("login=login&jakarta.faces.ViewState=stale-view-state&primefaces.nonce="
                                + java.net.URLEncoder.encode(nonce, java.nio.charset.StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertNoStackTrace(response.body());
        // A full request is sent on to the friendly page (ajax ones too: platform.ErrorHandling), never a 500.
        assertEquals(302, response.statusCode(), response.body());
        String expired = response.headers().firstValue("Location").orElseThrow();
        assertTrue(expired.endsWith("/errors/expired"), expired);
        HttpResponse<String> page = get(expired);
        assertTrue(page.statusCode() < 500, page.statusCode() + " " + page.body());
        assertNoStackTrace(page.body());
        assertTrue(page.body().contains("This page was open too long and has expired"), page.body());
    }

    @Test
    void aStaleAjaxPostOfTheSignInPageIsSentToTheExpiredPage() throws Exception {
        org.ctopath.testing.http.Visitor anonymous = new org.ctopath.testing.http.Visitor(baseURL);
        String nonce = org.ctopath.testing.http.Visitor.nonce(anonymous.get("/login"));

        HttpResponse<String> response = staleAjaxPost(anonymous, "/login", "login", "login%3Asign-in", nonce);

        assertSentToTheExpiredPage(anonymous, response);
    }

    @Test
    void aStaleAjaxPostOfASignedInPageIsSentToTheExpiredPageAndStaysSignedIn() throws Exception {
        // A demo account (the suite runs in demo mode), only read: the catalogue's search, never saved.
        org.ctopath.testing.http.Visitor learner = new org.ctopath.testing.http.Visitor(baseURL);
        learner.signIn("learner", "learner-demo");
        HttpResponse<String> page = learner.get("/catalogue/index");
        assertEquals(200, page.statusCode(), page.body());

        HttpResponse<String> response = staleAjaxPost(learner, "/catalogue/index", "catalogue", "catalogue%3Asearch",
                org.ctopath.testing.http.Visitor.nonce(page));

        assertSentToTheExpiredPage(learner, response);
        HttpResponse<String> again = learner.get("/catalogue/index");
        assertEquals(200, again.statusCode(), "still signed in: " + again.headers().firstValue("Location").orElse(""));
    }

    @Test
    void anAjaxPostWhoseSessionEndedIsSentToSignInByAPartialResponseNotAnHttpRedirect() throws Exception {
        // A demo account, only read: the catalogue's search, never saved.
        org.ctopath.testing.http.Visitor learner = new org.ctopath.testing.http.Visitor(baseURL);
        learner.signIn("learner", "learner-demo");
        HttpResponse<String> page = learner.get("/catalogue/index");
        assertEquals(200, page.statusCode(), page.body());
        learner.setCookie("JSESSIONID", "a-session-that-ended"); // as after a timeout or a sign-out elsewhere

        HttpResponse<String> response = staleAjaxPost(learner, "/catalogue/index", "catalogue", "catalogue%3Asearch",
                org.ctopath.testing.http.Visitor.nonce(page));

        // PrimeFaces cannot follow an HTTP 302 of an ajax request; it follows a partial-response redirect.
        assertNoStackTrace(response.body());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"), response.headers().toString());
        java.util.regex.Matcher redirect = Pattern.compile("<partial-response><redirect url=\"([^\"]+)\"/></partial-response>").matcher(response.body());
        assertTrue(redirect.find(), "a partial response that redirects: " + response.body());
        assertTrue(redirect.group(1).endsWith("/login"), redirect.group(1));
    }

    /** An ajax post as PrimeFaces sends it, with a view state the server never made (or long forgot). */
    private HttpResponse<String> staleAjaxPost(org.ctopath.testing.http.Visitor visitor, String path, String form, String source,
            String nonce) throws IOException, InterruptedException {
        String body = "jakarta.faces.partial.ajax=true&jakarta.faces.source=" + source + "&jakarta.faces.partial.execute=" + form
                + "&jakarta.faces.partial.render=" + form + "&" + source + "=" + source + "&" + form + "=" + form
                + "&jakarta.faces.ViewState=stale-view-state&primefaces.nonce=" + java.net.URLEncoder.encode(nonce, java.nio.charset.StandardCharsets.UTF_8);
        return visitor.send(HttpRequest.newBuilder(URI.create(app(path)))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofString());
    }

    /** An ajax request is answered 200 with a partial response that redirects to the friendly page, which then shows. */
    private void assertSentToTheExpiredPage(org.ctopath.testing.http.Visitor visitor, HttpResponse<String> response) throws Exception {
        assertNoStackTrace(response.body());
        assertEquals(200, response.statusCode(), response.body());
        java.util.regex.Matcher redirect = Pattern.compile("<redirect url=\"([^\"]+)\"").matcher(response.body());
        assertTrue(redirect.find(), "a partial response that redirects: " + response.body());
        assertTrue(redirect.group(1).endsWith("/errors/expired"), redirect.group(1));
        HttpResponse<String> page = visitor.get("/errors/expired");
        assertEquals(200, page.statusCode(), page.body());
        assertNoStackTrace(page.body());
        assertTrue(page.body().contains("This page was open too long and has expired"), page.body());
    }

    /** Stack frames look like {@code at org.x.Y.m(Y.java:12)}; an error report names its exception with "Caused by". */
    private static void assertNoStackTrace(String body) {
        assertFalse(Pattern.compile("\\.java:\\d+\\)").matcher(body).find(), body);
        assertFalse(body.contains("Caused by"), body);
        assertFalse(body.contains("Error report"), "the server's own error page: " + body);
    }
}
