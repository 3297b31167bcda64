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
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Collection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Open Badges 3.0 credentials as the current 1EdTech specification secures them with JOSE: the W3C
 * VC Data Model 2.0 credential ({@code @context} {@value #VC_CONTEXT} first, {@code validFrom}) is
 * itself the JWT payload, as VC-JOSE-COSE has it, with the claims OB 3.0 adds ({@code iss} = the
 * issuer's id, {@code sub} = the subject's id, {@code nbf} = {@code validFrom}, {@code jti} = the
 * credential's id). Signed with Nimbus JOSE+JWT, RS256 with a 2048-bit RSA key; the header holds
 * {@code alg}, {@code typ: JWT} (OB 3.0: "if present, MUST be JWT"), {@code kid} and {@code jwk}.
 * <p>
 * The {@code kid} is a URL, {@code <app>/badges/keys/<key id>}, that answers with the public JWK,
 * and the JWK Set at {@code /.well-known/jwks.json} publishes the same key under that same
 * {@code kid}: a verifier finds the key either by dereferencing the URL (OB 3.0) or by matching the
 * {@code kid} in the JWK Set (what JOSE libraries do). {@code jwk} carries the public key for
 * verifiers that do neither; this application itself never trusts a key a credential brings.
 * <p>
 * Each credential names the 1EdTech JSON schema it follows ({@code credentialSchema}) and its
 * revocation bit in a Bitstring Status List ({@code credentialStatus}), which {@link
 * #statusListCredential} publishes. Pure: the keys and the application's address come in.
 */
public final class OpenBadges {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    /** The VC Data Model 1.1 context of badges issued before: still verified, never issued. */
    public static final String VC_1_1_CONTEXT = "https://www.w3.org/2018/credentials/v1";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String SCHEMA = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
    public static final String SCHEMA_TYPE = "1EdTechJsonSchemaValidator2019";
    public static final String ISSUER_NAME = "CTO Path";
    public static final String JWKS_PATH = "/.well-known/jwks.json";
    public static final String ISSUER_PATH = "/badges/issuer";
    public static final String KEYS_PATH = "/badges/keys";
    public static final String STATUS_PATH = "/badges/status";
    public static final String ACHIEVEMENTS_PATH = "/badges/achievements";

    private final String appUrl;

    /** {@code appUrl}: the address people reach the application at, without a trailing slash. */
    public OpenBadges(String appUrl) {
        this.appUrl = Objects.requireNonNull(appUrl).replaceAll("/+$", "");
    }

    public String appUrl() {
        return appUrl;
    }

    public String issuerId() {
        return appUrl + ISSUER_PATH;
    }

    public String jwksUrl() {
        return appUrl + JWKS_PATH;
    }

    /** The URL a key is published at, also its {@code kid} in credentials and in the JWK Set. */
    public String keyUrl(String keyId) {
        return appUrl + KEYS_PATH + "/" + URLEncoder.encode(keyId, StandardCharsets.UTF_8);
    }

    /** The key id a {@code kid} names: of a key URL of ours, the last segment; of {@code <jwks>#<id>} (badges issued before), the fragment. */
    public String keyIdOf(String kid) {
        if (kid == null) {
            return null;
        }
        String prefix = appUrl + KEYS_PATH + "/";
        if (kid.startsWith(prefix)) {
            return URLDecoder.decode(kid.substring(prefix.length()), StandardCharsets.UTF_8);
        }
        return kid.substring(kid.indexOf('#') + 1);
    }

    /** The address of a status list credential, from 1. */
    public String statusListUrl(int list) {
        return appUrl + STATUS_PATH + "/" + list;
    }

    /** The id of an achievement: {@code <app>/badges/achievements/certification/<code>} or {@code .../plan/<id>}. */
    public String achievementId(BadgeKind kind, String key) {
        return appUrl + ACHIEVEMENTS_PATH + "/" + kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + key;
    }

    /** A new RS256 signing key of 2048 bits, its id the RFC 7638 thumbprint. */
    public static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("No RSA key could be made", e);
        }
    }

    /** The public halves of the keys only, under their own key ids, whatever the keys given hold. */
    public static JWKSet publicKeys(List<? extends JWK> keys) {
        return new JWKSet(keys.stream().map(JWK::toPublicJWK).filter(Objects::nonNull).toList());
    }

    /** The JWK Set to publish: the public halves, each under its key URL as {@code kid}, as the credentials name them. */
    public JWKSet published(List<? extends JWK> keys) {
        return new JWKSet(keys.stream().map(JWK::toPublicJWK).filter(Objects::nonNull).map(this::underUrl).toList());
    }

    /** The public key as published at its own URL. */
    public JWK published(JWK key) {
        return underUrl(key.toPublicJWK());
    }

    private JWK underUrl(JWK key) {
        if (key instanceof RSAKey rsa) {
            return new RSAKey.Builder(rsa).keyID(keyUrl(rsa.getKeyID())).build();
        }
        throw new IllegalArgumentException("Badge keys are RSA keys");
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

    /** An achievement as its public address serves it: the Achievement with the contexts that define it. */
    public static Map<String, Object> achievementDocument(Map<?, ?> achievement) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        achievement.forEach((k, v) -> document.put(String.valueOf(k), v));
        return document;
    }

    /**
     * What is the recipient's own in an award, kept out of the shared Achievement: the day the
     * activity ended, the certificate's number and a narrative (each may be null).
     */
    public record Award(java.time.LocalDate on, String licenseNumber, String narrative) {

        public static final Award NONE = new Award(null, null, null);

        void into(Map<String, Object> subject) {
            if (on != null) {
                subject.put("activityEndDate", on + "T00:00:00Z");
            }
            if (licenseNumber != null && !licenseNumber.isBlank()) {
                subject.put("licenseNumber", licenseNumber);
            }
            if (narrative != null && !narrative.isBlank()) {
                subject.put("narrative", narrative);
            }
        }
    }

    /** The OpenBadgeCredential, unsigned: what the JWT payload holds besides the registered claims. */
    public Map<String, Object> credential(String credentialId, Recipient recipient, Achievement achievement, Award award, Instant issuedAt,
                                          StatusList.Entry status) {
        Map<String, Object> subject = new LinkedHashMap<>(recipient.json());
        (award == null ? Award.NONE : award).into(subject);
        subject.put("achievement", achievement.json());
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        vc.put("id", credentialId);
        vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        vc.put("issuer", issuer());
        vc.put("validFrom", issuedAt.truncatedTo(ChronoUnit.SECONDS).toString());
        vc.put("name", achievement.name());
        vc.put("credentialSubject", subject);
        vc.put("credentialSchema", List.of(Map.of("id", SCHEMA, "type", SCHEMA_TYPE)));
        if (status != null) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", statusListUrl(status.list()) + "#" + status.index());
            entry.put("type", "BitstringStatusListEntry");
            entry.put("statusPurpose", "revocation");
            entry.put("statusListIndex", String.valueOf(status.index()));
            entry.put("statusListCredential", statusListUrl(status.list()));
            vc.put("credentialStatus", entry);
        }
        return vc;
    }

    /** The credential signed as a compact JWS, the credential the payload. */
    public String sign(RSAKey key, String credentialId, Recipient recipient, Achievement achievement, Award award, Instant issuedAt,
                       StatusList.Entry status) {
        Map<String, Object> vc = credential(credentialId, recipient, achievement, award, issuedAt, status);
        return signPayload(key, vc, issuerId(), recipient.id(), credentialId, issuedAt);
    }

    /**
     * The status list credential of a list: a BitstringStatusListCredential of this issuer whose
     * bits are the revoked badges' indexes, signed as the badges are.
     */
    public String statusListCredential(RSAKey key, int list, Collection<Integer> revoked, Instant now) {
        String id = statusListUrl(list);
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", id + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", StatusList.encode(revoked));
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(VC_CONTEXT));
        vc.put("id", id);
        vc.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        vc.put("issuer", issuerId());
        vc.put("validFrom", now.truncatedTo(ChronoUnit.SECONDS).toString());
        vc.put("credentialSubject", subject);
        return signPayload(key, vc, issuerId(), null, id, now);
    }

    private String signPayload(RSAKey key, Map<String, Object> vc, String issuer, String subject, String id, Instant validFrom) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(keyUrl(key.getKeyID()))
                .jwk(key.toPublicJWK()).build();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        vc.forEach(claims::claim);
        claims.issuer(issuer).notBeforeTime(Date.from(validFrom.truncatedTo(ChronoUnit.SECONDS))).jwtID(id);
        if (subject != null) {
            claims.subject(subject);
        }
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("The credential could not be signed", e);
        }
        return jwt.serialize();
    }

    /**
     * Checks a credential against the keys this instance holds (under their own key ids). The key
     * decides whose it is: a {@code kid} naming none of our keys is not ours, whatever the claims
     * say; one naming ours whose signature does not match was changed after signing. The credential
     * is the payload; a badge issued before (VC Data Model 1.1) carries it in the {@code vc} claim.
     * Revocation is not known here: the caller asks the records (see {@link Badges#verify}).
     */
    public Verification verify(String text, JWKSet ours, Instant now) {
        String compact = text == null ? "" : text.strip();
        SignedJWT jwt;
        JWTClaimsSet claims;
        Map<String, Object> vc;
        try {
            jwt = SignedJWT.parse(compact);
            claims = jwt.getJWTClaimsSet();
            Map<String, Object> legacy = claims.getJSONObjectClaim("vc");
            vc = legacy != null ? legacy : claims.toJSONObject();
        } catch (ParseException | RuntimeException e) {
            return Verification.refused(Verification.Result.MALFORMED,
                    "This is not a credential: a badge is a signed JWT (three parts separated by dots), as the badge download gives it.");
        }
        if (!(vc.get("type") instanceof List<?> types) || !types.contains("OpenBadgeCredential")) {
            return Verification.refused(Verification.Result.MALFORMED, "This is a signed JWT, but it carries no Open Badges credential.");
        }
        String keyId = keyIdOf(jwt.getHeader().getKeyID());
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
        String issued = text(vc.get("validFrom")).or(() -> text(vc.get("issuanceDate"))).map(d -> d.length() >= 10 ? d.substring(0, 10) : d)
                .orElse(null);
        String message = result == Verification.Result.VALID
                ? "Valid: issued by this CTO Path" + (recipient == null ? "" : " to " + recipient) + (achievement == null ? "" : " for " + achievement)
                        + (issued == null ? "" : " on " + issued) + "."
                : "This credential was issued by this CTO Path and is unchanged, but it expired on " + expires.toInstant().toString().substring(0, 10) + ".";
        return Verification.of(result, message, claims.getJWTID(), recipient, achievement, achievementType, issued);
    }

    /** The Achievement a credential of ours holds (in its payload, or the {@code vc} claim of a badge issued before); empty if none. */
    public static Optional<Map<?, ?>> achievementOf(String compact) {
        try {
            JWTClaimsSet claims = SignedJWT.parse(compact).getJWTClaimsSet();
            Map<String, Object> legacy = claims.getJSONObjectClaim("vc");
            Map<String, Object> vc = legacy != null ? legacy : claims.toJSONObject();
            return vc.get("credentialSubject") instanceof Map<?, ?> subject && subject.get("achievement") instanceof Map<?, ?> a
                    ? Optional.of(a) : Optional.empty();
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(Object value) {
        return value instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }
}
