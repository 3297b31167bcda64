package org.ctopath.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often one client address may ask for reset links, per instance: a bound on the work and mail a
 * single client can cause. The per-account bound ({@link PasswordLinks#RESETS_PER_HOUR}) is in the
 * database and holds across instances.
 */
@ApplicationScoped
public class ForgotThrottle {

    static final int PER_QUARTER_HOUR = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_ADDRESSES = 10_000;

    private final ConcurrentHashMap<String, Deque<Instant>> asked = new ConcurrentHashMap<>();

    Clock clock = Clock.systemUTC();

    /** Counts a request of {@code address}; false when it asked too often lately. */
    public boolean allow(String address) {
        Instant now = clock.instant();
        if (asked.size() > MAX_ADDRESSES) {
            asked.values().removeIf(times -> { synchronized (times) { return times.isEmpty() || times.peekLast().isBefore(now.minus(WINDOW)); } });
        }
        Deque<Instant> times = asked.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= PER_QUARTER_HOUR) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
