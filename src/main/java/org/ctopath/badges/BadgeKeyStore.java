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
 * another instance then fails alone, and the caller reads the winner's key.
 */
@ApplicationScoped
public class BadgeKeyStore {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<String> signingJwk() {
        return em.createQuery("select k.jwk from SigningKeyRow k where k.purpose = :purpose", String.class)
                .setParameter("purpose", SigningKeyRow.SIGNING).getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> allJwks() {
        return em.createQuery("select k.jwk from SigningKeyRow k order by k.createdAt", String.class).getResultList();
    }

    /** Stores the key; fails (at commit) when another instance stored one first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insertSigningKey(String kid, String privateJwk) {
        em.persist(new SigningKeyRow(kid, SigningKeyRow.SIGNING, privateJwk, Instant.now()));
        em.flush();
    }
}
