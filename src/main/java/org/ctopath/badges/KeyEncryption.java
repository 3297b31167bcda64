package org.ctopath.badges;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import java.text.ParseException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key-encryption key ({@code KEY_ENCRYPTION_KEY}: the base64 of 32 random bytes) and what it does:
 * a private JWK is stored as a compact JWE, {@code alg=dir}, {@code enc=A256GCM} (AES-256-GCM with a
 * fresh IV each time, by Nimbus JOSE), whose protected header, authenticated as the AAD, names the
 * key's id: a sealed key copied onto another key's row, a changed byte or another KEK all fail to
 * open. A stored key that is not a JWE is a plain JWK kept before a KEK was set.
 */
final class KeyEncryption {

    /** The key cannot be sealed or opened; the message says why, never a secret. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static final String SETTING = "KEY_ENCRYPTION_KEY";

    /** The content type of a sealed key: a JWK. */
    private static final String CONTENT_TYPE = "jwk+json";

    private final SecretKey key;

    private KeyEncryption(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * The KEK of the setting, none without one. A setting that is not the base64 of 32 bytes is
     * refused with an {@link IllegalArgumentException} that says so (and never repeats the value).
     */
    static Optional<KeyEncryption> of(Optional<String> setting) {
        return setting.map(text -> {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(text.trim());
            } catch (IllegalArgumentException notBase64) {
                throw new IllegalArgumentException(SETTING + " is not base64: set it to the base64 of 32 random bytes (openssl rand -base64 32)");
            }
            if (bytes.length != 32) {
                throw new IllegalArgumentException(SETTING + " is " + bytes.length + " bytes once decoded, not 32: set it to the base64 of"
                        + " 32 random bytes (openssl rand -base64 32)");
            }
            return new KeyEncryption(bytes);
        });
    }

    /** Whether a stored key is sealed (a compact JWE) rather than a plain JWK (a JSON object). */
    static boolean isSealed(String stored) {
        return !stored.stripLeading().startsWith("{");
    }

    /** The private JWK {@code jwk} of key {@code kid}, sealed for storing. */
    String seal(String kid, String jwk) throws Failure {
        JWEObject jwe = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM).keyID(kid)
                .contentType(CONTENT_TYPE).build(), new Payload(jwk));
        try {
            jwe.encrypt(new DirectEncrypter(key));
        } catch (JOSEException e) {
            throw new Failure("The badge signing key " + kid + " could not be encrypted with " + SETTING, e);
        }
        return jwe.serialize();
    }

    /** The private JWK sealed in {@code stored} for key {@code kid}; a failure when it is not, or not with this KEK. */
    String open(String kid, String stored) throws Failure {
        JWEObject jwe;
        try {
            jwe = JWEObject.parse(stored);
        } catch (ParseException e) {
            throw new Failure("The stored badge signing key " + kid + " is neither a JWK nor an encrypted one", e);
        }
        JWEHeader header = jwe.getHeader();
        if (!JWEAlgorithm.DIR.equals(header.getAlgorithm()) || !EncryptionMethod.A256GCM.equals(header.getEncryptionMethod())) {
            throw new Failure("The stored badge signing key " + kid + " is encrypted with " + header.getAlgorithm() + "/"
                    + header.getEncryptionMethod() + ", not dir/A256GCM", null);
        }
        if (!kid.equals(header.getKeyID())) {
            throw new Failure("The stored badge signing key " + kid + " holds the sealed key of " + header.getKeyID(), null);
        }
        try {
            jwe.decrypt(new DirectDecrypter(key));
        } catch (JOSEException e) {
            throw new Failure("The badge signing key " + kid + " cannot be decrypted with this " + SETTING
                    + " (another key than the one it was encrypted with, or the row was changed)", e);
        }
        return jwe.getPayload().toString();
    }
}
