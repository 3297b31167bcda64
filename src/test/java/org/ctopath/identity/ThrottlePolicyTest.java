package org.ctopath.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private static List<Instant> failuresMinutesAgo(int... minutes) {
        return java.util.Arrays.stream(minutes).mapToObj(m -> NOW.minus(Duration.ofMinutes(m))).toList();
    }

    @Test
    void fourFailuresAreTolerated() {
        assertTrue(ThrottlePolicy.blockedUntil(failuresMinutesAgo(1, 2, 3, 4), NOW).isEmpty());
    }

    @Test
    void fiveFailuresWithinFifteenMinutesBlockUntilTheOldestOfThemIsFifteenMinutesOld() {
        Optional<Instant> until = ThrottlePolicy.blockedUntil(failuresMinutesAgo(0, 1, 2, 3, 10), NOW);

        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(5))), until);
    }

    @Test
    void onlyTheFiveMostRecentFailuresCount() {
        Optional<Instant> until = ThrottlePolicy.blockedUntil(failuresMinutesAgo(0, 1, 2, 3, 4, 14), NOW);

        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(11))), until);
    }

    @Test
    void failuresOlderThanTheWindowNoLongerBlock() {
        assertTrue(ThrottlePolicy.blockedUntil(failuresMinutesAgo(1, 2, 3, 4, 15), NOW).isEmpty());
    }
}
