package org.ctopath.badges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BadgeSigningTest {

    private static final RSAKey KEY = OpenBadges.newKey();
    private static final JWKSet OURS = new JWKSet(KEY.toPublicJWK());
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30.123Z");

    private final OpenBadges badges = new OpenBadges("https://cto.example.org/");
    private final Recipient ada = new Recipient("urn:ctopath:account:42", "Ada Lovelace", "Ada@Example.org", "pepper");
    private final Achievement itil = new Achievement("https://cto.example.org/badges/achievements/certification/ITIL4-F", "ITIL 4 Foundation",
            null, "Passed the ITIL 4 Foundation exam.", "Certificate");

    private String signed() {
        return badges.sign(KEY, "urn:uuid:0b0b0b0b-1111-2222-3333-444444444444", ada, itil, NOW);
    }

    @Test
    void theCredentialIsAnOpenBadgeCredentialOfThisIssuer() throws Exception {
        SignedJWT jwt = SignedJWT.parse(signed());

        assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
        assertEquals(JOSEObjectType.JWT, jwt.getHeader().getType());
        assertEquals("https://cto.example.org/.well-known/jwks.json#" + KEY.getKeyID(), jwt.getHeader().getKeyID());
        assertTrue(jwt.verify(new RSASSAVerifier(KEY.toRSAPublicKey())));
        assertEquals(KEY.toPublicJWK(), jwt.getHeader().getJWK(), "the public key rides along");
        assertFalse(jwt.getHeader().getJWK().isPrivate());
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals("https://cto.example.org/badges/issuer", claims.getIssuer());
        assertEquals("urn:ctopath:account:42", claims.getSubject());
        assertEquals("urn:uuid:0b0b0b0b-1111-2222-3333-444444444444", claims.getJWTID());
        assertEquals(Instant.parse("2026-11-23T10:15:30Z"), claims.getNotBeforeTime().toInstant());
        Map<String, Object> vc = claims.getJSONObjectClaim("vc");
        assertEquals(List.of(OpenBadges.VC_CONTEXT, OpenBadges.OB_CONTEXT), vc.get("@context"));
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), vc.get("type"));
        assertEquals(claims.getJWTID(), vc.get("id"));
        assertEquals("2026-11-23T10:15:30Z", vc.get("issuanceDate"));
        Map<?, ?> issuer = (Map<?, ?>) vc.get("issuer");
        assertEquals("https://cto.example.org/badges/issuer", issuer.get("id"));
        assertEquals(List.of("Profile"), issuer.get("type"));
        assertEquals("CTO Path", issuer.get("name"));
        Map<?, ?> subject = (Map<?, ?>) vc.get("credentialSubject");
        assertEquals(List.of("AchievementSubject"), subject.get("type"));
        assertEquals(claims.getSubject(), subject.get("id"));
        Map<?, ?> achievement = (Map<?, ?>) subject.get("achievement");
        assertEquals(itil.id(), achievement.get("id"));
        assertEquals(List.of("Achievement"), achievement.get("type"));
        assertEquals("Certificate", achievement.get("achievementType"));
        assertEquals("ITIL 4 Foundation", achievement.get("name"));
        assertEquals("ITIL 4 Foundation", achievement.get("description"));
        assertEquals(Map.of("narrative", "Passed the ITIL 4 Foundation exam."), achievement.get("criteria"));
    }

    @Test
    void theEmailTravelsOnlyAsASaltedHash() throws Exception {
        String text = signed();
        String payload = new String(Base64.getUrlDecoder().decode(text.split("\\.")[1]), StandardCharsets.UTF_8);

        assertFalse(payload.toLowerCase().contains("ada@example.org"), payload);
        Map<?, ?> subject = (Map<?, ?>) SignedJWT.parse(text).getJWTClaimsSet().getJSONObjectClaim("vc").get("credentialSubject");
        List<?> identifiers = (List<?>) subject.get("identifier");
        Map<?, ?> email = (Map<?, ?>) identifiers.get(1);
        assertEquals("emailAddress", email.get("identityType"));
        assertEquals(true, email.get("hashed"));
        assertEquals("pepper", email.get("salt"));
        // sha256 of "ada@example.org" + "pepper"
        assertEquals(Recipient.hash("ada@example.org", "pepper"), email.get("identityHash"));
        assertTrue(((String) email.get("identityHash")).matches("sha256\\$[0-9a-f]{64}"));
    }

    @Test
    void anUntouchedCredentialIsValidAndSaysWhoAndWhat() {
        Verification verification = OpenBadges.verify(signed() + "\n", OURS, NOW);

        assertEquals(Verification.Result.VALID, verification.getResult(), verification.getMessage());
        assertEquals("Ada Lovelace", verification.getRecipient());
        assertEquals("ITIL 4 Foundation", verification.getAchievement());
        assertEquals("2026-11-23", verification.getIssuedOn());
        assertEquals("urn:uuid:0b0b0b0b-1111-2222-3333-444444444444", verification.getCredentialId());
    }

    @Test
    void aChangedPayloadIsTampered() {
        String[] parts = signed().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replace("ITIL 4 Foundation", "ITIL 4 Master");
        assertTrue(!forged.equals(payload));
        String text = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        Verification verification = OpenBadges.verify(text, OURS, NOW);

        assertEquals(Verification.Result.TAMPERED, verification.getResult());
        assertNull(verification.getAchievement(), "nothing of a tampered credential is shown as if true");
    }

    @Test
    void aCredentialSignedWithAnotherKeyIsNotOurs() {
        RSAKey other = OpenBadges.newKey();
        String text = badges.sign(other, "urn:uuid:1", ada, itil, NOW);

        assertEquals(Verification.Result.NOT_OURS, OpenBadges.verify(text, OURS, NOW).getResult());
    }

    @Test
    void aForgerNamingOurKeyButBringingTheirOwnIsTampered() throws Exception {
        RSAKey forger = OpenBadges.newKey();
        SignedJWT genuine = SignedJWT.parse(signed());
        SignedJWT forged = new SignedJWT(new com.nimbusds.jose.JWSHeader.Builder(genuine.getHeader()).jwk(forger.toPublicJWK()).build(),
                genuine.getJWTClaimsSet());
        forged.sign(new com.nimbusds.jose.crypto.RSASSASigner(forger));

        assertEquals(Verification.Result.TAMPERED, OpenBadges.verify(forged.serialize(), OURS, NOW).getResult());
    }

    @Test
    void anythingButASignedCredentialIsMalformed() throws Exception {
        assertEquals(Verification.Result.MALFORMED, OpenBadges.verify("hello, this is not a badge", OURS, NOW).getResult());
        assertEquals(Verification.Result.MALFORMED, OpenBadges.verify("", OURS, NOW).getResult());
        assertEquals(Verification.Result.MALFORMED, OpenBadges.verify(null, OURS, NOW).getResult());
        assertEquals(Verification.Result.MALFORMED, OpenBadges.verify("a.b.c", OURS, NOW).getResult());
        SignedJWT plainToken = new SignedJWT(new com.nimbusds.jose.JWSHeader(JWSAlgorithm.RS256),
                new JWTClaimsSet.Builder().subject("someone").build());
        plainToken.sign(new com.nimbusds.jose.crypto.RSASSASigner(KEY));
        assertEquals(Verification.Result.MALFORMED, OpenBadges.verify(plainToken.serialize(), OURS, NOW).getResult(),
                "a JWT of ours without a credential");
    }

    @Test
    void aCredentialPastItsExpiryIsExpired() throws Exception {
        SignedJWT jwt = new SignedJWT(new com.nimbusds.jose.JWSHeader.Builder(JWSAlgorithm.RS256).keyID("x#" + KEY.getKeyID()).build(),
                new JWTClaimsSet.Builder(SignedJWT.parse(signed()).getJWTClaimsSet()).expirationTime(java.util.Date.from(NOW)).build());
        jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(KEY));

        assertEquals(Verification.Result.EXPIRED, OpenBadges.verify(jwt.serialize(), OURS, NOW).getResult());
        assertEquals(Verification.Result.VALID, OpenBadges.verify(jwt.serialize(), OURS, NOW.minusSeconds(1)).getResult());
    }

    @Test
    void thePublishedKeyHasNoPrivatePart() throws Exception {
        assertTrue(KEY.isPrivate());

        String published = OpenBadges.publicKeys(List.of(KEY)).toString();

        Map<?, ?> key = (Map<?, ?>) ((List<?>) JWKSet.parse(published).toJSONObject(false).get("keys")).get(0);
        assertEquals(KEY.getKeyID(), key.get("kid"));
        assertEquals(KEY.getModulus().toString(), key.get("n"));
        for (String privatePart : List.of("d", "p", "q", "dp", "dq", "qi", "oth")) {
            assertFalse(key.containsKey(privatePart), privatePart);
            assertFalse(published.contains("\"" + privatePart + "\""), privatePart);
        }
    }
}
