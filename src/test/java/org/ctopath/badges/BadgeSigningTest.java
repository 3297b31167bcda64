package org.ctopath.badges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.junit.jupiter.api.Test;

class BadgeSigningTest {

    private static final RSAKey KEY = OpenBadges.newKey();
    private static final JWKSet OURS = new JWKSet(KEY.toPublicJWK());
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30.123Z");
    private static final StatusList.Entry STATUS = StatusList.Entry.of(1050);

    private final OpenBadges badges = new OpenBadges("https://cto.example.org/");
    private final Recipient ada = new Recipient("urn:ctopath:account:42", "Ada Lovelace", "Ada@Example.org", "pepper");
    private final Achievement itil = new Achievement("https://cto.example.org/badges/achievements/certification/ITIL4-F", "ITIL 4 Foundation",
            null, "Pass the ITIL 4 Foundation exam.", "Certificate",
            List.of(new Achievement.Alignment("https://cto.example.org/ims/case/v1p1/CFItems/0b0b", "Service Management", "SVC-MGMT")));
    private final OpenBadges.Award award = new OpenBadges.Award(LocalDate.parse("2026-11-20"), "GR-1", "Passed on 2026-11-20.");

    private String signed() {
        return badges.sign(KEY, "urn:uuid:0b0b0b0b-1111-2222-3333-444444444444", ada, itil, award, NOW, STATUS);
    }

    @Test
    void theCredentialIsTheVc2PayloadOfAnOpenBadgeCredentialOfThisIssuer() throws Exception {
        SignedJWT jwt = SignedJWT.parse(signed());

        assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
        assertEquals(JOSEObjectType.JWT, jwt.getHeader().getType());
        assertEquals("https://cto.example.org/badges/keys/" + KEY.getKeyID(), jwt.getHeader().getKeyID());
        assertEquals(Set.of("alg", "typ", "kid", "jwk"), jwt.getHeader().toJSONObject().keySet(), "only the headers OB 3.0 allows");
        assertTrue(jwt.verify(new RSASSAVerifier(KEY.toRSAPublicKey())));
        assertEquals(KEY.toPublicJWK(), jwt.getHeader().getJWK(), "the public key rides along");
        assertFalse(jwt.getHeader().getJWK().isPrivate());
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertNull(claims.getClaim("vc"), "VC Data Model 2.0: the credential is the payload, not a vc claim");
        assertEquals("https://cto.example.org/badges/issuer", claims.getIssuer());
        assertEquals("urn:ctopath:account:42", claims.getSubject());
        assertEquals("urn:uuid:0b0b0b0b-1111-2222-3333-444444444444", claims.getJWTID());
        assertEquals(Instant.parse("2026-11-23T10:15:30Z"), claims.getNotBeforeTime().toInstant());
        Map<String, Object> vc = claims.toJSONObject();
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
                vc.get("@context"));
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), vc.get("type"));
        assertEquals(claims.getJWTID(), vc.get("id"));
        assertEquals("2026-11-23T10:15:30Z", vc.get("validFrom"));
        assertFalse(vc.containsKey("issuanceDate"), "VC 2.0 has validFrom only");
        assertEquals(List.of(Map.of("id", "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
                "type", "1EdTechJsonSchemaValidator2019")), vc.get("credentialSchema"));
        Map<?, ?> status = (Map<?, ?>) vc.get("credentialStatus");
        assertEquals("BitstringStatusListEntry", status.get("type"));
        assertEquals("revocation", status.get("statusPurpose"));
        assertEquals("1050", status.get("statusListIndex"));
        assertEquals("https://cto.example.org/badges/status/1", status.get("statusListCredential"));
        assertEquals("https://cto.example.org/badges/status/1#1050", status.get("id"));
        Map<?, ?> issuer = (Map<?, ?>) vc.get("issuer");
        assertEquals(claims.getIssuer(), issuer.get("id"));
        assertEquals(List.of("Profile"), issuer.get("type"));
        assertEquals("CTO Path", issuer.get("name"));
        Map<?, ?> subject = (Map<?, ?>) vc.get("credentialSubject");
        assertEquals(List.of("AchievementSubject"), subject.get("type"));
        assertEquals(claims.getSubject(), subject.get("id"));
        assertEquals("2026-11-20T00:00:00Z", subject.get("activityEndDate"));
        assertEquals("GR-1", subject.get("licenseNumber"));
        Map<?, ?> achievement = (Map<?, ?>) subject.get("achievement");
        assertEquals(itil.id(), achievement.get("id"));
        assertEquals(List.of("Achievement"), achievement.get("type"));
        assertEquals("Certificate", achievement.get("achievementType"));
        assertEquals("ITIL 4 Foundation", achievement.get("description"));
        assertEquals(Map.of("narrative", "Pass the ITIL 4 Foundation exam."), achievement.get("criteria"));
        assertEquals(List.of(Map.of("type", List.of("Alignment"), "targetType", "CFItem", "targetName", "Service Management",
                "targetUrl", "https://cto.example.org/ims/case/v1p1/CFItems/0b0b", "targetCode", "SVC-MGMT")), achievement.get("alignment"));
    }

    @Test
    void theCredentialConformsTo1EdTechsSchema() throws Exception {
        String payload = payload(signed());

        assertEquals(List.of(), Ob3Schema.problems(payload));
        assertEquals(List.of(), Ob3Schema.problems(payload(badges.sign(KEY, "urn:uuid:1", new Recipient("urn:uuid:2", "No Mail", null, null),
                new Achievement("https://cto.example.org/badges/achievements/plan/7", "Plan completed", "A plan.", "Complete it.", "LearningProgram"),
                OpenBadges.Award.NONE, NOW, null))), "without e-mail, alignment, award or status");
    }

    @Test
    void theSchemaCheckIsRealAVc11CredentialFailsIt() {
        String vc11 = payload(signed()).replace("https://www.w3.org/ns/credentials/v2", OpenBadges.VC_1_1_CONTEXT)
                .replace("\"validFrom\"", "\"issuanceDate\"");

        List<String> problems = Ob3Schema.problems(vc11);

        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().anyMatch(p -> p.contains("validFrom")), problems.toString());
    }

    @Test
    void anotherJoseLibraryFindsTheKeyInThePublishedJwkSetByKid() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] jwks = badges.published(List.of(OpenBadges.newKey(), KEY)).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/.well-known/jwks.json", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        server.start();
        try {
            String jwksUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";

            JwtClaims claims = OutsideVerifier.verify(signed(), jwksUrl, badges.issuerId());

            assertEquals("urn:uuid:0b0b0b0b-1111-2222-3333-444444444444", claims.getJwtId());
            assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), claims.getStringListClaimValue("type"));
            String foreign = badges.sign(OpenBadges.newKey(), "urn:uuid:3", ada, itil, award, NOW, STATUS);
            assertThrows(InvalidJwtException.class, () -> OutsideVerifier.verify(foreign, jwksUrl, badges.issuerId()),
                    "a key the JWK Set does not hold");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void thePublishedKeysCarryTheKidTheCredentialsName() throws Exception {
        Map<?, ?> key = (Map<?, ?>) ((List<?>) badges.published(List.of(KEY)).toJSONObject(true).get("keys")).get(0);

        assertEquals(SignedJWT.parse(signed()).getHeader().getKeyID(), key.get("kid"));
        assertEquals(KEY.getKeyID(), badges.keyIdOf((String) key.get("kid")));
        assertEquals(KEY.getKeyID(), badges.keyIdOf("https://cto.example.org/.well-known/jwks.json#" + KEY.getKeyID()), "the kid of badges before");
        assertFalse(key.containsKey("d"));
    }

    @Test
    void theEmailTravelsOnlyAsASaltedHash() throws Exception {
        String text = signed();

        assertFalse(payload(text).toLowerCase().contains("ada@example.org"), payload(text));
        Map<?, ?> subject = (Map<?, ?>) SignedJWT.parse(text).getJWTClaimsSet().getJSONObjectClaim("credentialSubject");
        List<?> identifiers = (List<?>) subject.get("identifier");
        Map<?, ?> email = (Map<?, ?>) identifiers.get(1);
        assertEquals("emailAddress", email.get("identityType"));
        assertEquals(true, email.get("hashed"));
        assertEquals("pepper", email.get("salt"));
        assertEquals(Recipient.hash("ada@example.org", "pepper"), email.get("identityHash"));
        assertTrue(((String) email.get("identityHash")).matches("sha256\\$[0-9a-f]{64}"));
    }

    @Test
    void anUntouchedCredentialIsValidAndSaysWhoAndWhat() {
        Verification verification = badges.verify(signed() + "\n", OURS, NOW);

        assertEquals(Verification.Result.VALID, verification.getResult(), verification.getMessage());
        assertEquals("Ada Lovelace", verification.getRecipient());
        assertEquals("ITIL 4 Foundation", verification.getAchievement());
        assertEquals("2026-11-23", verification.getIssuedOn());
        assertEquals("urn:uuid:0b0b0b0b-1111-2222-3333-444444444444", verification.getCredentialId());
    }

    @Test
    void aBadgeIssuedBeforeInVc11FormStillVerifies() throws Exception {
        // What the application issued before: the credential in a vc claim, issuanceDate, kid = <jwks>#<thumbprint>.
        Map<String, Object> vc = new java.util.LinkedHashMap<>(badges.credential("urn:uuid:old", ada, itil, null, NOW, null));
        vc.put("@context", List.of(OpenBadges.VC_1_1_CONTEXT, OpenBadges.OB_CONTEXT));
        vc.put("issuanceDate", vc.remove("validFrom"));
        SignedJWT old = new SignedJWT(new com.nimbusds.jose.JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(badges.jwksUrl() + "#" + KEY.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(badges.issuerId()).subject(ada.id()).jwtID("urn:uuid:old").claim("vc", vc).build());
        old.sign(new com.nimbusds.jose.crypto.RSASSASigner(KEY));

        Verification verification = badges.verify(old.serialize(), OURS, NOW);

        assertEquals(Verification.Result.VALID, verification.getResult(), verification.getMessage());
        assertEquals("ITIL 4 Foundation", verification.getAchievement());
        assertEquals("2026-11-23", verification.getIssuedOn());
    }

    @Test
    void aChangedPayloadIsTampered() {
        String[] parts = signed().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replace("ITIL 4 Foundation", "ITIL 4 Master");
        assertTrue(!forged.equals(payload));
        String text = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        Verification verification = badges.verify(text, OURS, NOW);

        assertEquals(Verification.Result.TAMPERED, verification.getResult());
        assertNull(verification.getAchievement(), "nothing of a tampered credential is shown as if true");
    }

    @Test
    void aCredentialSignedWithAnotherKeyIsNotOurs() {
        String text = badges.sign(OpenBadges.newKey(), "urn:uuid:1", ada, itil, award, NOW, STATUS);

        assertEquals(Verification.Result.NOT_OURS, badges.verify(text, OURS, NOW).getResult());
    }

    @Test
    void aForgerNamingOurKeyButBringingTheirOwnIsTampered() throws Exception {
        RSAKey forger = OpenBadges.newKey();
        SignedJWT genuine = SignedJWT.parse(signed());
        SignedJWT forged = new SignedJWT(new com.nimbusds.jose.JWSHeader.Builder(genuine.getHeader()).jwk(forger.toPublicJWK()).build(),
                genuine.getJWTClaimsSet());
        forged.sign(new com.nimbusds.jose.crypto.RSASSASigner(forger));

        assertEquals(Verification.Result.TAMPERED, badges.verify(forged.serialize(), OURS, NOW).getResult());
    }

    @Test
    void anythingButASignedCredentialIsMalformed() throws Exception {
        assertEquals(Verification.Result.MALFORMED, badges.verify("hello, this is not a badge", OURS, NOW).getResult());
        assertEquals(Verification.Result.MALFORMED, badges.verify("", OURS, NOW).getResult());
        assertEquals(Verification.Result.MALFORMED, badges.verify(null, OURS, NOW).getResult());
        assertEquals(Verification.Result.MALFORMED, badges.verify("a.b.c", OURS, NOW).getResult());
        SignedJWT plainToken = new SignedJWT(new com.nimbusds.jose.JWSHeader(JWSAlgorithm.RS256),
                new JWTClaimsSet.Builder().subject("someone").build());
        plainToken.sign(new com.nimbusds.jose.crypto.RSASSASigner(KEY));
        assertEquals(Verification.Result.MALFORMED, badges.verify(plainToken.serialize(), OURS, NOW).getResult(),
                "a JWT of ours without a credential");
    }

    @Test
    void aCredentialPastItsExpiryIsExpired() throws Exception {
        SignedJWT jwt = new SignedJWT(new com.nimbusds.jose.JWSHeader.Builder(JWSAlgorithm.RS256).keyID(badges.keyUrl(KEY.getKeyID())).build(),
                new JWTClaimsSet.Builder(SignedJWT.parse(signed()).getJWTClaimsSet()).expirationTime(java.util.Date.from(NOW)).build());
        jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(KEY));

        assertEquals(Verification.Result.EXPIRED, badges.verify(jwt.serialize(), OURS, NOW).getResult());
        assertEquals(Verification.Result.VALID, badges.verify(jwt.serialize(), OURS, NOW.minusSeconds(1)).getResult());
    }

    @Test
    void theStatusListSetsTheBitsOfRevokedBadgesAndNoOthers() throws Exception {
        String encoded = StatusList.encode(List.of(0, 1050, StatusList.SIZE - 1));

        assertTrue(encoded.startsWith("u"), "multibase base64url");
        assertTrue(StatusList.isSet(encoded, 0));
        assertTrue(StatusList.isSet(encoded, 1050));
        assertTrue(StatusList.isSet(encoded, StatusList.SIZE - 1));
        assertFalse(StatusList.isSet(encoded, 1));
        assertFalse(StatusList.isSet(encoded, 1049));
        byte[] bits = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))
                .readAllBytes();
        assertEquals(16 * 1024, bits.length, "16 KB, the smallest list");
        assertEquals((byte) 0x80, bits[0], "index 0 is the left-most bit");
        assertEquals(new StatusList.Entry(2, 5), StatusList.Entry.of(StatusList.SIZE + 5));
    }

    @Test
    void theStatusListCredentialIsASignedBitstringStatusListCredential() throws Exception {
        SignedJWT jwt = SignedJWT.parse(badges.statusListCredential(KEY, 1, List.of(1050), NOW));

        assertTrue(jwt.verify(new RSASSAVerifier(KEY.toRSAPublicKey())));
        assertEquals(badges.keyUrl(KEY.getKeyID()), jwt.getHeader().getKeyID());
        Map<String, Object> vc = jwt.getJWTClaimsSet().toJSONObject();
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2"), vc.get("@context"));
        assertEquals(List.of("VerifiableCredential", "BitstringStatusListCredential"), vc.get("type"));
        assertEquals("https://cto.example.org/badges/status/1", vc.get("id"));
        assertEquals(badges.issuerId(), vc.get("issuer"));
        Map<?, ?> subject = (Map<?, ?>) vc.get("credentialSubject");
        assertEquals("BitstringStatusList", subject.get("type"));
        assertEquals("revocation", subject.get("statusPurpose"));
        assertTrue(StatusList.isSet((String) subject.get("encodedList"), 1050));
        assertFalse(StatusList.isSet((String) subject.get("encodedList"), 1051));
    }

    @Test
    void thePublishedKeyHasNoPrivatePart() throws Exception {
        assertTrue(KEY.isPrivate());

        String published = badges.published(List.of(KEY)).toString();

        Map<?, ?> key = (Map<?, ?>) ((List<?>) JWKSet.parse(published).toJSONObject(false).get("keys")).get(0);
        assertEquals(KEY.getModulus().toString(), key.get("n"));
        for (String privatePart : List.of("d", "p", "q", "dp", "dq", "qi", "oth")) {
            assertFalse(key.containsKey(privatePart), privatePart);
            assertFalse(published.contains("\"" + privatePart + "\""), privatePart);
        }
    }

    private static String payload(String compact) {
        return new String(Base64.getUrlDecoder().decode(compact.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
