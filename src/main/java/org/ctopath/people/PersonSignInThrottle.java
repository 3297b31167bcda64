package org.ctopath.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ctopath.identity.LoginThrottle;
import org.ctopath.platform.Messages;
import org.ctopath.platform.UtcTime;

/**
 * The sign-in throttle's part of a person's page ({@code /admin/people/person}): whether sign-in
 * as them is held back after failed tries, and a button that clears it (recorded in the audit log).
 */
@Named
@RequestScoped
public class PersonSignInThrottle {

    @Inject
    LoginThrottle throttle;

    private String username;
    private LoginThrottle.State state;

    private LoginThrottle.State state(String of) {
        if (state == null || !of.equals(username)) {
            username = of;
            state = throttle.state(of);
        }
        return state;
    }

    /** Whether there is anything to show for this person. */
    public boolean shown(String of) {
        return of != null && !state(of).isEmpty();
    }

    /** "Sign-in from unrecognised browsers held back until 2026-11-23 14:32 UTC (7 failed tries)." */
    public String describe(String of) {
        LoginThrottle.State s = state(of);
        StringBuilder text = new StringBuilder();
        if (s.heldUntil().isPresent()) {
            text.append("Sign-in from unrecognised browsers held back until ").append(UtcTime.minute(s.heldUntil().get()))
                    .append(" (").append(tries(s.failures())).append(").");
        } else if (s.failures() > 0) {
            text.append(capitalised(tries(s.failures()))).append(" from unrecognised browsers in the last quarter hour.");
        }
        if (s.heldDevices() > 0) {
            text.append(text.isEmpty() ? "" : " ").append(s.heldDevices() == 1 ? "One browser" : s.heldDevices() + " browsers")
                    .append(" they signed in with before failed too often and ").append(s.heldDevices() == 1 ? "is" : "are")
                    .append(" no longer recognised for now.");
        }
        return text.toString();
    }

    public void clear(String of) {
        LoginThrottle.State cleared = throttle.clear(of);
        state = null;
        Messages.info("Cleared the sign-in throttle (" + tries(cleared.failures()) + " forgotten): " + of
                + " may sign in from any browser again.");
    }

    private static String tries(int failures) {
        return failures == 1 ? "1 failed try" : failures + " failed tries";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
