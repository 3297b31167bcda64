package org.ctopath.identity;

import java.util.Locale;

/** Usernames compare without regard to case or surrounding spaces. */
public final class Usernames {

    private Usernames() {
    }

    public static String normalize(String username) {
        if (username == null) {
            return "";
        }
        String trimmed = username.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > Account.USERNAME_MAXLENGTH ? trimmed.substring(0, Account.USERNAME_MAXLENGTH) : trimmed;
    }
}
