package org.ctopath.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The key device cookies are signed with: 256 random bits made on first need and kept in the
 * database, so that every instance of a cluster recognises the same browsers and restarts keep them.
 * The instance that loses the race to store it reads the winner's. It never changes once made, so
 * it is held in memory after the first read.
 */
@ApplicationScoped
public class SignInKeys {

    private static final Logger LOG = Logger.getLogger(SignInKeys.class.getName());

    @Inject
    Store store;

    private volatile byte[] deviceCookieKey;

    public byte[] deviceCookieKey() {
        byte[] key = deviceCookieKey;
        if (key == null) {
            key = Base64.getDecoder().decode(store.secret(SignInKeyRow.DEVICE_COOKIE).orElseGet(this::create));
            deviceCookieKey = key;
        }
        return key;
    }

    private String create() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String text = Base64.getEncoder().encodeToString(secret);
        try {
            store.insert(SignInKeyRow.DEVICE_COOKIE, text);
            LOG.info("Made the device cookie key");
            return text;
        } catch (RuntimeException raced) {
            LOG.log(Level.INFO, "Another instance stored a device cookie key first; using it", raced);
            return store.secret(SignInKeyRow.DEVICE_COOKIE).orElseThrow(() -> raced);
        }
    }

    /** Each step in a transaction of its own: an insert that loses the race fails alone. */
    @ApplicationScoped
    public static class Store {

        @PersistenceContext
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public Optional<String> secret(String purpose) {
            return Optional.ofNullable(em.find(SignInKeyRow.class, purpose)).map(SignInKeyRow::getSecret);
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void insert(String purpose, String secret) {
            em.persist(new SignInKeyRow(purpose, secret, Instant.now()));
            em.flush();
        }
    }
}
