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
import java.util.Base64;
import java.util.HexFormat;
import org.ctopath.audit.AuditAction;
import org.ctopath.audit.AuditLog;
import org.ctopath.competency.Framework;
import org.ctopath.identity.Caller;
import org.ctopath.platform.Forbidden;
import org.ctopath.platform.Restricted;
import org.ctopath.platform.Settings;

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
        return new CasePublication(em.createQuery("select f from Framework f where f.archived = false order by f.code", Framework.class)
                .getResultStream().map(FrameworkExchange::toData).toList(), clock.instant(), settings.appUrl());
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
