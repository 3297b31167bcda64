package org.ctopath.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ctopath.audit.AuditAction;
import org.ctopath.audit.AuditLog;
import org.ctopath.identity.SignInFailure.Scope;
import org.ctopath.platform.UtcTime;

/**
 * Counts failed sign-ins in the database, so every instance throttles alike, by the rules of
 * {@link ThrottlePolicy}: per username for unrecognised browsers, per device cookie for recognised
 * ones, per client address. Administrators see and clear a person's counters.
 */
@ApplicationScoped
@Transactional
public class LoginThrottle {

    /** What the audit log names a cleared throttle's person as (as people administration does). */
    static final String PERSON = "Person";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    /** One sign-in try as the throttle sees it before the password is checked. */
    public record Attempt(String username, Optional<String> device, boolean deviceHeld, String address, Optional<SignInHold> hold) {

        /** Whether the try comes from a browser that signed in as this person before and has not failed too often since. */
        public boolean recognised() {
            return device.isPresent() && !deviceHeld;
        }
    }

    /** A person's counters, for administrators. */
    public record State(int failures, Optional<Instant> heldUntil, int heldDevices) {

        public boolean isEmpty() {
            return failures == 0 && heldDevices == 0;
        }
    }

    /**
     * @param username a normalised username ({@link Usernames#normalize})
     * @param device   the nonce of the try's genuine device cookie for that username, if any
     * @param address  the client's address (the connection's, not a header's)
     */
    public Attempt check(String username, Optional<String> device, String address) {
        Instant now = Instant.now();
        Optional<Instant> deviceHeld = device.flatMap(nonce -> held(ThrottlePolicy.DEVICE, Scope.DEVICE, nonce, now));
        Optional<Instant> usernameHeld = held(ThrottlePolicy.USERNAME, Scope.USERNAME, username, now);
        Optional<Instant> addressHeld = held(ThrottlePolicy.ADDRESS, Scope.ADDRESS, address, now);
        // a device held back is treated as any unrecognised browser: held back with its username or address
        return new Attempt(username, device, deviceHeld.isPresent(), address,
                ThrottlePolicy.decide(device.isPresent(), deviceHeld, usernameHeld, addressHeld));
    }

    /**
     * Counts a failed (or held back) try: against its device cookie when it came from a recognised
     * browser, else against its username and address (and its device, if one held back brought it).
     *
     * @return the hold that now applies to tries like it, if any
     */
    public Optional<SignInHold> failed(Attempt attempt) {
        Instant now = Instant.now();
        em.createQuery("DELETE FROM SignInFailure f WHERE f.failedAt < :before")
                .setParameter("before", UtcTime.toColumn(now.minus(ThrottlePolicy.LONGEST_WINDOW))).executeUpdate();
        attempt.device().ifPresent(nonce -> em.persist(new SignInFailure(Scope.DEVICE, nonce, attempt.username(), now)));
        if (attempt.recognised()) {
            return Optional.empty();
        }
        em.persist(new SignInFailure(Scope.USERNAME, attempt.username(), attempt.username(), now));
        em.persist(new SignInFailure(Scope.ADDRESS, attempt.address(), attempt.username(), now));
        return ThrottlePolicy.decide(false, Optional.empty(), held(ThrottlePolicy.USERNAME, Scope.USERNAME, attempt.username(), now),
                held(ThrottlePolicy.ADDRESS, Scope.ADDRESS, attempt.address(), now));
    }

    /**
     * A successful sign-in forgives the failures it proves were the person's own: those of its
     * device cookie (which is replaced), or, from an unrecognised browser, those of its username.
     */
    public void succeeded(Attempt attempt) {
        if (attempt.device().isPresent()) {
            delete(Scope.DEVICE, attempt.device().get());
        }
        if (!attempt.recognised()) {
            delete(Scope.USERNAME, attempt.username());
        }
    }

    /** A person's counters now; administrators only. */
    public State state(String username) {
        requireAdministrator();
        return stateOf(Usernames.normalize(username), Instant.now());
    }

    /**
     * Forgets a person's failed sign-ins, from unrecognised browsers and from their own, and
     * records it in the audit log; administrators only. The counters of client addresses stay.
     *
     * @return the counters that were cleared
     */
    public State clear(String username) {
        requireAdministrator();
        String name = Usernames.normalize(username);
        State cleared = stateOf(name, Instant.now());
        em.createQuery("DELETE FROM SignInFailure f WHERE (f.scope = :username AND f.subject = :name) OR (f.scope = :device AND f.username = :name)")
                .setParameter("username", Scope.USERNAME).setParameter("device", Scope.DEVICE).setParameter("name", name)
                .executeUpdate();
        audit.record(AuditAction.UPDATE, PERSON, name, "Cleared the sign-in throttle: " + cleared.failures()
                + " failed sign-ins from unrecognised browsers" + cleared.heldUntil().map(u -> " (held back until " + UtcTime.minute(u) + ")").orElse("")
                + ", " + cleared.heldDevices() + " recognised browsers held back");
        return cleared;
    }

    private State stateOf(String username, Instant now) {
        List<Instant> failures = recent(Scope.USERNAME, username, ThrottlePolicy.USERNAME, now, Integer.MAX_VALUE);
        Map<String, List<Instant>> devices = em.createQuery(
                        "SELECT f.subject, f.failedAt FROM SignInFailure f WHERE f.scope = :scope AND f.username = :username AND f.failedAt >= :since"
                                + " ORDER BY f.failedAt DESC", Object[].class)
                .setParameter("scope", Scope.DEVICE).setParameter("username", username)
                .setParameter("since", UtcTime.toColumn(now.minus(ThrottlePolicy.DEVICE.window())))
                .getResultStream()
                .collect(Collectors.groupingBy(row -> (String) row[0],
                        Collectors.mapping(row -> UtcTime.fromColumn((LocalDateTime) row[1]), Collectors.toList())));
        int heldDevices = (int) devices.values().stream()
                .filter(times -> ThrottlePolicy.DEVICE.blockedUntil(times, now).isPresent()).count();
        return new State(failures.size(), ThrottlePolicy.USERNAME.blockedUntil(failures, now), heldDevices);
    }

    private Optional<Instant> held(ThrottlePolicy policy, Scope scope, String subject, Instant now) {
        return policy.blockedUntil(recent(scope, subject, policy, now, policy.maxFailures()), now);
    }

    private List<Instant> recent(Scope scope, String subject, ThrottlePolicy policy, Instant now, int most) {
        return em.createQuery("SELECT f.failedAt FROM SignInFailure f WHERE f.scope = :scope AND f.subject = :subject"
                        + " AND f.failedAt >= :since ORDER BY f.failedAt DESC", LocalDateTime.class)
                .setParameter("scope", scope)
                .setParameter("subject", subject(subject))
                .setParameter("since", UtcTime.toColumn(now.minus(policy.window())))
                .setMaxResults(most)
                .getResultStream()
                .map(UtcTime::fromColumn)
                .toList();
    }

    private void delete(Scope scope, String subject) {
        em.createQuery("DELETE FROM SignInFailure f WHERE f.scope = :scope AND f.subject = :subject")
                .setParameter("scope", scope).setParameter("subject", subject(subject)).executeUpdate();
    }

    private static String subject(String subject) {
        return subject.length() > SignInFailure.SUBJECT_MAXLENGTH ? subject.substring(0, SignInFailure.SUBJECT_MAXLENGTH) : subject;
    }

    private void requireAdministrator() {
        caller.require(Role.ADMIN);
    }
}
