package org.ctopath.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The organisation's teams, nested. */
@ApplicationScoped
@Transactional
public class Teams {

    @PersistenceContext
    EntityManager em;

    /** Every team, each directly after its parent (ordered by path). */
    public List<Team> all() {
        return em.createQuery("select t from Team t order by t.path", Team.class).getResultList();
    }

    public Optional<Team> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Team.class, id));
    }

    /** The team called {@code name} directly under {@code parent} (null: top level), if there is one. */
    public Optional<Team> named(String name, Team parent) {
        var query = em.createQuery("select t from Team t where t.name = :name and "
                + (parent == null ? "t.parent is null" : "t.parent.id = :parent"), Team.class).setParameter("name", name.trim());
        if (parent != null) {
            query.setParameter("parent", parent.getId());
        }
        return query.getResultStream().findFirst();
    }

    /** Creates a team under {@code parent} (null: top level). */
    public Team create(String name, Team parent) {
        Team team = new Team(name, parent == null ? null : em.merge(parent));
        em.persist(team);
        em.flush();
        team.placeUnderParent();
        return team;
    }

    /** The top-level team of that name, created when there is none. */
    public Team topLevel(String name) {
        return named(name, null).orElseGet(() -> create(name, null));
    }

    /** Ids of the team and every team inside it. */
    public List<Long> subtree(Team team) {
        return em.createQuery("select t.id from Team t where t.path like :prefix", Long.class)
                .setParameter("prefix", team.getPath() + "%").getResultList();
    }
}
