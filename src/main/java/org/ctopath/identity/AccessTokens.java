package org.ctopath.identity;

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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.UtcTime;
import org.ctopath.platform.Restricted;

/**
 * Personal access tokens: made by their owner (shown once), kept as a SHA-256 hash, and revoked by
 * their owner or by their expiry. A token is 256 random bits, so a plain hash is enough to keep it
 * from a reader of the database; a slow password hash would only slow down every API call.
 */
@ApplicationScoped
@Transactional(rollbackOn = InvalidInput.class)
public class AccessTokens {

    /** What every token starts with, so that a leaked one is recognisable (secret scanners). */
    public static final String PREFIX = "ctp_";

    /** The longest a token may live. */
    public static final int MAX_DAYS = 366;

    /** How often the last use is written at most: a busy token does not write on every call. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(5);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Caller caller;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    Clock clock = Clock.systemUTC();

    /** A token just made: the token itself, which is never shown again, and its record. */
    public record Made(String token, AccessToken record) {
    }

    /** Makes a token for {@code username}, valid until the end of {@code expiresOn} (UTC). */
    @Restricted
    public Made create(String username, String name, LocalDate expiresOn) {
        caller.requireSelf(username);
        Account account = accounts.findByUsername(username).orElseThrow(() -> new IllegalStateException("no account " + username));
        LocalDate today = LocalDate.now(clock);
        String label = name == null ? "" : name.trim();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (label.isEmpty()) {
            problems.add("name", "Name the token after what will use it.");
        } else if (label.length() > AccessToken.NAME_MAXLENGTH) {
            problems.add("name", "At most " + AccessToken.NAME_MAXLENGTH + " characters.");
        }
        if (expiresOn == null) {
            problems.add("expires", "Choose when it expires.");
        } else if (!expiresOn.isAfter(today)) {
            problems.add("expires", "A day after today.");
        } else if (expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            problems.add("expires", "At most " + MAX_DAYS + " days from today.");
        }
        problems.throwIfAny();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires = expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        AccessToken record = new AccessToken(account, label, hash(token), token.substring(0, PREFIX.length() + 4), clock.instant(), expires);
        em.persist(record);
        return new Made(token, record);
    }

    /**
     * Demo mode only: the demo account's well-known token ({@link AccountBootstrap#demoToken}), made
     * if absent and renewed if it ran out, so that the README's API examples work as written. A demo
     * token that its owner revoked stays revoked.
     */
    @Restricted(systemOnly = true)
    public void ensureDemo(String username) {
        String token = AccountBootstrap.demoToken(username);
        List<AccessToken> existing = em.createQuery("select t from AccessToken t where t.tokenHash = :hash", AccessToken.class)
                .setParameter("hash", hash(token)).getResultList();
        Instant now = clock.instant();
        Instant expires = LocalDate.now(clock).plusDays(MAX_DAYS).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (existing.isEmpty()) {
            accounts.findByUsername(username).ifPresent(account -> em.persist(
                    new AccessToken(account, "Demo token (README)", hash(token), token.substring(0, PREFIX.length() + 4), now, expires)));
        } else if (!existing.get(0).isRevoked() && !existing.get(0).worksAt(now)) {
            existing.get(0).extendTo(expires);
        }
    }

    /** The owner's tokens, newest first, revoked and expired ones included. */
    @Restricted
    public List<AccessToken> of(String username) {
        caller.requireSelf(username);
        return em.createQuery("select t from AccessToken t where t.account.username = :username order by t.createdAt desc, t.id desc",
                AccessToken.class).setParameter("username", username).getResultList();
    }

    /** Revokes one of the owner's tokens; another's token, or none, is refused. */
    @Restricted
    public void revoke(String username, long tokenId) {
        caller.requireSelf(username);
        AccessToken token = em.find(AccessToken.class, tokenId);
        if (token == null || !token.getAccount().getUsername().equals(username)) {
            throw InvalidInput.of(null, "That token is not there any more.");
        }
        token.revoke(clock.instant());
    }

    /**
     * The active account that {@code token} lets in now; empty for an unknown, revoked or expired token,
     * or a deactivated owner. Notes the use, at most every few minutes. Open to nobody-yet: this is
     * the sign-in of an API call, and the token is the credential.
     */
    public Optional<Account> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<AccessToken> found = em.createQuery("select t from AccessToken t join fetch t.account where t.tokenHash = :hash",
                AccessToken.class).setParameter("hash", hash(token)).getResultList();
        Optional<AccessToken> working = found.stream().filter(t -> t.worksAt(now) && t.getAccount().isActive()).findFirst();
        Instant since = now.minus(LAST_USE_PRECISION);
        working.filter(t -> t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(since)) // most calls write nothing
                .ifPresent(t -> em.createQuery("update AccessToken t set t.lastUsedAt = :now where t.id = :id"
                                + " and (t.lastUsedAt is null or t.lastUsedAt < :since)")
                        .setParameter("now", UtcTime.toColumn(now)).setParameter("id", t.getId())
                        .setParameter("since", UtcTime.toColumn(since)).executeUpdate());
        return working.map(AccessToken::getAccount);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
