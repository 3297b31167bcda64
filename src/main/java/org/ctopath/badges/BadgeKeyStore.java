package org.ctopath.badges;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The signing key's row, each step in a transaction of its own: an insert that loses the race to
 * another instance then fails alone, and the caller reads the winner's key. The key is kept as
 * {@link BadgeKeys} hands it over: sealed with the key-encryption key, or a plain JWK without one.
 */
@ApplicationScoped
public class BadgeKeyStore {

    /** A stored key: its id and the private JWK as kept (sealed or plain). */
    public record StoredKey(String kid, String jwk) {
    }

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<StoredKey> signingKey() {
        return em.createQuery("select new org.ctopath.badges.BadgeKeyStore.StoredKey(k.kid, k.jwk) from SigningKeyRow k"
                + " where k.purpose = :purpose", StoredKey.class).setParameter("purpose", SigningKeyRow.SIGNING).getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<StoredKey> allKeys() {
        return em.createQuery("select new org.ctopath.badges.BadgeKeyStore.StoredKey(k.kid, k.jwk) from SigningKeyRow k order by k.createdAt",
                StoredKey.class).getResultList();
    }

    /** Stores the key; fails (at commit) when another instance stored one first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insertSigningKey(String kid, String jwk) {
        em.persist(new SigningKeyRow(kid, SigningKeyRow.SIGNING, jwk, Instant.now()));
        em.flush();
    }

    /** Replaces the key as kept (a plain one by its sealed form), unless another instance changed it first; answers whether this did. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean replaceJwk(String kid, String expected, String replacement) {
        return em.createQuery("update SigningKeyRow k set k.jwk = :replacement where k.kid = :kid and k.jwk = :expected")
                .setParameter("replacement", replacement).setParameter("kid", kid).setParameter("expected", expected).executeUpdate() == 1;
    }
}
