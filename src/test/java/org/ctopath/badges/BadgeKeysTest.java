package org.ctopath.badges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.ctopath.platform.Settings;
import org.junit.jupiter.api.Test;

class BadgeKeysTest {

    /** The database table, in memory; {@code rival} is a key another instance stores just before our insert. */
    static final class Store extends BadgeKeyStore {
        final List<BadgeKeyStore.StoredKey> rows = new ArrayList<>();
        RSAKey rival;
        int inserts;

        @Override
        public Optional<BadgeKeyStore.StoredKey> signingKey() {
            return rows.stream().findFirst();
        }

        @Override
        public List<BadgeKeyStore.StoredKey> allKeys() {
            return List.copyOf(rows);
        }

        @Override
        public void insertSigningKey(String kid, String jwk) {
            inserts++;
            if (rival != null) {
                rows.add(new BadgeKeyStore.StoredKey(rival.getKeyID(), rival.toJSONString()));
                throw new IllegalStateException("unique constraint uq_badge_signing_key_purpose");
            }
            rows.add(new BadgeKeyStore.StoredKey(kid, jwk));
        }

        @Override
        public boolean replaceJwk(String kid, String expected, String replacement) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).kid().equals(kid) && rows.get(i).jwk().equals(expected)) {
                    rows.set(i, new BadgeKeyStore.StoredKey(kid, replacement));
                    return true;
                }
            }
            return false;
        }

        String jwk() {
            return rows.get(0).jwk();
        }
    }

    static final class FixedSettings extends Settings {
        final String key;
        final String kek;

        FixedSettings(String key, String kek) {
            this.key = key;
            this.kek = kek;
        }

        @Override
        public Optional<String> badgeSigningKey() {
            return Optional.ofNullable(key);
        }

        @Override
        public Optional<String> keyEncryptionKey() {
            return Optional.ofNullable(kek);
        }
    }

    private static BadgeKeys keys(Store store, String configured) {
        return keys(store, configured, null);
    }

    private static BadgeKeys keys(Store store, String configured, String kek) {
        BadgeKeys keys = new BadgeKeys();
        keys.store = store;
        keys.settings = new FixedSettings(configured, kek);
        return keys;
    }

    static String newKek() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** What BadgeKeys logs while {@code action} runs. */
    private static List<LogRecord> logged(Runnable action) {
        Logger logger = Logger.getLogger(BadgeKeys.class.getName());
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            action.run();
        } finally {
            logger.removeHandler(handler);
        }
        return records;
    }

    @Test
    void theFirstNeedMakesAKeyAndKeepsIt() throws Exception {
        Store store = new Store();
        BadgeKeys keys = keys(store, null);

        RSAKey key = keys.signingKey();

        assertTrue(key.isPrivate());
        assertEquals(2048, key.size());
        assertEquals(1, store.rows.size());
        assertEquals(key.getKeyID(), RSAKey.parse(store.jwk()).getKeyID());
        assertTrue(RSAKey.parse(store.jwk()).isPrivate(), "without a KEK the private key is what the database keeps");
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

    @Test
    void withAKekTheStoredKeyIsEncryptedAndReadBack() throws Exception {
        Store store = new Store();
        String kek = newKek();

        RSAKey key = keys(store, null, kek).signingKey();

        String stored = store.jwk();
        assertTrue(KeyEncryption.isSealed(stored), stored);
        assertFalse(stored.contains(key.getPrivateExponent().toString()), "no private part in the row");
        assertThrows(ParseException.class, () -> RSAKey.parse(stored));
        JWEObject jwe = JWEObject.parse(stored);
        assertEquals(JWEAlgorithm.DIR, jwe.getHeader().getAlgorithm());
        assertEquals(EncryptionMethod.A256GCM, jwe.getHeader().getEncryptionMethod());
        assertEquals(key.getKeyID(), jwe.getHeader().getKeyID());
        BadgeKeys restarted = keys(store, null, kek);
        assertEquals(key, restarted.signingKey(), "after a restart, with the same KEK: the same key");
        assertEquals(List.of(key.getKeyID()), restarted.publicKeys().getKeys().stream().map(JWK::getKeyID).toList());
        assertEquals(1, store.inserts);
    }

    @Test
    void aKeyStoredPlainIsEncryptedOnceAKekIsSet() throws Exception {
        Store store = new Store();
        RSAKey plain = keys(store, null).signingKey();
        assertFalse(KeyEncryption.isSealed(store.jwk()));
        String kek = newKek();

        List<LogRecord> log = logged(() -> keys(store, null, kek).checkAtStart());

        assertTrue(KeyEncryption.isSealed(store.jwk()), "encrypted at start-up");
        assertTrue(log.stream().anyMatch(r -> r.getLevel() == Level.INFO && r.getMessage().contains("Encrypted the badge signing key")), log::toString);
        assertEquals(plain, keys(store, null, kek).signingKey());
        assertEquals(1, store.inserts, "the same key, encrypted: no new one");

        Store another = new Store();
        keys(another, null).signingKey();
        keys(another, null, kek).signingKey();
        assertTrue(KeyEncryption.isSealed(another.jwk()), "or at first use");
    }

    @Test
    void aWrongKekRefusesBadgesWithOneLogLineAndNeverMakesANewKey() {
        Store store = new Store();
        RSAKey key = keys(store, null, newKek()).signingKey();
        String stored = store.jwk();
        BadgeKeys wrong = keys(store, null, newKek());

        List<LogRecord> log = logged(() -> {
            wrong.checkAtStart();
            assertEquals(BadgesUnavailable.MESSAGE, assertThrows(BadgesUnavailable.class, wrong::signingKey).getMessage());
            assertThrows(BadgesUnavailable.class, wrong::publicKeys);
            assertThrows(BadgesUnavailable.class, wrong::signingKey);
        });

        assertEquals(1, store.inserts, "no new key");
        assertEquals(List.of(new BadgeKeyStore.StoredKey(key.getKeyID(), stored)), store.rows, "the stored key untouched");
        List<LogRecord> severe = log.stream().filter(r -> r.getLevel() == Level.SEVERE).toList();
        assertEquals(1, severe.size(), log::toString);
        assertTrue(severe.get(0).getMessage().contains("cannot be decrypted with this KEY_ENCRYPTION_KEY"), severe.get(0).getMessage());
        assertTrue(severe.get(0).getMessage().contains("no new signing key is made"), severe.get(0).getMessage());
        assertEquals(null, severe.get(0).getThrown(), "one line, no stack trace");
    }

    @Test
    void anEncryptedKeyWithoutTheKekOrWithAMalformedOneIsRefusedNotReplaced() {
        Store store = new Store();
        keys(store, null, newKek()).signingKey();

        assertThrows(BadgesUnavailable.class, () -> keys(store, null).signingKey(), "the KEK removed");
        assertThrows(BadgesUnavailable.class, () -> keys(store, null, "not base64 at all!").signingKey());
        assertThrows(BadgesUnavailable.class, () -> keys(new Store(), null, Base64.getEncoder().encodeToString(new byte[16])).signingKey(),
                "a malformed KEK makes no key either");
        assertEquals(1, store.inserts);
    }

    @Test
    void aChangedRowIsRefused() {
        Store store = new Store();
        String kek = newKek();
        keys(store, null, kek).signingKey();
        BadgeKeyStore.StoredKey row = store.rows.get(0);
        String[] parts = row.jwk().split("\\.");
        char[] ciphertext = parts[3].toCharArray();
        ciphertext[10] = ciphertext[10] == 'A' ? 'B' : 'A';
        parts[3] = new String(ciphertext);
        store.rows.set(0, new BadgeKeyStore.StoredKey(row.kid(), String.join(".", parts)));

        assertThrows(BadgesUnavailable.class, () -> keys(store, null, kek).signingKey());
    }

    @Test
    void withoutAKekStartUpWarnsThatTheKeyIsStoredUnencrypted() {
        Store store = new Store();
        keys(store, null).signingKey();

        List<LogRecord> log = logged(() -> keys(store, null).checkAtStart());

        List<LogRecord> warnings = log.stream().filter(r -> r.getLevel() == Level.WARNING).toList();
        assertEquals(1, warnings.size(), log::toString);
        assertTrue(warnings.get(0).getMessage().startsWith("The badge signing key is stored unencrypted in the database"), warnings.get(0).getMessage());
        assertTrue(warnings.get(0).getMessage().contains("KEY_ENCRYPTION_KEY"));
        assertTrue(logged(() -> keys(new Store(), null, newKek()).checkAtStart()).stream().noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue()),
                "with a KEK: nothing to warn of");
    }
}
