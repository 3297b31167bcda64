package org.ctopath.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How many failed sign-ins within how long hold back further tries, for one kind of counter
 * (OWASP "Slow Down Online Guessing Attacks with Device Cookies"):
 *
 * <ul>
 * <li>{@link #USERNAME}: tries for one username from browsers that never signed in as that
 * person (no device cookie of theirs). Tries while held back count too, so guessing stays at five
 * per quarter hour however long it goes on.
 * <li>{@link #DEVICE}: tries from one recognised browser (a device cookie) for its person. A
 * stranger's tries never count here, so the person keeps signing in from their own browser
 * whatever strangers do; a recognised browser that fails too often is no longer recognised.
 * <li>{@link #ADDRESS}: tries from one client address for any username by unrecognised browsers,
 * so one client cannot spread its guessing over many usernames. Generous, because many people
 * may share an address (and the tests all come from 127.0.0.1); only failures count.
 * </ul>
 *
 * A counter holds back once it has {@code maxFailures} failures within {@code window}, until the
 * oldest of those is {@code window} old.
 */
public record ThrottlePolicy(int maxFailures, Duration window) {

    public static final ThrottlePolicy USERNAME = new ThrottlePolicy(5, Duration.ofMinutes(15));
    public static final ThrottlePolicy DEVICE = new ThrottlePolicy(10, Duration.ofMinutes(15));
    public static final ThrottlePolicy ADDRESS = new ThrottlePolicy(100, Duration.ofMinutes(15));

    /** Failures older than this count for nothing and may be forgotten. */
    public static final Duration LONGEST_WINDOW = Duration.ofMinutes(15);

    /**
     * @param recentFailures the most recent failures of one counter, newest first (at least
     *                       {@link #maxFailures} of them when there are that many)
     * @return when tries are allowed again, if they are held back now
     */
    public Optional<Instant> blockedUntil(List<Instant> recentFailures, Instant now) {
        if (recentFailures.size() < maxFailures) {
            return Optional.empty();
        }
        Instant until = recentFailures.get(maxFailures - 1).plus(window);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /**
     * Whether a try is held back. A recognised browser that is not itself held back always may
     * try; any other try is held back while its username or its address is.
     *
     * @param recognised  whether the try brings a genuine device cookie for this username
     * @param deviceHeld  until when that device is held back, if it is
     * @param usernameHeld until when unrecognised tries for the username are held back, if they are
     * @param addressHeld until when unrecognised tries from the address are held back, if they are
     */
    public static Optional<SignInHold> decide(boolean recognised, Optional<Instant> deviceHeld, Optional<Instant> usernameHeld,
            Optional<Instant> addressHeld) {
        if (recognised && deviceHeld.isEmpty()) {
            return Optional.empty();
        }
        if (usernameHeld.isPresent() && (addressHeld.isEmpty() || !addressHeld.get().isAfter(usernameHeld.get()))) {
            return Optional.of(new SignInHold(SignInHold.Reason.USERNAME, usernameHeld.get()));
        }
        return addressHeld.map(until -> new SignInHold(SignInHold.Reason.ADDRESS, until));
    }
}
