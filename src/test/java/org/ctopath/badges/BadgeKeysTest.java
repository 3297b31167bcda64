package org.ctopath.badges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ctopath.platform.Settings;
import org.junit.jupiter.api.Test;

class BadgeKeysTest {

    /** The database table, in memory; {@code rival} is a key another instance stores just before our insert. */
    static final class Store extends BadgeKeyStore {
        final List<String> rows = new ArrayList<>();
        RSAKey rival;
        int inserts;

        @Override
        public Optional<String> signingJwk() {
            return rows.stream().findFirst();
        }

        @Override
        public List<String> allJwks() {
            return List.copyOf(rows);
        }

        @Override
        public void insertSigningKey(String kid, String privateJwk) {
            inserts++;
            if (rival != null) {
                rows.add(rival.toJSONString());
                throw new IllegalStateException("unique constraint uq_badge_signing_key_purpose");
            }
            rows.add(privateJwk);
        }
    }

    static final class FixedSettings extends Settings {
        final String key;

        FixedSettings(String key) {
            this.key = key;
        }

        @Override
        public Optional<String> badgeSigningKey() {
            return Optional.ofNullable(key);
        }
    }

    private static BadgeKeys keys(Store store, String configured) {
        BadgeKeys keys = new BadgeKeys();
        keys.store = store;
        keys.settings = new FixedSettings(configured);
        return keys;
    }

    @Test
    void theFirstNeedMakesAKeyAndKeepsIt() throws Exception {
        Store store = new Store();
        BadgeKeys keys = keys(store, null);

        RSAKey key = keys.signingKey();

        assertTrue(key.isPrivate());
        assertEquals(2048, key.size());
        assertEquals(1, store.rows.size());
        assertEquals(key.getKeyID(), RSAKey.parse(store.rows.get(0)).getKeyID());
        assertTrue(RSAKey.parse(store.rows.get(0)).isPrivate(), "the private key is what the database keeps");
        assertSame(key, keys.signingKey());
        assertEquals(key.getKeyID(), keys(store, null).signingKey().getKeyID(), "another instance, or after a restart: the same key");
        assertEquals(1, store.inserts);
    }

    @Test
    void anInstanceThatLosesTheRaceSignsWithTheWinnersKey() {
        Store store = new Store();
        store.rival = OpenBadges.newKey();

        RSAKey key = keys(store, null).signingKey();

        assertEquals(store.rival.getKeyID(), key.getKeyID());
        assertEquals(1, store.rows.size());
    }

    @Test
    void anOperatorKeySignsAndEarlierKeysStillVerify() throws Exception {
        Store store = new Store();
        RSAKey earlier = keys(store, null).signingKey();
        RSAKey operator = OpenBadges.newKey();

        BadgeKeys keys = keys(store, operator.toJSONString());

        assertEquals(operator.getKeyID(), keys.signingKey().getKeyID());
        List<String> published = keys.publicKeys().getKeys().stream().map(JWK::getKeyID).toList();
        assertEquals(List.of(operator.getKeyID(), earlier.getKeyID()), published);
        assertFalse(keys.publicKeys().getKeys().stream().anyMatch(JWK::isPrivate));
        assertEquals(1, store.inserts, "no key is made while the operator gives one");
    }

    @Test
    void anOperatorKeyWithoutItsPrivatePartIsRefused() {
        RSAKey operator = OpenBadges.newKey();
        BadgeKeys keys = keys(new Store(), operator.toPublicJWK().toJSONString());

        assertThrows(IllegalStateException.class, keys::signingKey);
    }

    @Test
    void anOperatorKeyWithoutAnIdIsNamedByItsThumbprint() throws Exception {
        RSAKey operator = OpenBadges.newKey();
        RSAKey withoutId = new RSAKey.Builder(operator).keyID(null).build();

        RSAKey key = keys(new Store(), withoutId.toJSONString()).signingKey();

        assertEquals(operator.getKeyID(), key.getKeyID());
        assertNotEquals(null, key.getKeyID());
    }
}
