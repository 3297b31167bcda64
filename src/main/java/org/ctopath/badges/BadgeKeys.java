package org.ctopath.badges;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctopath.badges.BadgeKeyStore.StoredKey;
import org.ctopath.platform.Settings;

/**
 * The instance's badge keys. The signing key is the operator's ({@code BADGE_SIGNING_KEY}: a private
 * RSA JWK of at least 2048 bits) when given, else one made on first need and kept in the database,
 * shared by every instance and kept across restarts. Credentials are accepted when signed by any key
 * of either source, so that badges issued before an operator key was set stay valid. Keys never
 * change once made, so the signing key is held in memory after the first read.
 * <p>
 * With {@code KEY_ENCRYPTION_KEY} the database keeps its keys encrypted ({@link KeyEncryption}), and
 * a key stored plain before is encrypted at start-up or first use; without it they are kept plain
 * (whoever reads the database can sign badges), which start-up warns of. A key that cannot be read
 * (a wrong or malformed KEK, or an encrypted key and no KEK) stops badges, with one line in the log
 * and {@link BadgesUnavailable} to callers: a new key is never made in its place, as that would
 * leave every badge issued unverifiable.
 */
@ApplicationScoped
public class BadgeKeys {

    private static final Logger LOG = Logger.getLogger(BadgeKeys.class.getName());

    @Inject
    BadgeKeyStore store;

    @Inject
    Settings settings;

    private volatile RSAKey signing;

    /** Whether the log has been told why badges are unavailable: once per instance is enough. */
    private final AtomicBoolean told = new AtomicBoolean();

    /** After the schema is up to date (platform.Startup runs first, at the default priority). */
    void atStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class) Object event) {
        checkAtStart();
    }

    /** Says in the log how the keys are kept, and encrypts a plain stored key when a KEK is set; refusals are logged, not thrown. */
    void checkAtStart() {
        try {
            if (settings.keyEncryptionKey().isEmpty() && (settings.badgeSigningKey().isEmpty() || !store.allKeys().isEmpty())) {
                LOG.warning("The badge signing key is stored unencrypted in the database, so whoever reads the database can sign badges:"
                        + " set " + KeyEncryption.SETTING + " to the base64 of 32 random bytes (openssl rand -base64 32) to encrypt it.");
            }
            storedKeys();
        } catch (BadgesUnavailable alreadyLogged) {
            // Badges stay unavailable; everything else works.
        }
    }

    /** The private key badges are signed with, made and stored on first need. */
    public RSAKey signingKey() {
        RSAKey key = signing;
        if (key == null) {
            key = configured().or(this::stored).orElseGet(this::create);
            signing = key;
        }
        return key;
    }

    /** Every key a credential of ours may be signed with, public halves only. */
    public JWKSet publicKeys() {
        List<JWK> keys = new ArrayList<>();
        configured().ifPresent(keys::add);
        keys.addAll(storedKeys());
        if (keys.isEmpty()) {
            keys.add(signingKey());
        }
        return OpenBadges.publicKeys(keys);
    }

    private Optional<RSAKey> configured() {
        return settings.badgeSigningKey().map(text -> {
            RSAKey key = parse(text);
            if (!key.isPrivate() || key.size() < 2048) {
                throw new IllegalStateException("BADGE_SIGNING_KEY must be a private RSA JWK of at least 2048 bits");
            }
            return key.getKeyID() != null ? key : withThumbprintId(key);
        });
    }

    private Optional<RSAKey> stored() {
        return store.signingKey().map(this::open);
    }

    private List<RSAKey> storedKeys() {
        return store.allKeys().stream().map(this::open).toList();
    }

    /** The key of a row: decrypted when sealed; when plain, sealed in the database first if a KEK is set. */
    private RSAKey open(StoredKey row) {
        Optional<KeyEncryption> kek = kek();
        if (!KeyEncryption.isSealed(row.jwk())) {
            RSAKey key = parse(row.jwk());
            if (kek.isPresent() && store.replaceJwk(row.kid(), row.jwk(), seal(kek.get(), row.kid(), row.jwk()))) {
                LOG.info("Encrypted the badge signing key " + row.kid() + " in the database with " + KeyEncryption.SETTING);
            }
            return key;
        }
        if (kek.isEmpty()) {
            throw unavailable("The badge signing key " + row.kid() + " is stored encrypted, but " + KeyEncryption.SETTING + " is not set");
        }
        try {
            return parse(kek.get().open(row.kid(), row.jwk()));
        } catch (KeyEncryption.Failure e) {
            throw unavailable(e.getMessage());
        }
    }

    private RSAKey create() {
        Optional<KeyEncryption> kek = kek();
        RSAKey key = OpenBadges.newKey();
        String jwk = key.toJSONString();
        try {
            store.insertSigningKey(key.getKeyID(), kek.isPresent() ? seal(kek.get(), key.getKeyID(), jwk) : jwk);
            LOG.info("Made the badge signing key " + key.getKeyID() + (kek.isPresent() ? ", stored encrypted" : ", stored unencrypted"));
            return key;
        } catch (BadgesUnavailable unavailable) {
            throw unavailable;
        } catch (RuntimeException raced) {
            LOG.log(Level.INFO, "Another instance stored a badge signing key first; using it", raced);
            return stored().orElseThrow(() -> raced);
        }
    }

    private String seal(KeyEncryption kek, String kid, String jwk) {
        try {
            return kek.seal(kid, jwk);
        } catch (KeyEncryption.Failure e) {
            throw unavailable(e.getMessage());
        }
    }

    /** The KEK of the settings, if any; a malformed one stops badges rather than leaving the key plain or making another. */
    private Optional<KeyEncryption> kek() {
        try {
            return KeyEncryption.of(settings.keyEncryptionKey());
        } catch (IllegalArgumentException malformed) {
            throw unavailable(malformed.getMessage());
        }
    }

    /** Logs why (once), and answers the refusal callers see. */
    private BadgesUnavailable unavailable(String why) {
        if (told.compareAndSet(false, true)) {
            LOG.severe(why + ". Badges can be neither issued nor verified until that is put right; no new signing key is made,"
                    + " as that would leave every badge issued unverifiable.");
        }
        return new BadgesUnavailable();
    }

    private static RSAKey withThumbprintId(RSAKey key) {
        try {
            return new RSAKey.Builder(key).keyIDFromThumbprint().build();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey parse(String jwk) {
        try {
            return RSAKey.parse(jwk);
        } catch (ParseException e) {
            throw new IllegalStateException("A badge key is not an RSA JWK", e);
        }
    }
}
