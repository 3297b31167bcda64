package org.ctopath.badges;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Open Badges 3.0 credentials as VC-JWT (the JWT encoding of the VC Data Model 1.1 that OB 3.0
 * describes), built, signed and checked with Nimbus JOSE+JWT: RS256 with a 2048-bit RSA key, header
 * {@code typ: JWT}, {@code kid} = the JWK Set address with the key's thumbprint as fragment, and
 * {@code jwk} = the public key (as the OB 3.0 examples carry it, for verifiers that do not fetch
 * the JWK Set; this application itself never trusts a key a credential brings);
 * claims {@code iss}, {@code sub}, {@code nbf}, {@code jti} and {@code vc}, the whole
 * OpenBadgeCredential. Pure: the keys and the application's address come in.
 */
public final class OpenBadges {

    public static final String VC_CONTEXT = "https://www.w3.org/2018/credentials/v1";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String ISSUER_NAME = "CTO Path";
    public static final String JWKS_PATH = "/.well-known/jwks.json";
    public static final String ISSUER_PATH = "/badges/issuer";

    private final String appUrl;

    /** {@code appUrl}: the address people reach the application at, without a trailing slash. */
    public OpenBadges(String appUrl) {
        this.appUrl = Objects.requireNonNull(appUrl).replaceAll("/+$", "");
    }

    public String issuerId() {
        return appUrl + ISSUER_PATH;
    }

    public String jwksUrl() {
        return appUrl + JWKS_PATH;
    }

    /** The id of an achievement: {@code <app>/badges/achievements/certification/<code>} or {@code .../plan/<id>}. */
    public String achievementId(BadgeKind kind, String key) {
        return appUrl + "/badges/achievements/" + kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + key;
    }

    /** A new RS256 signing key of 2048 bits, its id the RFC 7638 thumbprint. */
    public static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("No RSA key could be made", e);
        }
    }

    /** The JWK Set to publish: the public halves of the keys only, whatever the keys given hold. */
    public static JWKSet publicKeys(List<? extends JWK> keys) {
        return new JWKSet(keys.stream().map(JWK::toPublicJWK).filter(Objects::nonNull).toList());
    }

    /** The issuer's Profile, as {@code /badges/issuer} serves it and credentials embed it. */
    public Map<String, Object> issuerProfile() {
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        issuer.putAll(issuer());
        return issuer;
    }

    private Map<String, Object> issuer() {
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", issuerId());
        issuer.put("type", List.of("Profile"));
        issuer.put("name", ISSUER_NAME);
        issuer.put("url", appUrl);
        return issuer;
    }

    /** The OpenBadgeCredential, unsigned: what the {@code vc} claim holds. */
    public Map<String, Object> credential(String credentialId, Recipient recipient, Achievement achievement, Instant issuedAt) {
        String issued = issuedAt.truncatedTo(ChronoUnit.SECONDS).toString();
        Map<String, Object> subject = new LinkedHashMap<>(recipient.json());
        subject.put("achievement", achievement.json());
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        vc.put("id", credentialId);
        vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        vc.put("issuer", issuer());
        vc.put("issuanceDate", issued);
        vc.put("validFrom", issued);
        vc.put("name", achievement.name());
        vc.put("credentialSubject", subject);
        return vc;
    }

    /** The credential signed as a compact VC-JWT. */
    public String sign(RSAKey key, String credentialId, Recipient recipient, Achievement achievement, Instant issuedAt) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(jwksUrl() + "#" + key.getKeyID())
                .jwk(key.toPublicJWK()).build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuerId()).subject(recipient.id())
                .notBeforeTime(Date.from(issuedAt.truncatedTo(ChronoUnit.SECONDS))).jwtID(credentialId)
                .claim("vc", credential(credentialId, recipient, achievement, issuedAt)).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("The credential could not be signed", e);
        }
        return jwt.serialize();
    }

    /**
     * Checks a credential against the keys this instance holds. The key decides whose it is: a
     * {@code kid} (its fragment, or the whole) naming none of our keys is not ours, whatever the
     * claims say; one naming ours whose signature does not match was changed after signing.
     */
    public static Verification verify(String text, JWKSet ours, Instant now) {
        String compact = text == null ? "" : text.strip();
        SignedJWT jwt;
        JWTClaimsSet claims;
        Map<String, Object> vc;
        try {
            jwt = SignedJWT.parse(compact);
            claims = jwt.getJWTClaimsSet();
            vc = claims.getJSONObjectClaim("vc");
        } catch (ParseException | RuntimeException e) {
            return Verification.refused(Verification.Result.MALFORMED,
                    "This is not a credential: a badge is a signed JWT (three parts separated by dots), as the badge download gives it.");
        }
        if (vc == null || !(vc.get("type") instanceof List<?> types) || !types.contains("OpenBadgeCredential")) {
            return Verification.refused(Verification.Result.MALFORMED, "This is a signed JWT, but it carries no Open Badges credential.");
        }
        String kid = jwt.getHeader().getKeyID();
        String keyId = kid == null ? null : kid.substring(kid.indexOf('#') + 1);
        JWK key = keyId == null ? null : ours.getKeyByKeyId(keyId);
        if (!(key instanceof RSAKey rsa) || !JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            return Verification.refused(Verification.Result.NOT_OURS,
                    "This credential was not issued by this CTO Path: it is signed with a key this instance does not hold.");
        }
        boolean signatureMatches;
        try {
            signatureMatches = jwt.verify(new RSASSAVerifier(rsa.toRSAPublicKey()));
        } catch (JOSEException e) {
            signatureMatches = false;
        }
        if (!signatureMatches) {
            return Verification.refused(Verification.Result.TAMPERED,
                    "This credential names this CTO Path's key, but its signature does not match its content: it was changed after it was issued.");
        }
        Date expires = claims.getExpirationTime();
        Verification.Result result = expires != null && !now.isBefore(expires.toInstant()) ? Verification.Result.EXPIRED : Verification.Result.VALID;
        String achievement = null;
        String achievementType = null;
        String recipient = null;
        if (vc.get("credentialSubject") instanceof Map<?, ?> subject) {
            if (subject.get("achievement") instanceof Map<?, ?> a) {
                achievement = text(a.get("name")).orElse(null);
                achievementType = text(a.get("achievementType")).orElse(null);
            }
            if (subject.get("identifier") instanceof List<?> identifiers) {
                recipient = identifiers.stream().filter(i -> i instanceof Map<?, ?> m && "name".equals(m.get("identityType")))
                        .map(i -> text(((Map<?, ?>) i).get("identityHash")).orElse(null)).filter(Objects::nonNull).findFirst().orElse(null);
            }
        }
        String issued = text(vc.get("issuanceDate")).map(d -> d.length() >= 10 ? d.substring(0, 10) : d).orElse(null);
        String message = result == Verification.Result.VALID
                ? "Valid: issued by this CTO Path" + (recipient == null ? "" : " to " + recipient) + (achievement == null ? "" : " for " + achievement)
                        + (issued == null ? "" : " on " + issued) + "."
                : "This credential was issued by this CTO Path and is unchanged, but it expired on " + expires.toInstant().toString().substring(0, 10) + ".";
        return Verification.of(result, message, claims.getJWTID(), recipient, achievement, achievementType, issued);
    }

    private static Optional<String> text(Object value) {
        return value instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }
}
