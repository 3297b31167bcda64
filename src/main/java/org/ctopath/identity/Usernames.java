package org.ctopath.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Usernames compare without regard to case, spaces or Unicode look-alike forms: {@link #normalize}
 * is both how an account is looked up and what the sign-in throttle counts, so {@code ADMIN},
 * {@code " admin "} and a full-width {@code ＡＤＭＩＮ} are one name to both. A new one is 64 characters at
 * most, of lower-case letters a to z, digits and {@code . _ - @}, starting with a letter or digit
 * ({@code lena.fischer}, {@code l.fischer@example.org}); it is stored in lower case.
 */
public final class Usernames {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._@-]*");

    public static final String RULE = "A username holds only letters a to z, digits and . _ - @, and starts with a letter or digit.";

    private Usernames() {
    }

    /** Spaces of any kind, control characters and invisible format characters (zero-width space). */
    private static final Pattern IGNORED = Pattern.compile("[\\p{Z}\\s\\p{Cc}\\p{Cf}]+");

    /**
     * The name an account is stored, looked up and throttled under: Unicode compatibility form
     * (NFKC), lower case, without spaces (around or inside: no username holds one), at most
     * {@link Account#USERNAME_MAXLENGTH} characters.
     */
    public static String normalize(String username) {
        if (username == null) {
            return "";
        }
        String plain = IGNORED.matcher(Normalizer.normalize(username, Normalizer.Form.NFKC)).replaceAll("");
        String lower = Normalizer.normalize(plain.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
        return lower.length() > Account.USERNAME_MAXLENGTH ? lower.substring(0, Account.USERNAME_MAXLENGTH) : lower;
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
