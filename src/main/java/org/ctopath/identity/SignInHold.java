package org.ctopath.identity;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** Sign-in tries held back until a moment, and why: too many failures for the username or from the address. */
public record SignInHold(Reason reason, Instant until) implements Serializable {

    public enum Reason {
        /** Unrecognised browsers failed too often for this username. */
        USERNAME,
        /** Unrecognised browsers failed too often from this client address. */
        ADDRESS
    }

    /** What the sign-in page says: the same whether the username exists or not. */
    public String message(Instant now) {
        String wait = minutesUntil(now);
        return switch (reason) {
            case USERNAME -> "Too many failed sign-ins for this account from unrecognised browsers; try again in " + wait
                    + ", or sign in from a browser you have used before.";
            case ADDRESS -> "Too many failed sign-ins from your network address; try again in " + wait
                    + ", or sign in from a browser you have used before.";
        };
    }

    /** "1 minute", "15 minutes": rounded up, never less than one. */
    String minutesUntil(Instant now) {
        long minutes = Math.max(1, (Duration.between(now, until).getSeconds() + 59) / 60);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
