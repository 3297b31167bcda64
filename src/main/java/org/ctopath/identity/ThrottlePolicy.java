package org.ctopath.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Five failed sign-ins for one username within fifteen minutes hold back further tries for that
 * username until the oldest of those five is fifteen minutes old.
 */
public final class ThrottlePolicy {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private ThrottlePolicy() {
    }

    /**
     * @param recentFailures the most recent failures for one username, newest first (at least
     *                       {@link #MAX_FAILURES} of them when there are that many)
     * @return when tries are allowed again, if they are held back now
     */
    public static Optional<Instant> blockedUntil(List<Instant> recentFailures, Instant now) {
        if (recentFailures.size() < MAX_FAILURES) {
            return Optional.empty();
        }
        Instant until = recentFailures.get(MAX_FAILURES - 1).plus(WINDOW);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
}
