package org.ctopath.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.ctopath.platform.Restricted;

/** Reads role profiles with everything a page shows of them, loaded in one go. */
@ApplicationScoped
@Transactional
@Restricted
public class RoleProfileService {

    @PersistenceContext
    EntityManager em;

    public Optional<RoleProfile> findByCode(String code) {
        Optional<RoleProfile> profile = em.createNamedQuery(RoleProfile.BY_CODE, RoleProfile.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
        profile.ifPresent(RoleProfileService::loadForDisplay);
        return profile;
    }

    private static void loadForDisplay(RoleProfile profile) {
        profile.getResponsibilities();
        profile.getScale().getLevels();
        profile.getTargets().forEach(t -> t.getSkill().getIndicators());
    }
}
