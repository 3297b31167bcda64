package org.ctopath.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Usernames compare without regard to case or surrounding spaces. A new one is 64 characters at
 * most, of lower-case letters a to z, digits and {@code . _ - @}, starting with a letter or digit
 * ({@code lena.fischer}, {@code l.fischer@example.org}); it is stored in lower case.
 */
public final class Usernames {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._@-]*");

    public static final String RULE = "A username holds only letters a to z, digits and . _ - @, and starts with a letter or digit.";

    private Usernames() {
    }

    public static String normalize(String username) {
        if (username == null) {
            return "";
        }
        String trimmed = username.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > Account.USERNAME_MAXLENGTH ? trimmed.substring(0, Account.USERNAME_MAXLENGTH) : trimmed;
    }

    /** What is wrong with a username for a new account, if anything (its case does not matter). */
    public static Optional<String> problem(String username) {
        String trimmed = username == null ? "" : username.trim();
        if (trimmed.isEmpty()) {
            return Optional.of("A username is required.");
        }
        if (trimmed.length() > Account.USERNAME_MAXLENGTH) {
            return Optional.of("A username may have at most " + Account.USERNAME_MAXLENGTH + " characters.");
        }
        if (!ALLOWED.matcher(trimmed.toLowerCase(Locale.ROOT)).matches()) {
            return Optional.of(RULE);
        }
        return Optional.empty();
    }
}
