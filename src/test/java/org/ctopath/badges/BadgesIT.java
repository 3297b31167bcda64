package org.ctopath.badges;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctopath.certification.CertificationAttempt;
import org.ctopath.certification.CertificationRecords;
import org.ctopath.certification.CertificationRecords.AttemptDraft;
import org.ctopath.identity.AccessTokens;
import org.ctopath.identity.AccountService;
import org.ctopath.identity.Role;
import org.ctopath.plan.DevelopmentPlan;
import org.ctopath.plan.PlanService;
import org.ctopath.plan.PlanState;
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
 * Open Badges over HTTP: getting one's badge (a POST, then the read-only download), checking it
 * against the published keys, and verifying credentials.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class BadgesIT {

    private static final String PASSWORD = "a long enough password";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    AccountService accounts;

    @Inject
    CertificationRecords records;

    @Inject
    PlanService plans;

    @Inject
    AccessTokens tokens;

    @Inject
    Badges badges;

    @Inject
    BadgeKeyStore keyStore;

    @Inject
    org.ctopath.audit.AuditLog audit;

    @ArquillianResource
    URL baseURL;

    private String learner(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Badge Learner " + username, PASSWORD, Set.of(Role.LEARNER));
        accounts.describe(username, username + "@example.org", null);
        return username;
    }

    private Visitor signedIn(String username) throws Exception {
        Visitor visitor = new Visitor(baseURL);
        visitor.signIn(username, PASSWORD);
        return visitor;
    }

    private HttpResponse<String> anonymousGet(String path) throws Exception {
        URI uri = URI.create(baseURL.toExternalForm().replaceAll("/$", "") + path);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private Api api(String username) {
        return new Api(baseURL, tokens.create(username, "badges", LocalDate.now().plusDays(7)).token());
    }

    /**
     * Presses the one "Get badge" button of the page's table, as a browser without script does: the
     * form's POST, with the page's view state. The answer is the redirect to the download.
     */
    private HttpResponse<String> pressGetBadge(Visitor visitor, String page, String table) throws Exception {
        String body = visitor.get(page).body();
        Matcher form = Pattern.compile("<form id=\"(" + table + ":\\d+:badge)\"").matcher(body);
        assertTrue(form.find(), "a Get badge button on " + page + ": " + body);
        String id = form.group(1);
        return visitor.submit(page, encode(id) + "=" + encode(id) + "&" + encode(id + ":get") + "=");
    }

    /** Gets the badge through the page, following the redirect to its download. */
    private HttpResponse<byte[]> getBadge(Visitor visitor, String page, String table, String downloadPath) throws Exception {
        HttpResponse<String> pressed = pressGetBadge(visitor, page, table);
        assertEquals(302, pressed.statusCode(), pressed.body());
        assertEquals(downloadPath, visitor.location(pressed), "after the POST, the read-only download");
        return visitor.getBytes(downloadPath);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private String passedAttemptBadge(String learner) throws Exception {
        CertificationAttempt attempt = records.recordAttempt(learner, new AttemptDraft("ITIL4-F", records.today().minusDays(3), 33, true, "GR-BADGE"));
        HttpResponse<byte[]> download = getBadge(signedIn(learner), "/learner/certifications", "attempts",
                "/badges/download/certification/" + attempt.getId() + ".jwt");
        assertEquals(200, download.statusCode());
        return new String(download.body(), StandardCharsets.US_ASCII);
    }

    @Test
    void aPassedAttemptGivesASignedBadgeThatThePublishedKeysVerify() throws Exception {
        String learner = learner("badge");
        CertificationAttempt attempt = records.recordAttempt(learner, new AttemptDraft("ITIL4-F", records.today().minusDays(3), 33, true, "GR-1"));
        String path = "/badges/download/certification/" + attempt.getId() + ".jwt";
        Visitor visitor = signedIn(learner);

        HttpResponse<byte[]> download = getBadge(visitor, "/learner/certifications", "attempts", path);

        assertEquals(200, download.statusCode());
        assertEquals("application/vc+jwt", download.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
        String text = new String(download.body(), StandardCharsets.US_ASCII);

        // An independent check, as anyone else would do it: the JWK Set, fetched without signing in, verifies the signature.
        HttpResponse<String> jwks = anonymousGet("/.well-known/jwks.json");
        assertEquals(200, jwks.statusCode());
        assertTrue(jwks.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        JWKSet published = JWKSet.parse(jwks.body());
        for (String privatePart : List.of("\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"", "\"qi\"")) {
            assertFalse(jwks.body().contains(privatePart), "private part " + privatePart + " published: " + jwks.body());
        }
        SignedJWT jwt = SignedJWT.parse(text);
        String kid = jwt.getHeader().getKeyID();
        assertEquals(badges.openBadges().appUrl() + "/badges/keys/" + keyStore.signingKey().orElseThrow().kid(), kid);
        // As a JOSE library does it: the JWK Set's key whose kid is the header's, the same string.
        RSAKey key = (RSAKey) published.getKeyByKeyId(kid);
        assertNotNull(key, "the kid names a published key: " + kid + " in " + jwks.body());
        assertFalse(key.isPrivate());
        assertTrue(key.size() >= 2048);
        assertTrue(jwt.verify(new RSASSAVerifier(key)));
        // As OB 3.0 has it: the kid is a URL that answers with the key.
        HttpResponse<String> atKid = anonymousGet(kid.substring(badges.openBadges().appUrl().length()));
        assertEquals(200, atKid.statusCode());
        assertTrue(atKid.headers().firstValue("Content-Type").orElseThrow().startsWith("application/jwk+json"));
        assertEquals(key, RSAKey.parse(atKid.body()));
        BadgeKeyStore.StoredKey stored = keyStore.signingKey().orElseThrow();
        assertEquals(badges.openBadges().keyUrl(stored.kid()), key.getKeyID(), "the key kept in the database");
        // The suite runs with a KEY_ENCRYPTION_KEY (pom.xml): the row holds the key encrypted, never the plain JWK.
        assertThrows(java.text.ParseException.class, () -> RSAKey.parse(stored.jwk()), "not a plain JWK: " + stored.jwk());
        JWEObject sealed = JWEObject.parse(stored.jwk());
        assertEquals(JWEAlgorithm.DIR, sealed.getHeader().getAlgorithm());
        assertEquals(EncryptionMethod.A256GCM, sealed.getHeader().getEncryptionMethod());
        assertEquals(stored.kid(), sealed.getHeader().getKeyID());
        assertFalse(stored.jwk().contains(key.getModulus().toString()), "nothing of the key in the clear");

        Map<String, Object> vc = jwt.getJWTClaimsSet().toJSONObject();
        assertEquals(List.of(OpenBadges.VC_CONTEXT, OpenBadges.OB_CONTEXT), vc.get("@context"));
        assertEquals(badges.openBadges().issuerId(), jwt.getJWTClaimsSet().getIssuer());
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), vc.get("type"));
        assertEquals(jwt.getJWTClaimsSet().getJWTID(), vc.get("id"));
        Map<?, ?> achievement = (Map<?, ?>) ((Map<?, ?>) vc.get("credentialSubject")).get("achievement");
        assertEquals("ITIL 4 Foundation", achievement.get("name"));
        assertEquals("Certificate", achievement.get("achievementType"));
        assertTrue(((String) achievement.get("id")).endsWith("/badges/achievements/certification/ITIL4-F"));
        assertFalse(jwt.getPayload().toString().contains(learner + "@example.org"), "no plain e-mail address in the badge");
        List<?> alignment = (List<?>) achievement.get("alignment");
        assertFalse(alignment == null || alignment.isEmpty(), "aligned to the skills ITIL 4 Foundation builds: " + achievement);
        for (Object a : alignment) {
            Map<?, ?> item = (Map<?, ?>) a;
            assertEquals("CFItem", item.get("targetType"));
            assertEquals(org.ctopath.competency.exchange.CaseUris.skillItem(badges.openBadges().appUrl(), (String) item.get("targetCode")),
                    item.get("targetUrl"), "the CASE item of the skill");
            assertFalse(((String) item.get("targetName")).isBlank());
        }
        assertEquals("GR-1", ((Map<?, ?>) vc.get("credentialSubject")).get("licenseNumber"), "the certificate number is the recipient's own");

        // The achievement's id is a public address that answers with it.
        HttpResponse<String> atId = anonymousGet(((String) achievement.get("id")).substring(badges.openBadges().appUrl().length()));
        assertEquals(200, atId.statusCode());
        JsonObject served = Api.object(atId);
        assertEquals(achievement.get("id"), served.getString("id"));
        assertEquals("ITIL 4 Foundation", served.getString("name"));
        assertEquals(alignment.size(), served.getJsonArray("alignment").size());
        assertFalse(atId.body().contains("GR-1"), "nothing of one recipient in the shared achievement");

        assertArrayEquals(download.body(), visitor.getBytes(path).body(), "downloading again gives the same credential");
        assertArrayEquals(download.body(), getBadge(visitor, "/learner/certifications", "attempts", path).body(),
                "asking again gives the same credential");
        assertEquals(1, badges.issuedTo(learner).size());
    }

    @Test
    void aBadgeIsItsOwnersAlone() throws Exception {
        String owner = learner("badge-owner");
        String other = learner("badge-other");
        CertificationAttempt passed = records.recordAttempt(owner, new AttemptDraft("ITIL4-F", records.today().minusDays(3), 33, true, null));
        CertificationAttempt failed = records.recordAttempt(owner, new AttemptDraft("ITIL4-F", records.today().minusDays(9), 20, false, null));
        String path = "/badges/download/certification/" + passed.getId() + ".jwt";

        assertEquals(404, signedIn(other).getBytes(path).statusCode(), "another learner");
        assertEquals(302, anonymousGet(path).statusCode(), "nobody signed in goes to the sign-in page");
        Visitor ownerVisitor = signedIn(owner);
        HttpResponse<String> failedBadge = ownerVisitor.get("/badges/download/certification/" + failed.getId() + ".jwt");
        assertEquals(404, failedBadge.statusCode(), "a failed attempt");
        assertEquals("A failed attempt has no badge: badges are for passed exams.", failedBadge.body());
        assertEquals(404, ownerVisitor.getBytes("/badges/download/certification/999999999.jwt").statusCode());
        assertEquals(404, ownerVisitor.getBytes("/badges/download/certification/../issuer").statusCode());
        assertEquals(0, badges.issuedTo(owner).size(), "nothing issued by refusals");
        assertEquals(200, getBadge(ownerVisitor, "/learner/certifications", "attempts", path).statusCode());
        assertEquals(404, signedIn(other).getBytes(path).statusCode(), "not even once issued");
    }

    @Test
    void aDownloadNeverIssuesTheBadge() throws Exception {
        String learner = learner("badge-get");
        CertificationAttempt passed = records.recordAttempt(learner, new AttemptDraft("ITIL4-F", records.today().minusDays(3), 33, true, null));
        String path = "/badges/download/certification/" + passed.getId() + ".jwt";
        Visitor visitor = signedIn(learner);

        HttpResponse<String> notYet = visitor.get(path);

        assertEquals(404, notYet.statusCode());
        assertTrue(notYet.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertEquals("This badge has not been issued yet: use \"Get badge\" on your certifications page.", notYet.body());
        assertEquals(404, visitor.get(path).statusCode(), "nor the second time");
        assertTrue(badges.issuedTo(learner).isEmpty(), "no badge row after GETs");

        HttpResponse<String> pressed = pressGetBadge(visitor, "/learner/certifications", "attempts");
        assertEquals(302, pressed.statusCode(), pressed.body());
        assertEquals(path, visitor.location(pressed));
        assertEquals(1, badges.issuedTo(learner).size(), "the page's POST issues it");
        assertEquals(200, visitor.getBytes(path).statusCode());
    }

    @Test
    void aPostWithoutTheViewStateIssuesNothing() throws Exception {
        String learner = learner("badge-csrf");
        records.recordAttempt(learner, new AttemptDraft("ITIL4-F", records.today().minusDays(3), 33, true, null));
        Visitor visitor = signedIn(learner);
        String body = visitor.get("/learner/certifications").body();
        Matcher form = Pattern.compile("<form id=\"(attempts:\\d+:badge)\"").matcher(body);
        assertTrue(form.find(), body);

        // What another site's page could make the learner's browser send: the form's fields, with a view state it has to guess
        // (the first value of a parameter is the one read, so the page's own, added after it, is not used).
        HttpResponse<String> forged = visitor.submit("/learner/certifications", encode(form.group(1)) + "=" + encode(form.group(1)) + "&"
                + encode(form.group(1) + ":get") + "=&jakarta.faces.ViewState=" + encode("-1234567890123456789:987654321"));

        assertTrue(forged.statusCode() != 302 || !visitor.location(forged).startsWith("/badges/download"), "no download: " + forged.statusCode());
        assertTrue(badges.issuedTo(learner).isEmpty(), "nothing issued without the view state");
    }

    @Test
    void aCompletedPlanGivesABadge() throws Exception {
        String learner = learner("badge-plan");
        DevelopmentPlan plan = plans.createForGaps(learner, plans.today(), new BigDecimal("5"));
        String path = "/badges/download/plan/" + plan.getId() + ".jwt";
        Visitor visitor = signedIn(learner);
        plans.changeState(learner, plan.getId(), PlanState.ACTIVE, plans.plan(learner, plan.getId()).getVersion());

        HttpResponse<String> active = visitor.get(path);
        assertEquals(404, active.statusCode(), "an active plan has no badge yet");
        assertEquals("This plan is active: a plan earns its badge once it is completed.", active.body());
        assertFalse(visitor.get("/learner/plans").body().contains("Get badge"), "no button before it is earned");

        org.ctopath.plan.PlanItem first = plans.plan(learner, plan.getId()).getItems().get(0);
        assertTrue(plans.plan(learner, plan.getId()).getItems().size() > 1, "a plan of several items");
        plans.recordProgress(learner, first.getId(), org.ctopath.plan.ItemStatus.COMPLETED, 100, BigDecimal.ONE, null, first.getVersion());
        Set<String> evidenced = first.getResource().getSkills().stream().map(r -> r.getSkill().getCode()).collect(java.util.stream.Collectors.toSet());
        plans.changeState(learner, plan.getId(), PlanState.COMPLETED, plans.plan(learner, plan.getId()).getVersion());
        HttpResponse<String> notIssued = visitor.get(path);
        assertEquals(404, notIssued.statusCode());
        assertEquals("This badge has not been issued yet: use \"Get badge\" on your plans page.", notIssued.body());
        assertTrue(badges.issuedTo(learner).isEmpty());
        HttpResponse<byte[]> download = getBadge(visitor, "/learner/plans", "plans", path);

        assertEquals(200, download.statusCode());
        SignedJWT jwt = SignedJWT.parse(new String(download.body(), StandardCharsets.US_ASCII));
        Map<?, ?> achievement = (Map<?, ?>) ((Map<?, ?>) jwt.getJWTClaimsSet().getJSONObjectClaim("credentialSubject")).get("achievement");
        assertFalse(evidenced.isEmpty(), "the completed item builds skills");
        assertEquals("LearningProgram", achievement.get("achievementType"));
        assertEquals(evidenced, ((List<?>) achievement.get("alignment")).stream().map(a -> (String) ((Map<?, ?>) a).get("targetCode"))
                .collect(java.util.stream.Collectors.toSet()), "aligned to the skills of the items completed");
        assertEquals("Development plan completed: " + plan.getTitle(), achievement.get("name"));
        assertEquals(1, badges.issuedTo(learner).size());
    }

    @Test
    void theApiTellsValidTamperedForeignAndMalformedCredentialsApart() throws Exception {
        String learner = learner("badge-api");
        String credential = passedAttemptBadge(learner);
        Api api = api(learner);

        JsonObject valid = Api.object(api.send("POST", "/api/badges/verify", "application/vc+jwt", credential));
        assertEquals("VALID", valid.getString("result"), valid.toString());
        assertEquals("Badge Learner " + learner, valid.getString("recipient"));
        assertEquals("ITIL 4 Foundation", valid.getString("achievement"));
        assertEquals("VALID", Api.object(api.post("/api/badges/verify",
                jakarta.json.Json.createObjectBuilder().add("credential", credential).build().toString())).getString("result"));

        String[] parts = credential.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("ITIL 4 Foundation", "ITIL 4 Strategic Leader").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertEquals("TAMPERED", Api.object(api.send("POST", "/api/badges/verify", "text/plain", forged)).getString("result"));

        String foreign = badges.openBadges().sign(OpenBadges.newKey(), "urn:uuid:" + UUID.randomUUID(),
                new Recipient("urn:uuid:" + UUID.randomUUID(), "Someone Else", null, null),
                new Achievement("https://elsewhere.example/a/1", "ITIL 4 Foundation", null, "Passed.", "Certificate"), OpenBadges.Award.NONE,
                Instant.now(), null);
        assertEquals("NOT_OURS", Api.object(api.send("POST", "/api/badges/verify", "application/jwt", foreign)).getString("result"));

        HttpResponse<String> garbage = api.send("POST", "/api/badges/verify", "text/plain", "this is not a badge");
        assertEquals(200, garbage.statusCode());
        assertEquals("MALFORMED", Api.object(garbage).getString("result"));

        assertEquals(401, new Api(baseURL, null).send("POST", "/api/badges/verify", "text/plain", credential).statusCode());
        assertEquals(400, api.post("/api/badges/verify", "{\"nothing\": 1}").statusCode());
    }

    @Test
    void theVerificationPageTakesAnUploadedBadgeFile() throws Exception {
        String learner = learner("badge-page");
        String credential = passedAttemptBadge(learner);
        Visitor visitor = signedIn(learner("badge-checker"));

        HttpResponse<String> valid = visitor.submitMultipart("/badges/verify", Map.of("verify", "verify", "verify:check", ""), "verify:file_input",
                "badge.jwt", credential.getBytes(StandardCharsets.US_ASCII));

        assertEquals(200, valid.statusCode());
        assertTrue(valid.body().contains("badge-valid"), valid.body());
        assertTrue(valid.body().contains("Badge Learner " + learner), valid.body());

        HttpResponse<String> tampered = visitor.submitMultipart("/badges/verify", Map.of("verify", "verify", "verify:check", ""), "verify:file_input",
                "badge.jwt", (credential.substring(0, credential.length() - 4) + "AAAA").getBytes(StandardCharsets.US_ASCII));
        assertTrue(tampered.body().contains("badge-tampered"), tampered.body());

        HttpResponse<String> notACredential = visitor.submitMultipart("/badges/verify", Map.of("verify", "verify", "verify:check", ""),
                "verify:file_input", "holiday.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
        assertTrue(notACredential.body().contains("badge-malformed"), notACredential.body());
        assertTrue(notACredential.body().contains("This is not a credential"), notACredential.body());

        HttpResponse<String> pasted = visitor.submitMultipart("/badges/verify", Map.of("verify", "verify", "verify:check", "",
                "verify:text", "  " + credential + "\n"), "verify:file_input", "", new byte[0]);
        assertTrue(pasted.body().contains("badge-valid"), "a pasted credential: " + pasted.body());

        assertEquals(302, anonymousGet("/badges/verify").statusCode(), "the page needs a signed-in person");
    }

    @Test
    void theApiListsAPersonsBadgesAndIssuesTheirOwn() throws Exception {
        String learner = learner("badge-list");
        String other = learner("badge-list-other");
        CertificationAttempt passed = records.recordAttempt(learner, new AttemptDraft("ITIL4-F", records.today().minusDays(3), 33, true, null));
        CertificationAttempt failed = records.recordAttempt(learner, new AttemptDraft("ITIL4-F", records.today().minusDays(9), 20, false, null));
        Api api = api(learner);

        HttpResponse<String> issued = api.post("/api/people/" + learner + "/badges", "{\"kind\": \"CERTIFICATION\", \"subjectId\": " + passed.getId() + "}");

        assertEquals(200, issued.statusCode(), issued.body());
        JsonObject badge = Api.object(issued);
        assertEquals("CERTIFICATION", badge.getString("kind"));
        assertEquals("ITIL 4 Foundation", badge.getString("achievement"));
        assertEquals("VALID", badges.verify(badge.getString("credential")).getResult().name());
        HttpResponse<byte[]> download = signedIn(learner).getBytes("/badges/download/certification/" + passed.getId() + ".jwt");
        assertEquals(200, download.statusCode(), "the badge the API issued downloads");
        assertEquals(badge.getString("credential"), new String(download.body(), StandardCharsets.US_ASCII));
        assertEquals(badge.getString("credentialId"), Api.object(api.post("/api/people/" + learner + "/badges",
                "{\"kind\": \"CERTIFICATION\", \"subjectId\": " + passed.getId() + "}")).getString("credentialId"), "the same credential again");
        assertEquals(409, api.post("/api/people/" + learner + "/badges", "{\"kind\": \"CERTIFICATION\", \"subjectId\": " + failed.getId() + "}")
                .statusCode(), "a failed attempt");
        assertEquals(List.of("kind"), org.ctopath.testing.http.ApiCast.fields(org.ctopath.testing.http.ApiCast.problem(
                api.post("/api/people/" + learner + "/badges", "{\"kind\": \"TROPHY\", \"subjectId\": 1}"), 400)));
        assertEquals(List.of("kind", "subjectId"), org.ctopath.testing.http.ApiCast.fields(org.ctopath.testing.http.ApiCast.problem(
                api.post("/api/people/" + learner + "/badges", "{}"), 400)));

        jakarta.json.JsonArray list = (jakarta.json.JsonArray) Api.json(api.get("/api/people/" + learner + "/badges"));
        assertEquals(1, list.size());
        assertEquals(badge.getString("credentialId"), list.getJsonObject(0).getString("credentialId"));

        Api otherApi = api(other);
        assertEquals(404, otherApi.get("/api/people/" + learner + "/badges").statusCode(), "another learner does not see them");
        assertEquals(404, otherApi.post("/api/people/" + other + "/badges", "{\"kind\": \"CERTIFICATION\", \"subjectId\": " + passed.getId() + "}")
                .statusCode(), "nor gets a badge of someone else's attempt");
    }

    @Test
    void aSigningKeyThatCannotBeDecryptedStopsVerificationPlainlyAndMakesNoNewKey() throws Exception {
        String learner = learner("badge-nokey");
        String credential = passedAttemptBadge(learner);
        Api api = api(learner);
        BadgeKeyStore.StoredKey row = keyStore.signingKey().orElseThrow();
        // The row as another key-encryption key sealed it: what this instance finds when it is given the wrong KEY_ENCRYPTION_KEY.
        byte[] otherKek = new byte[32];
        new java.security.SecureRandom().nextBytes(otherKek);
        String foreign = KeyEncryption.of(java.util.Optional.of(Base64.getEncoder().encodeToString(otherKek))).orElseThrow()
                .seal(row.kid(), OpenBadges.newKey().toJSONString());
        assertTrue(keyStore.replaceJwk(row.kid(), row.jwk(), foreign));
        try {
            JsonObject refused = org.ctopath.testing.http.ApiCast.problem(api.send("POST", "/api/badges/verify", "application/vc+jwt", credential), 503);
            assertEquals(BadgesUnavailable.MESSAGE, refused.getString("detail"), refused.toString());
            HttpResponse<String> jwks = anonymousGet("/.well-known/jwks.json");
            assertEquals(503, jwks.statusCode());
            assertEquals("The badge keys are not available now; try again later.", jwks.body());
            HttpResponse<String> page = signedIn(learner).submitMultipart("/badges/verify", Map.of("verify", "verify", "verify:check", ""),
                    "verify:file_input", "badge.jwt", credential.getBytes(StandardCharsets.US_ASCII));
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Badges cannot be issued or checked now"), page.body());
            for (String leak : List.of("BadgesUnavailable", "KeyEncryption", "JOSEException", "at org.ctopath", "badge-valid")) {
                assertFalse(page.body().contains(leak), leak + " in " + page.body());
            }
            assertEquals(List.of(new BadgeKeyStore.StoredKey(row.kid(), foreign)), keyStore.allKeys(), "no new key was made in its place");
        } finally {
            assertTrue(keyStore.replaceJwk(row.kid(), foreign, row.jwk()), "the key put back");
        }
        assertEquals("VALID", badges.verify(credential).getResult().name(), "with the right key, the badge verifies again");
    }

    @Test
    void theIssuerProfileIsPublic() throws Exception {
        HttpResponse<String> issuer = anonymousGet("/badges/issuer");

        assertEquals(200, issuer.statusCode());
        JsonObject profile = Api.object(issuer);
        assertEquals(badges.openBadges().issuerId(), profile.getString("id"));
        assertEquals("Profile", profile.getJsonArray("type").getString(0));
        assertEquals("CTO Path", profile.getString("name"));
    }

    private String admin() {
        String username = "badge-admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Badge Admin " + username, PASSWORD, Set.of(Role.ADMIN));
        return username;
    }

    /** The bit of a credential in its published status list, read as a verifier reads it: the list credential fetched and its signature checked. */
    private boolean revokedInStatusList(String credential) throws Exception {
        Map<?, ?> status = (Map<?, ?>) SignedJWT.parse(credential).getJWTClaimsSet().getJSONObjectClaim("credentialStatus");
        String listUrl = (String) status.get("statusListCredential");
        HttpResponse<String> list = anonymousGet(listUrl.substring(badges.openBadges().appUrl().length()));
        assertEquals(200, list.statusCode(), list.body());
        assertEquals("application/vc+jwt", list.headers().firstValue("Content-Type").orElseThrow());
        SignedJWT listJwt = SignedJWT.parse(list.body());
        JWKSet published = JWKSet.parse(anonymousGet("/.well-known/jwks.json").body());
        assertTrue(listJwt.verify(new RSASSAVerifier((RSAKey) published.getKeyByKeyId(listJwt.getHeader().getKeyID()))), "signed by the issuer");
        Map<String, Object> vc = listJwt.getJWTClaimsSet().toJSONObject();
        assertEquals(listUrl, vc.get("id"));
        assertEquals(List.of("VerifiableCredential", "BitstringStatusListCredential"), vc.get("type"));
        Map<?, ?> subject = (Map<?, ?>) vc.get("credentialSubject");
        assertEquals("revocation", subject.get("statusPurpose"));
        return StatusList.isSet((String) subject.get("encodedList"), Integer.parseInt((String) status.get("statusListIndex")));
    }

    @Test
    void anAdministratorRevokesABadgeInTheApiWithAReasonAndEveryVerifierSeesIt() throws Exception {
        String learner = learner("badge-revoke");
        String stranger = learner("badge-revoke-other");
        String credential = passedAttemptBadge(learner);
        long id = badges.issuedTo(learner).get(0).getId();
        Api owner = api(learner);
        Api admin = api(admin());
        assertFalse(revokedInStatusList(credential), "not revoked yet");

        assertEquals(403, owner.post("/api/badges/" + id + "/revocation", "{\"reason\": \"mine\"}").statusCode(), "a learner may not");
        assertEquals(List.of("reason"), org.ctopath.testing.http.ApiCast.fields(org.ctopath.testing.http.ApiCast.problem(
                admin.post("/api/badges/" + id + "/revocation", "{\"reason\": \"  \"}"), 400)));
        org.ctopath.testing.http.ApiCast.problem(admin.post("/api/badges/999999999/revocation", "{\"reason\": \"x\"}"), 404);
        assertFalse(badges.issuedTo(learner).get(0).isRevoked(), "nothing revoked by refusals");

        HttpResponse<String> revoked = admin.post("/api/badges/" + id + "/revocation",
                "{\"reason\": \"The exam record was entered for the wrong person.\"}");

        assertEquals(200, revoked.statusCode(), revoked.body());
        JsonObject badge = Api.object(revoked);
        assertTrue(badge.getBoolean("revoked"));
        assertEquals("The exam record was entered for the wrong person.", badge.getString("revocationReason"));
        assertTrue(revokedInStatusList(credential), "the bit is set in the published list");
        JsonObject again = org.ctopath.testing.http.ApiCast.problem(admin.post("/api/badges/" + id + "/revocation", "{\"reason\": \"twice\"}"), 409);
        assertTrue(again.getString("detail").startsWith("This badge was revoked already, on "), again.toString());
        assertTrue(again.getString("detail").endsWith(": The exam record was entered for the wrong person."), again.toString());

        JsonObject byOwner = Api.object(owner.send("POST", "/api/badges/verify", "application/vc+jwt", credential));
        assertEquals("REVOKED", byOwner.getString("result"), byOwner.toString());
        assertEquals("The exam record was entered for the wrong person.", byOwner.getString("revocationReason"));
        assertTrue(byOwner.getString("message").contains("revoked on"), byOwner.toString());
        JsonObject byStranger = Api.object(api(stranger).send("POST", "/api/badges/verify", "application/vc+jwt", credential));
        assertEquals("REVOKED", byStranger.getString("result"));
        assertTrue(!byStranger.containsKey("revocationReason") || byStranger.isNull("revocationReason"),
                "the reason is for those who see the learner: " + byStranger);
        assertFalse(byStranger.getString("message").contains("wrong person"), byStranger.toString());
        JsonObject listed = ((jakarta.json.JsonArray) Api.json(owner.get("/api/people/" + learner + "/badges"))).getJsonObject(0);
        assertTrue(listed.getBoolean("revoked"));
        assertTrue(audit.page("Badge", 0, 50).stream().anyMatch(e -> String.valueOf(id).equals(e.getEntityCode())
                && e.getDetails() != null && e.getDetails().contains("The exam record was entered for the wrong person.")), "audited");
    }

    @Test
    void anAdministratorRevokesABadgeOnTheBadgesPage() throws Exception {
        String learner = learner("badge-page-revoke");
        String credential = passedAttemptBadge(learner);
        String admin = admin();
        Visitor visitor = signedIn(admin);
        String page = "/admin/badges?person=" + learner;
        String body = visitor.get(page).body();
        assertTrue(body.contains("ITIL 4 Foundation"), body);
        Matcher form = Pattern.compile("<form id=\"(badges:\\d+:revoke)\"").matcher(body);
        assertTrue(form.find(), body);
        String id = form.group(1);

        HttpResponse<String> empty = visitor.submit(page, encode(id) + "=" + encode(id) + "&person=" + learner + "&" + encode(id + ":reason")
                + "=&" + encode(id + ":revoke") + "=");
        assertTrue(empty.body().contains("Say why the badge is revoked"), empty.body());
        assertFalse(badges.issuedTo(learner).get(0).isRevoked());

        HttpResponse<String> done = visitor.submit(page, encode(id) + "=" + encode(id) + "&person=" + learner + "&" + encode(id + ":reason")
                + "=" + encode("Certificate found invalid") + "&" + encode(id + ":revoke") + "=");

        assertEquals(200, done.statusCode());
        assertTrue(done.body().contains("Revoked the badge"), done.body());
        assertTrue(done.body().contains("Certificate found invalid"), done.body());
        assertTrue(badges.issuedTo(learner).get(0).isRevoked());
        assertEquals(admin, badges.issuedTo(learner).get(0).getRevokedBy());
        HttpResponse<String> verified = signedIn(learner).submitMultipart("/badges/verify", Map.of("verify", "verify", "verify:check", ""),
                "verify:file_input", "badge.jwt", credential.getBytes(StandardCharsets.US_ASCII));
        assertTrue(verified.body().contains("badge-revoked"), verified.body());
        assertTrue(verified.body().contains("Certificate found invalid"), "the learner reads why: " + verified.body());
        assertEquals(403, signedIn(learner).get(page).statusCode(), "the page is an administrator's");
    }

    @Test
    void theRevocationIsDescribedInTheOpenApiDocument() throws Exception {
        // MicroProfile OpenAPI serves the document at the server's root, whatever the application's context root.
        HttpResponse<String> document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(baseURL.toURI().resolve("/openapi?format=JSON"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, document.statusCode(), document.body());
        JsonObject paths = Api.object(document).getJsonObject("paths");
        String path = paths.keySet().stream().filter(p -> p.endsWith("/badges/{id}/revocation")).findFirst()
                .orElseThrow(() -> new AssertionError(paths.keySet()));

        JsonObject post = paths.getJsonObject(path).getJsonObject("post");

        assertEquals("revokeBadge", post.getString("operationId"));
        assertEquals(List.of("Badges"), post.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        JsonObject id = post.getJsonArray("parameters").getValuesAs(JsonObject.class).stream().filter(p -> "id".equals(p.getString("name")))
                .findFirst().orElseThrow();
        assertTrue(id.getBoolean("required"));
        assertTrue(post.containsKey("requestBody"), post.toString());
        assertTrue(post.getJsonObject("responses").keySet().containsAll(Set.of("200", "400", "401", "403", "404", "409")), post.toString());
        assertTrue(post.getJsonObject("responses").getJsonObject("200").getJsonObject("content").getJsonObject("application/json")
                .containsKey("schema"), post.toString());
    }
}
