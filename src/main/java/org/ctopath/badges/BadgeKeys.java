package org.ctopath.badges;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctopath.platform.Settings;

/**
 * The instance's badge keys. The signing key is the operator's ({@code BADGE_SIGNING_KEY}: a private
 * RSA JWK of at least 2048 bits) when given, else one made on first need and kept in the database
 * (private; whoever reads the database can sign badges), shared by every instance and kept across
 * restarts. Credentials are accepted when signed by any key of either source, so that badges
 * issued before an operator key was set stay valid. Keys never change once made, so they are held
 * in memory after the first read.
 */
@ApplicationScoped
public class BadgeKeys {

    private static final Logger LOG = Logger.getLogger(BadgeKeys.class.getName());

    @Inject
    BadgeKeyStore store;

    @Inject
    Settings settings;

    private volatile RSAKey signing;

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
        store.allJwks().stream().map(BadgeKeys::parse).forEach(keys::add);
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
        return store.signingJwk().map(BadgeKeys::parse);
    }

    private RSAKey create() {
        RSAKey key = OpenBadges.newKey();
        try {
            store.insertSigningKey(key.getKeyID(), key.toJSONString());
            LOG.info("Made the badge signing key " + key.getKeyID());
            return key;
        } catch (RuntimeException raced) {
            LOG.log(Level.INFO, "Another instance stored a badge signing key first; using it", raced);
            return stored().orElseThrow(() -> raced);
        }
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
