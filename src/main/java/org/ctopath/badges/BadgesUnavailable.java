package org.ctopath.badges;

/**
 * Badges can be neither issued nor checked now: the instance's signing key cannot be read (a wrong or
 * malformed {@code KEY_ENCRYPTION_KEY}, or an encrypted key without one). The reason is in the server
 * log, once; people and programs get this sentence, the API a 503.
 */
public class BadgesUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE = "Badges cannot be issued or checked now: the badge signing key is not available."
            + " Please try again later; the administrator can see why in the server log.";

    BadgesUnavailable() {
        super(MESSAGE);
    }
}
