package org.ctopath.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** PBKDF2 password hashes (the hash string records algorithm, iterations and salt, so these can grow). */
@ApplicationScoped
public class Passwords {

    /**
     * What an account holds in place of a hash before anyone has set its password (people imported
     * from an HR file): no password matches it, so nobody signs in with it.
     */
    public static final String NONE = "none";

    @Inject
    Pbkdf2PasswordHash hash;

    /** Verified against when the username is unknown, so that the answer takes as long either way. */
    private String decoy;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash.generate("not a password of anyone".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /** Whether a stored hash is a password at all, rather than {@link #NONE}. */
    public static boolean isUsable(String storedHash) {
        return storedHash != null && !NONE.equals(storedHash);
    }

    /**
     * @param storedHash null when there is no such account, or {@link #NONE}: the work is done anyway, and the
     *                   answer is no
     */
    public boolean verify(String password, String storedHash) {
        char[] candidate = password == null ? new char[0] : password.toCharArray();
        if (!isUsable(storedHash)) {
            hash.verify(candidate, decoy);
            return false;
        }
        return hash.verify(candidate, storedHash);
    }
}
