package org.ctopath.badges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.http.Api;
import org.ctopath.testing.http.Visitor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A badge of this application checked from outside, by tools that know nothing of it: the test runs
 * in the test JVM, reaches the server over HTTP only, and checks a freshly issued credential with
 * jose4j (finding the key in the published JWK Set by {@code kid}) and 1EdTech's JSON schema; then
 * reads its bit in the published status list, verified the same way, before and after an
 * administrator revokes it. Its learner is made through the pages by the demo administrator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadgeInteropIT {

    private static final String PASSWORD = "a long enough password";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseURL;

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private String url(String path) {
        return baseURL.toExternalForm().replaceAll("/$", "") + path;
    }

    private HttpResponse<String> anonymousGet(String address) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The address at this server of a URL the credential names under APP_URL (which may differ from the test's port). */
    private String here(String address, String appUrl) {
        return url(address.substring(appUrl.length()));
    }

    /** A learner of this test's own, made on the people page by the administrator, with a token made on their tokens page. */
    private String[] learnerWithToken() throws Exception {
        String username = "badge-interop-" + UUID.randomUUID().toString().substring(0, 8);
        Visitor admin = new Visitor(baseURL);
        admin.signIn("admin", "admin-demo");
        HttpResponse<String> created = admin.submit("/admin/people/person", "person=person&" + encode("person:displayName") + "="
                + encode("Interop " + username) + "&" + encode("person:username") + "=" + encode(username) + "&" + encode("person:roles")
                + "=LEARNER&" + encode("person:newPassword") + "=" + encode(PASSWORD) + "&" + encode("person:save") + "=");
        assertTrue(created.statusCode() == 302 || created.statusCode() == 200, created.body());
        Visitor learner = new Visitor(baseURL);
        learner.signIn(username, PASSWORD);
        HttpResponse<String> tokens = learner.submit("/account/tokens", "tokens=tokens&" + encode("tokens:name") + "=interop&"
                + encode("tokens:expires_input") + "=" + LocalDate.now(ZoneOffset.UTC).plusDays(7) + "&" + encode("tokens:create") + "=");
        Matcher made = Pattern.compile("id=\"tokens:made\"[^>]*value=\"(ctp_[^\"]+)\"|value=\"(ctp_[^\"]+)\"[^>]*id=\"tokens:made\"")
                .matcher(tokens.body());
        assertTrue(made.find(), "the new token on the page: " + tokens.body());
        return new String[] {username, made.group(1) != null ? made.group(1) : made.group(2)};
    }

    @Test
    void anOutsideVerifierAcceptsTheBadgeAndSeesItsRevocation() throws Exception {
        String[] learner = learnerWithToken();
        Api api = new Api(baseURL, learner[1]);
        HttpResponse<String> attempt = api.post("/api/people/" + learner[0] + "/certifications/attempts", Json.createObjectBuilder()
                .add("certification", "ITIL4-F").add("on", LocalDate.now(ZoneOffset.UTC).minusDays(2).toString()).add("score", 33)
                .add("passed", true).build().toString());
        assertEquals(201, attempt.statusCode(), attempt.body());
        HttpResponse<String> issued = api.post("/api/people/" + learner[0] + "/badges",
                "{\"kind\": \"CERTIFICATION\", \"subjectId\": " + Api.object(attempt).getJsonNumber("id").longValue() + "}");
        assertEquals(200, issued.statusCode(), issued.body());
        JsonObject badge = Api.object(issued);
        String credential = badge.getString("credential");
        String payload = new String(Base64.getUrlDecoder().decode(credential.split("\\.")[1]), StandardCharsets.UTF_8);

        assertEquals(List.of(), Ob3Schema.problems(payload), payload);
        JsonObject profile = Api.object(anonymousGet(url("/badges/issuer")));
        String issuer = profile.getString("id");
        String appUrl = profile.getString("url");
        JwtClaims claims = OutsideVerifier.verify(credential, url("/.well-known/jwks.json"), issuer);
        assertEquals(badge.getString("credentialId"), claims.getJwtId());
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2", OpenBadges.OB_CONTEXT), claims.getStringListClaimValue("@context"));

        Map<String, Object> status = claims.getClaimValue("credentialStatus", Map.class);
        assertEquals("BitstringStatusListEntry", status.get("type"));
        String list = here((String) status.get("statusListCredential"), appUrl);
        int index = Integer.parseInt((String) status.get("statusListIndex"));
        assertFalse(revoked(list, index, issuer), "not revoked yet");

        HttpResponse<String> revocation = new Api(baseURL, "ctp_demo_admin").post("/api/badges/" + badge.getJsonNumber("id").longValue()
                + "/revocation", "{\"reason\": \"Recorded for the wrong person.\"}");
        assertEquals(200, revocation.statusCode(), revocation.body());

        assertTrue(revoked(list, index, issuer), "the outside verifier reads the revocation");
    }

    /** The bit, as a verifier reads it: the status list credential fetched, verified with jose4j and the JWK Set, its list decoded. */
    private boolean revoked(String listAddress, int index, String issuer) throws Exception {
        HttpResponse<String> list = anonymousGet(listAddress);
        assertEquals(200, list.statusCode(), list.body());
        JwtClaims claims = OutsideVerifier.verify(list.body(), url("/.well-known/jwks.json"), issuer);
        assertEquals(List.of("VerifiableCredential", "BitstringStatusListCredential"), claims.getStringListClaimValue("type"));
        Map<?, ?> subject = claims.getClaimValue("credentialSubject", Map.class);
        assertEquals("revocation", subject.get("statusPurpose"));
        return StatusList.isSet((String) subject.get("encodedList"), index);
    }
}
