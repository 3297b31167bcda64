package org.ctopath.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.ctopath.platform.Restricted;

/** Reads frameworks with their groups and skills. */
@ApplicationScoped
@Transactional
@Restricted
public class FrameworkService {

    @PersistenceContext
    EntityManager em;

    /** A framework with its groups, skills and indicators, loaded for display. */
    public Optional<Framework> findByCode(String code) {
        Optional<Framework> framework = em.createNamedQuery(Framework.BY_CODE, Framework.class)
                .setParameter("code", code).getResultStream().findFirst();
        framework.ifPresent(f -> {
            f.getScale().getLevels();
            f.getGroups().forEach(g -> g.getSkills().forEach(Skill::getIndicators));
        });
        return framework;
    }

    /** The skills that can still be chosen (not archived, in groups that are not archived), in framework order. */
    public List<Skill> activeSkills() {
        return em.createQuery("select s from Skill s join s.group g join g.framework f"
                        + " where s.archived = false and g.archived = false and f.archived = false"
                        + " order by f.code, g.position, s.position, s.name", Skill.class)
                .getResultList();
    }
}
