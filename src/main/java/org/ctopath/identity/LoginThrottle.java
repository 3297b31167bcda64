package org.ctopath.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.ctopath.platform.UtcTime;

/** Counts failed sign-ins per username in the database, so every instance throttles alike. */
@ApplicationScoped
@Transactional
public class LoginThrottle {

    @PersistenceContext
    EntityManager em;

    public Optional<Instant> blockedUntil(String username) {
        Instant now = Instant.now();
        List<Instant> recent = em.createQuery(
                        "SELECT f.failedAt FROM LoginFailure f WHERE f.username = :username AND f.failedAt >= :since ORDER BY f.failedAt DESC",
                        LocalDateTime.class)
                .setParameter("username", Usernames.normalize(username))
                .setParameter("since", UtcTime.toColumn(now.minus(ThrottlePolicy.WINDOW)))
                .setMaxResults(ThrottlePolicy.MAX_FAILURES)
                .getResultStream()
                .map(UtcTime::fromColumn)
                .toList();
        return ThrottlePolicy.blockedUntil(recent, now);
    }

    public void recordFailure(String username) {
        Instant now = Instant.now();
        em.createNamedQuery(LoginFailure.DELETE_BEFORE).setParameter("before", UtcTime.toColumn(now.minus(ThrottlePolicy.WINDOW))).executeUpdate();
        em.persist(new LoginFailure(Usernames.normalize(username), now));
    }

    public void clear(String username) {
        em.createNamedQuery(LoginFailure.DELETE_FOR_USERNAME).setParameter("username", Usernames.normalize(username)).executeUpdate();
    }
}
