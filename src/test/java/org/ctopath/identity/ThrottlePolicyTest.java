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

    private static Optional<Instant> inMinutes(int minutes) {
        return Optional.of(NOW.plus(Duration.ofMinutes(minutes)));
    }

    @Test
    void fourFailuresForAUsernameAreTolerated() {
        assertTrue(ThrottlePolicy.USERNAME.blockedUntil(failuresMinutesAgo(1, 2, 3, 4), NOW).isEmpty());
    }

    @Test
    void fiveFailuresWithinFifteenMinutesBlockUntilTheOldestOfThemIsFifteenMinutesOld() {
        assertEquals(inMinutes(5), ThrottlePolicy.USERNAME.blockedUntil(failuresMinutesAgo(0, 1, 2, 3, 10), NOW));
    }

    @Test
    void onlyTheMostRecentFailuresCount() {
        assertEquals(inMinutes(11), ThrottlePolicy.USERNAME.blockedUntil(failuresMinutesAgo(0, 1, 2, 3, 4, 14), NOW));
    }

    @Test
    void failuresOlderThanTheWindowNoLongerBlock() {
        assertTrue(ThrottlePolicy.USERNAME.blockedUntil(failuresMinutesAgo(1, 2, 3, 4, 15), NOW).isEmpty());
    }

    @Test
    void aRecognisedBrowserTakesTenFailuresAndAnAddressAHundred() {
        assertTrue(ThrottlePolicy.DEVICE.blockedUntil(failuresMinutesAgo(0, 0, 0, 0, 0, 0, 0, 0, 0), NOW).isEmpty());
        assertEquals(inMinutes(15), ThrottlePolicy.DEVICE.blockedUntil(failuresMinutesAgo(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), NOW));
        assertTrue(ThrottlePolicy.ADDRESS.blockedUntil(failuresMinutesAgo(new int[99]), NOW).isEmpty());
        assertEquals(inMinutes(15), ThrottlePolicy.ADDRESS.blockedUntil(failuresMinutesAgo(new int[100]), NOW));
    }

    @Test
    void aRecognisedBrowserIsNotHeldBackByAStrangersFailures() {
        assertEquals(Optional.empty(), ThrottlePolicy.decide(true, Optional.empty(), inMinutes(15), inMinutes(15)),
                "neither the username's nor the address's hold applies to the person's own browser");
    }

    @Test
    void aRecognisedBrowserThatFailedTooOftenIsHeldBackLikeAnUnrecognisedOne() {
        assertEquals(Optional.of(new SignInHold(SignInHold.Reason.USERNAME, NOW.plusSeconds(600))),
                ThrottlePolicy.decide(true, inMinutes(3), inMinutes(10), Optional.empty()));
        assertEquals(Optional.empty(), ThrottlePolicy.decide(true, inMinutes(3), Optional.empty(), Optional.empty()),
                "and like one, it may try while its username and address are not held back");
    }

    @Test
    void anUnrecognisedBrowserIsHeldBackByItsUsernameOrItsAddressWhicheverLasts() {
        assertEquals(Optional.empty(), ThrottlePolicy.decide(false, Optional.empty(), Optional.empty(), Optional.empty()));
        assertEquals(Optional.of(new SignInHold(SignInHold.Reason.USERNAME, NOW.plusSeconds(600))),
                ThrottlePolicy.decide(false, Optional.empty(), inMinutes(10), Optional.empty()));
        assertEquals(Optional.of(new SignInHold(SignInHold.Reason.ADDRESS, NOW.plusSeconds(600))),
                ThrottlePolicy.decide(false, Optional.empty(), Optional.empty(), inMinutes(10)));
        assertEquals(Optional.of(new SignInHold(SignInHold.Reason.ADDRESS, NOW.plusSeconds(720))),
                ThrottlePolicy.decide(false, Optional.empty(), inMinutes(10), inMinutes(12)));
        assertEquals(Optional.of(new SignInHold(SignInHold.Reason.USERNAME, NOW.plusSeconds(720))),
                ThrottlePolicy.decide(false, Optional.empty(), inMinutes(12), inMinutes(10)));
    }

    @Test
    void theMessageNamesTheWaitAndTheWayAround() {
        SignInHold hold = new SignInHold(SignInHold.Reason.USERNAME, NOW.plusSeconds(14 * 60 + 1));
        assertEquals("Too many failed sign-ins for this account from unrecognised browsers; try again in 15 minutes,"
                + " or sign in from a browser you have used before.", hold.message(NOW));
        assertEquals("1 minute", new SignInHold(SignInHold.Reason.ADDRESS, NOW.plusSeconds(5)).minutesUntil(NOW));
        assertTrue(new SignInHold(SignInHold.Reason.ADDRESS, NOW).message(NOW).startsWith("Too many failed sign-ins from your network address"));
    }
}
