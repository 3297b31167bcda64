package org.ctopath.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sign-in throttle's counters against the real database. Each test uses client addresses of
 * its own (documentation addresses, never the suite's 127.0.0.1), so that what it holds back
 * holds back nobody else; the sign-in over HTTP is SessionSignInIT's.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class LoginThrottleIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    LoginThrottle throttle;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String address() {
        return "2001:db8::" + UUID.randomUUID().toString().substring(0, 4);
    }

    private LoginThrottle.Attempt unrecognised(String username, String address) {
        return throttle.check(username, Optional.empty(), address);
    }

    private void fail(LoginThrottle.Attempt attempt, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(attempt);
        }
    }

    @Test
    void fiveFailuresFromUnrecognisedBrowsersHoldBackTheUsernameOnly() {
        String username = unique("throttled");
        String address = address();
        fail(unrecognised(username, address), ThrottlePolicy.USERNAME.maxFailures() - 1);
        assertTrue(unrecognised(username, address).hold().isEmpty(), "four failures are not enough");

        Optional<SignInHold> fifth = throttle.failed(unrecognised(username, address));

        assertEquals(SignInHold.Reason.USERNAME, fifth.orElseThrow().reason(), "the failure that holds back says so");
        assertEquals(SignInHold.Reason.USERNAME, unrecognised(username, address()).hold().orElseThrow().reason(),
                "from any other address too");
        assertTrue(unrecognised(unique("other"), address).hold().isEmpty(), "other usernames are not held back");
    }

    @Test
    void triesWhileHeldBackCountSoTheHoldLasts() {
        String username = unique("persistent");
        String address = address();
        fail(unrecognised(username, address), ThrottlePolicy.USERNAME.maxFailures());
        Instant first = unrecognised(username, address).hold().orElseThrow().until();

        LoginThrottle.Attempt heldBack = unrecognised(username, address);
        fail(heldBack, ThrottlePolicy.USERNAME.maxFailures());

        assertTrue(unrecognised(username, address).hold().orElseThrow().until().isAfter(first),
                "the hold now runs from the tries made while it held");
    }

    @Test
    void aSuccessfulSignInFromAnUnrecognisedBrowserForgivesEarlierFailures() {
        String username = unique("forgiven");
        String address = address();
        fail(unrecognised(username, address), ThrottlePolicy.USERNAME.maxFailures() - 1);

        throttle.succeeded(unrecognised(username, address));
        throttle.failed(unrecognised(username, address));

        assertTrue(unrecognised(username, address).hold().isEmpty());
    }

    @Test
    void aRecognisedBrowserIsNotHeldBackByStrangersButByItsOwnFailures() {
        String username = unique("victim");
        String attacker = address();
        String home = address();
        Optional<String> device = Optional.of(unique("nonce"));
        fail(unrecognised(username, attacker), 3 * ThrottlePolicy.USERNAME.maxFailures());

        LoginThrottle.Attempt own = throttle.check(username, device, home);
        assertTrue(own.recognised() && own.hold().isEmpty(), "the person's own browser may try");
        assertTrue(throttle.check(username, Optional.of(unique("forged")), home).hold().isEmpty(),
                "(a nonce is only ever taken from a genuine cookie; its own counter is what matters)");

        fail(own, ThrottlePolicy.DEVICE.maxFailures() - 1);
        assertTrue(throttle.check(username, device, home).recognised(), "nine failures of its own are tolerated");
        assertTrue(unrecognised(unique("elsewhere"), home).hold().isEmpty(), "and count neither for the address");
        throttle.failed(own);

        LoginThrottle.Attempt afterTen = throttle.check(username, device, home);
        assertFalse(afterTen.recognised(), "ten are not: the browser is no longer recognised");
        assertEquals(SignInHold.Reason.USERNAME, afterTen.hold().orElseThrow().reason(),
                "and is held back with the username, like any stranger");
    }

    @Test
    void anAddressFailingForManyUsernamesIsHeldBackButNotTheBrowsersItsPeopleSignedInWith() {
        String address = address();
        for (int i = 0; i < ThrottlePolicy.ADDRESS.maxFailures(); i++) {
            throttle.failed(unrecognised(unique("spray"), address));
        }

        String fresh = unique("fresh");
        assertEquals(SignInHold.Reason.ADDRESS, unrecognised(fresh, address).hold().orElseThrow().reason(),
                "a username never tried before is held back from that address");
        assertTrue(unrecognised(fresh, address()).hold().isEmpty(), "not from another address");
        assertTrue(throttle.check(fresh, Optional.of(unique("nonce")), address).hold().isEmpty(),
                "nor from a browser its person signed in with before");
    }
}
