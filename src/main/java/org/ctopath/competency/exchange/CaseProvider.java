package org.ctopath.competency.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.ctopath.audit.AuditAction;
import org.ctopath.audit.AuditLog;
import org.ctopath.competency.Framework;
import org.ctopath.identity.Caller;
import org.ctopath.platform.Forbidden;
import org.ctopath.platform.Restricted;
import org.ctopath.platform.Settings;
import org.ctopath.platform.UtcTime;

/**
 * The CASE 1.1 provider's rules and data: who may read it (an administrator's choice, kept in the
 * database so that every instance applies it) and the frameworks it publishes. With
 * {@link CaseProviderSetting.Access#TOKEN} a caller needs a personal access token of any role (the
 * sign-in mechanism has then signed them in) or the provider's own token, which an administrator
 * makes for systems that have no person behind them; with {@code PUBLIC} anyone reads.
 */
@ApplicationScoped
@Transactional
public class CaseProvider {

    /** What the provider's own tokens start with; unlike a personal token ({@code ctp_}). */
    public static final String TOKEN_PREFIX = "ctpcase_";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A refused reader: no token, or none that works, while the provider asks for one (401). */
    public static class NoToken extends Forbidden {
        private static final long serialVersionUID = 1L;

        NoToken() {
            super("The CASE provider needs a token: send Authorization: Bearer <token>, a personal access token or the provider's own.");
        }
    }

    /**
     * How long a publication is served again while the audit log shows no change: every change of a
     * framework is audited, so this bounds only what changed without an audit line (none known).
     */
    static final Duration CACHE_AGE = Duration.ofSeconds(60);

    /** A publication made, and the audit log's state it was made in. */
    private record Cached(String stamp, Instant madeAt, CasePublication publication) {
    }

    /** The last publication: a consumer walks hundreds of objects, and each answer would otherwise read every framework. */
    private final AtomicReference<Cached> cache = new AtomicReference<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    Settings settings;

    Clock clock = Clock.systemUTC();

    /** The current setting, for the administration page. */
    @Restricted("ADMIN")
    public CaseProviderSetting setting() {
        return row();
    }

    /** Opens the provider to anyone, or closes it to callers without a token. */
    @Restricted("ADMIN")
    public void choose(CaseProviderSetting.Access access) {
        CaseProviderSetting setting = row();
        if (setting.getAccess() != access) {
            audit.record(AuditAction.UPDATE, "CaseProvider", "access", setting.getAccess() + " -> " + access);
            setting.setAccess(access);
        }
    }

    /** Makes the provider's own token, replacing the one before (which stops working); shown once, only its hash is kept. */
    @Restricted("ADMIN")
    public String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        row().replaceToken(hash(token), token.substring(0, TOKEN_PREFIX.length() + 4), clock.instant());
        audit.record(AuditAction.UPDATE, "CaseProvider", "token", "a new provider token replaced the one before");
        return token;
    }

    /**
     * The frameworks (those not archived) as the provider serves them, to a caller it admits: anyone
     * while it is public; else a signed-in caller (a personal access token) or one who brings
     * {@code providerToken}, the provider's own. Refused with {@link NoToken}; so is a token given
     * that does not work, public or not (the token the request brought, null without one).
     */
    public CasePublication publication(String providerToken) {
        CaseProviderSetting setting = row();
        if (caller.username().isEmpty()) {
            boolean open = setting.getAccess() == CaseProviderSetting.Access.PUBLIC;
            if (providerToken == null ? !open : !matches(setting.getTokenHash(), providerToken)) {
                throw new NoToken(); // a token that does not work is refused, also while the provider is public
            }
        }
        Object[] audited = em.createQuery("select count(a), max(a.id) from AuditEntry a", Object[].class).getSingleResult();
        String stamp = settings.appUrl() + " " + audited[0] + " " + audited[1];
        Instant now = clock.instant();
        Cached cached = cache.get();
        if (cached != null && cached.stamp().equals(stamp) && cached.madeAt().plus(CACHE_AGE).isAfter(now)) {
            return cached.publication();
        }
        CasePublication publication = publish();
        cache.set(new Cached(stamp, now, publication));
        return publication;
    }

    /** The frameworks as published now, read from the database. */
    private CasePublication publish() {
        List<FrameworkData> frameworks = em.createQuery("select f from Framework f where f.archived = false order by f.code", Framework.class)
                .getResultStream().map(FrameworkExchange::toData).toList();
        Instant installed = null;
        List<CasePublication.Published> published = new ArrayList<>();
        for (FrameworkData framework : frameworks) {
            Instant changed = lastChange(framework);
            if (changed == null) {
                installed = installed == null ? installed() : installed;
                changed = installed;
            }
            published.add(new CasePublication.Published(framework, changed));
        }
        return new CasePublication(published, settings.appUrl());
    }

    /**
     * When the framework last changed, so that a consumer's copy of an object stays current until it
     * does: the latest change the audit log holds of the framework, its scale, groups or skills.
     */
    private Instant lastChange(FrameworkData framework) {
        List<String> groups = new ArrayList<>(List.of(""));
        List<String> skills = new ArrayList<>(List.of(""));
        framework.groups().forEach(g -> {
            groups.add(g.code());
            g.skills().forEach(s -> skills.add(s.code()));
        });
        LocalDateTime last = em.createQuery("select max(a.occurredAt) from AuditEntry a where (a.entityType = 'Framework' and a.entityCode = :framework)"
                        + " or (a.entityType = 'ProficiencyScale' and a.entityCode = :scale) or (a.entityType = 'SkillGroup' and a.entityCode in :groups)"
                        + " or (a.entityType = 'Skill' and a.entityCode in :skills)", LocalDateTime.class)
                .setParameter("framework", framework.code()).setParameter("scale", framework.scale().code())
                .setParameter("groups", groups).setParameter("skills", skills).getSingleResult();
        return last == null ? null : UtcTime.fromColumn(last);
    }

    /** A framework nobody changed is as the database was made with it: when its first migration ran. */
    private Instant installed() {
        Object first = em.createNativeQuery("select min(\"installed_on\") from \"flyway_schema_history\"").getSingleResult();
        if (first instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        }
        return first instanceof LocalDateTime time ? time.atZone(java.time.ZoneId.systemDefault()).toInstant() : Instant.EPOCH;
    }

    private CaseProviderSetting row() {
        return em.find(CaseProviderSetting.class, CaseProviderSetting.ONLY);
    }

    private static boolean matches(String storedHash, String token) {
        if (storedHash == null || token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
            return false;
        }
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII), hash(token).getBytes(StandardCharsets.US_ASCII));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
