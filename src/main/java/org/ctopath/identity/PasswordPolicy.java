package org.ctopath.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a new password acceptable, after NIST SP 800-63B-4 (2025), section 3.1.1.2: length, not
 * composition. At least {@link #MIN_LENGTH} characters (Unicode code points, after NFKC normalisation),
 * as for a password that is the only factor; at most {@link #MAX_LENGTH}; any characters, spaces too;
 * no rules about digits or symbols; and not a value that attackers try first: a password from the
 * list of the most common leaked passwords shipped with the application ({@code common-passwords.txt}
 * beside this class, with its source), one character repeated, a run such as {@code 123456789...} or
 * {@code abcdef...}, or the person's own username, name or the product's name with fewer than {@link #OWN_LENGTH}
 * characters besides.
 * Only new passwords are checked; a password set before still signs in.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 15;
    public static final int MAX_LENGTH = 256;
    /** Characters a password must have besides the person's name, username and the product's name. */
    static final int OWN_LENGTH = 8;
    private static final String LIST = "common-passwords.txt";
    private static final Set<String> NAMES_OF_THE_PRODUCT = Set.of("ctopath", "cto path", "cto-path");

    private PasswordPolicy() {
    }

    /**
     * @param context the words an attacker would try first for this person: their username, name,
     *                email address (null or blank ones are left out)
     * @return why the password is refused, as a sentence to show next to the field, if it is
     */
    public static Optional<String> weakness(String password, String... context) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Choose a password.");
        }
        String normalised = Normalizer.normalize(password, Normalizer.Form.NFKC);
        int length = normalised.codePointCount(0, normalised.length());
        if (length < MIN_LENGTH) {
            return Optional.of("A password needs at least " + MIN_LENGTH + " characters; a few words together make a good one.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("A password may have at most " + MAX_LENGTH + " characters.");
        }
        String lower = normalised.toLowerCase(Locale.ROOT);
        if (Common.PASSWORDS.contains(lower)) {
            return Optional.of("This password is one of the most common leaked passwords: choose another.");
        }
        if (repetitive(lower)) {
            return Optional.of("This password is a character or a short run repeated or counted through: choose another.");
        }
        String rest = lower;
        for (String word : contextWords(context).stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            rest = rest.replace(word, "");
        }
        if (rest.codePointCount(0, rest.length()) < OWN_LENGTH) {
            return Optional.of("This password is mostly your name, username or the product's name: choose another.");
        }
        return Optional.empty();
    }

    /** One character repeated, a short unit repeated ({@code abcabcabc...}), or a run up or down ({@code 1234...}, {@code zyxw...}). */
    static boolean repetitive(String password) {
        int[] points = password.codePoints().toArray();
        for (int unit = 1; unit <= 4; unit++) {
            if (repeats(points, unit)) {
                return true;
            }
        }
        return runs(points, 1) || runs(points, -1);
    }

    private static boolean repeats(int[] points, int unit) {
        if (points.length < unit * 3) {
            return false;
        }
        for (int i = unit; i < points.length; i++) {
            if (points[i] != points[i - unit]) {
                return false;
            }
        }
        return true;
    }

    /** Each character one after the previous one (digits wrap: ...8901...). */
    private static boolean runs(int[] points, int step) {
        for (int i = 1; i < points.length; i++) {
            int expected = points[i - 1] + step;
            if (Character.isDigit(points[i - 1]) && (expected == '9' + 1 || expected == '0' - 1)) {
                expected = step > 0 ? '0' : '9';
            }
            if (points[i] != expected) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> contextWords(String... context) {
        Set<String> words = new HashSet<>(NAMES_OF_THE_PRODUCT);
        for (String given : context) {
            if (given == null || given.isBlank()) {
                continue;
            }
            String word = Normalizer.normalize(given.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            words.add(word);
            int at = word.indexOf('@');
            if (at > 0) {
                words.add(word.substring(0, at)); // the mailbox of an address
            }
            for (String part : word.split("[\\s._-]+")) {
                if (part.length() >= 4) {
                    words.add(part); // a first or last name alone
                }
            }
        }
        words.removeIf(w -> w.length() < 4);
        return words;
    }

    /** The shipped list, read once, when the first password is checked. */
    private static final class Common {

        static final Set<String> PASSWORDS = read();

        private static Set<String> read() {
            try (InputStream in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(LIST), LIST);
                    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                Set<String> passwords = new HashSet<>(64_000);
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.startsWith("# ") && !line.isEmpty()) {
                        passwords.add(line);
                    }
                }
                return Set.copyOf(passwords);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
