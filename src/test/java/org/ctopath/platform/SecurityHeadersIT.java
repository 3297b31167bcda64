package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.http.Visitor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The security headers of every kind of answer. The suite's server runs with an https APP_URL, so
 * Strict-Transport-Security and the Secure session cookie are expected here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ArquillianResource
    URL baseURL;

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    private String app(String path) {
        return baseURL.toExternalForm().replaceAll("/$", "") + path;
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app(path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The headers every answer carries, whatever it is. */
    private static void assertSecurityHeaders(String what, HttpResponse<?> response) {
        var headers = response.headers();
        assertEquals(List.of("nosniff"), headers.allValues("X-Content-Type-Options"), what);
        assertEquals(List.of("same-origin"), headers.allValues("Referrer-Policy"), what);
        String permissions = headers.firstValue("Permissions-Policy").orElse("");
        for (String feature : List.of("camera=()", "microphone=()", "geolocation=()", "payment=()")) {
            assertTrue(permissions.contains(feature), what + ": " + permissions);
        }
        assertEquals(List.of("DENY"), headers.allValues("X-Frame-Options"), what);
        assertEquals(List.of("max-age=31536000; includeSubDomains"), headers.allValues("Strict-Transport-Security"), what);
        assertTrue(headers.allValues("Server").isEmpty(), what + ": Server " + headers.allValues("Server"));
        assertTrue(headers.allValues("X-Powered-By").isEmpty(), what + ": X-Powered-By " + headers.allValues("X-Powered-By"));

        List<String> policies = headers.allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), what + ": exactly one policy " + policies);
        String policy = policies.get(0);
        for (String directive : List.of("default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
                "frame-ancestors 'none'", "script-src 'self'")) {
            assertTrue(policy.contains(directive), what + ": " + directive + " in " + policy);
        }
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), what + ": " + policy);
    }

    private static void assertNotStored(String what, HttpResponse<?> response) {
        assertEquals(List.of("no-store"), response.headers().allValues("Cache-Control"), what);
    }

    @Test
    void theSignInPageAndItsSessionCookie() throws Exception {
        HttpResponse<String> response = get("/login");

        assertEquals(200, response.statusCode());
        assertSecurityHeaders("sign-in page", response);
        assertNotStored("sign-in page", response);
        String session = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow();
        List<String> attributes = List.of(session.toLowerCase(Locale.ROOT).split(";\\s*"));
        assertTrue(attributes.contains("secure"), session);
        assertTrue(attributes.contains("httponly"), session);
        assertTrue(attributes.contains("samesite=lax"), session);
    }

    @Test
    void aSignedInPageAllowsOnlyItsOwnNoncedScripts() throws Exception {
        Visitor learner = new Visitor(baseURL);
        learner.signIn("learner", "learner-demo");

        HttpResponse<String> page = learner.get("/learner/home");

        assertEquals(200, page.statusCode(), "signed in: the Visitor sent the Secure session cookie back");
        assertTrue(page.body().contains("My gaps"), page.body());
        assertSecurityHeaders("signed-in page", page);
        assertNotStored("signed-in page", page);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'").matcher(policy);
        assertTrue(nonce.find(), policy);
        Matcher scripts = Pattern.compile("<script\\b[^>]*>").matcher(page.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertTrue(scripts.group().contains("nonce=\"" + nonce.group(1) + "\""), "every script carries the page's nonce: " + scripts.group());
        }
        assertTrue(count > 0, "the page has scripts");
        Matcher handler = Pattern.compile("<[^>]+\\son[a-z]+=\"[^>]*>").matcher(page.body());
        assertFalse(handler.find(), () -> "no inline event handler: " + handler.group());
    }

    @Test
    void theApi() throws Exception {
        HttpResponse<String> me = get("/api/me", "Authorization", "Bearer ctp_demo_learner");
        assertEquals(200, me.statusCode(), me.body());
        assertSecurityHeaders("API answer", me);
        assertNotStored("API answer", me);

        HttpResponse<String> anonymous = get("/api/me");
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertSecurityHeaders("API 401", anonymous);
        assertNotStored("API 401", anonymous);
    }

    @Test
    void aStaticResourceMayBeCachedButIsNotSniffed() throws Exception {
        Matcher stylesheet = Pattern.compile("href=\"[^\"]*(/jakarta\\.faces\\.resource/[^\"]*app\\.css[^\"]*)\"").matcher(get("/login").body());
        assertTrue(stylesheet.find(), "the sign-in page links its stylesheet");

        HttpResponse<String> css = get(stylesheet.group(1).replace("&amp;", "&"));

        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        assertSecurityHeaders("static resource", css);
        assertFalse(css.headers().allValues("Cache-Control").contains("no-store"), "static resources may be cached");
    }

    @Test
    void errorAnswers() throws Exception {
        HttpResponse<String> notFound = get("/no/such/page");
        assertEquals(404, notFound.statusCode());
        assertSecurityHeaders("404 page", notFound);
        assertNotStored("404 page", notFound);

        HttpResponse<String> forbidden = get("/WEB-INF/templates/layout.xhtml");
        assertEquals(403, forbidden.statusCode());
        assertSecurityHeaders("403 page", forbidden);
        assertNotStored("403 page", forbidden);
    }

    @Test
    void publicServletAnswers() throws Exception {
        HttpResponse<String> keys = get("/.well-known/jwks.json");
        assertEquals(200, keys.statusCode(), keys.body());
        assertSecurityHeaders("public key set", keys);

        HttpResponse<String> issuer = get("/badges/issuer");
        assertSecurityHeaders("badge issuer", issuer);
    }
}
