package org.ctopath.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ctopath.audit.AuditAction;
import org.ctopath.audit.AuditLog;
import org.ctopath.identity.PasswordLink.Purpose;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.Restricted;
import org.ctopath.platform.Settings;
import org.ctopath.platform.UtcTime;

/**
 * Links that let a person set their password without an administrator typing one: invitations (an
 * administrator's, for one person or for everyone who has no password yet) and resets (asked for on
 * the sign-in page). A link is {@code <APP_URL>/password/set?token=<256-bit secret>}; only the
 * secret's SHA-256 is stored; it works once, until it expires ({@link #INVITATION_VALID},
 * {@link #RESET_VALID}), and setting a password ends every other open link of the account. The
 * mail goes through the mail outbox ({@link PasswordLinkIssued}).
 *
 * <p>"Forgot password" answers the same whether the name or address is known or not, and makes at
 * most {@link #RESETS_PER_HOUR} links an hour for an account, so that nobody can flood a person's
 * mailbox; the page adds a per-client limit.
 */
@ApplicationScoped
@Transactional
public class PasswordLinks {

    public static final Duration INVITATION_VALID = Duration.ofDays(7);
    public static final Duration RESET_VALID = Duration.ofHours(1);
    public static final int RESETS_PER_HOUR = 3;
    public static final String PAGE = "/password/set";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    @Inject
    Passwords passwords;

    @Inject
    Settings settings;

    @Inject
    AuditLog audit;

    @Inject
    Event<PasswordLinkIssued> issued;

    Clock clock = Clock.systemUTC();

    /** What a valid link lets its holder do, for the page. */
    public record Valid(Purpose purpose, String username, String displayName, Instant expiresAt) {
    }

    /** What a bulk invitation did. */
    public record Invited(int invited, int withoutEmail) {
    }

    /**
     * Sends one person an invitation to set their password; an earlier open invitation of theirs
     * stops working.
     *
     * @throws InvalidInput when the account is unknown, deactivated or has no email address
     */
    @Restricted("ADMIN")
    public Instant invite(String username) {
        Account account = accounts.findByUsername(username).orElseThrow(() -> InvalidInput.of(null, "This person is not there any more."));
        if (!account.isActive()) {
            throw InvalidInput.of(null, account.getDisplayName() + " is deactivated: reactivate them first.");
        }
        if (blank(account.getEmail())) {
            throw InvalidInput.of("email", account.getDisplayName() + " has no email address to send the invitation to.");
        }
        endOpenLinks(account, Purpose.INVITATION);
        Instant expires = issue(account, Purpose.INVITATION, INVITATION_VALID);
        audit.record(AuditAction.UPDATE, "PERSON", account.getUsername(), "Sent an invitation to set a password, valid until "
                + UtcTime.minute(expires) + " UTC");
        return expires;
    }

    /** Invites every active person who has no password yet and no open invitation, and has an email address. */
    @Restricted("ADMIN")
    public Invited inviteEveryoneWithoutPassword() {
        Instant now = clock.instant();
        // Two plain queries rather than NOT EXISTS: EclipseLink writes that one with literals, and H2 refuses its boolean.
        Set<Long> openInvitation = new HashSet<>(em.createQuery("select l.account.id from PasswordLink l"
                        + " where l.purpose = :invitation and l.usedAt is null and l.expiresAt > :now", Long.class)
                .setParameter("invitation", Purpose.INVITATION).setParameter("now", UtcTime.toColumn(now)).getResultList());
        List<Account> waiting = em.createQuery("select a from Account a where a.active = true and a.passwordHash = :none"
                        + " order by a.username", Account.class)
                .setParameter("none", Passwords.NONE).getResultList().stream()
                .filter(a -> !openInvitation.contains(a.getId())).toList();
        int invited = 0;
        int withoutEmail = 0;
        for (Account account : waiting) {
            if (blank(account.getEmail())) {
                withoutEmail++;
            } else {
                issue(account, Purpose.INVITATION, INVITATION_VALID);
                invited++;
            }
        }
        audit.record(AuditAction.UPDATE, "PEOPLE", "invitations", "Invited " + invited + " people without a password"
                + (withoutEmail > 0 ? "; " + withoutEmail + " have no email address" : ""));
        return new Invited(invited, withoutEmail);
    }

    /**
     * "Forgot password": mails a reset link to each active account whose username or email address
     * is {@code nameOrEmail}, at most {@link #RESETS_PER_HOUR} an hour each. Says nothing about
     * whether there was one. Open: nobody is signed in.
     */
    public void forgot(String nameOrEmail) {
        if (blank(nameOrEmail) || nameOrEmail.length() > 254) {
            return;
        }
        String wanted = nameOrEmail.strip();
        Instant now = clock.instant();
        List<Account> found = em.createQuery("select a from Account a where a.active = true and (a.username = :username"
                        + " or lower(a.email) = :email)", Account.class)
                .setParameter("username", Usernames.normalize(wanted)).setParameter("email", wanted.toLowerCase(Locale.ROOT))
                .setMaxResults(5).getResultList();
        for (Account account : found) {
            if (blank(account.getEmail())) {
                continue;
            }
            long recent = em.createQuery("select count(l) from PasswordLink l where l.account = :account and l.purpose = :reset"
                            + " and l.createdAt > :since", Long.class)
                    .setParameter("account", account).setParameter("reset", Purpose.RESET)
                    .setParameter("since", UtcTime.toColumn(now.minus(Duration.ofHours(1)))).getSingleResult();
            if (recent < RESETS_PER_HOUR) {
                issue(account, Purpose.RESET, RESET_VALID);
            }
        }
    }

    /** The link's purpose and person while it works; empty for an unknown, used or expired link. Open: the secret is the credential. */
    public Optional<Valid> check(String token) {
        return find(token).map(l -> new Valid(l.getPurpose(), l.getAccount().getUsername(), l.getAccount().getDisplayName(),
                l.getExpiresAt()));
    }

    /**
     * Sets the password through a link, which then stops working, as does every other open link of
     * the account. Open: the secret is the credential.
     *
     * @return the username, to sign in with
     * @throws InvalidInput when the link does not work (any more), or the password is refused
     */
    public String use(String token, String newPassword, String confirmation) {
        PasswordLink link = find(token).orElseThrow(() -> InvalidInput.of(null,
                "This link does not work any more: it was used already or it expired. Ask for a new one."));
        Account account = link.getAccount();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        PasswordPolicy.weakness(newPassword, account.getUsername(), account.getDisplayName(), account.getEmail())
                .ifPresent(p -> problems.add("newPassword", p));
        if (newPassword != null && !newPassword.equals(confirmation)) {
            problems.add("confirmation", "The two passwords differ.");
        }
        problems.throwIfAny();
        account.setPasswordHash(passwords.hash(newPassword));
        Instant now = clock.instant();
        link.use(now);
        endOpenLinks(account, null);
        Caller.asSystem(() -> audit.record(AuditAction.UPDATE, "PERSON", account.getUsername(),
                "Set a password through " + (link.getPurpose() == Purpose.INVITATION ? "an invitation" : "a reset link")));
        return account.getUsername();
    }

    private Optional<PasswordLink> find(String token) {
        if (blank(token) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return em.createQuery("select l from PasswordLink l join fetch l.account where l.tokenHash = :hash", PasswordLink.class)
                .setParameter("hash", AccessTokens.hash(token)).getResultStream().findFirst()
                .filter(l -> l.worksAt(now) && l.getAccount().isActive());
    }

    private Instant issue(Account account, Purpose purpose, Duration valid) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expires = now.plus(valid);
        em.persist(new PasswordLink(account, purpose, AccessTokens.hash(token), now, expires));
        PasswordLinkIssued link = new PasswordLinkIssued(account.getEmail(), account.getDisplayName(), account.getUsername(), purpose,
                settings.appUrl() + PAGE + "?token=" + token, expires);
        Caller.asSystem(() -> issued.fire(link)); // the mail is the system's work, also when nobody is signed in ("forgot")
        return expires;
    }

    /** Ends the account's open links (of one purpose, or all). */
    private void endOpenLinks(Account account, Purpose purpose) {
        var update = em.createQuery("update PasswordLink l set l.usedAt = :now where l.account = :account and l.usedAt is null"
                        + (purpose == null ? "" : " and l.purpose = :purpose"))
                .setParameter("now", UtcTime.toColumn(clock.instant())).setParameter("account", account);
        if (purpose != null) {
            update.setParameter("purpose", purpose);
        }
        update.executeUpdate();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
