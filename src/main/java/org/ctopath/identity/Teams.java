package org.ctopath.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ctopath.audit.AuditAction;
import org.ctopath.audit.AuditLog;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.Restricted;

/**
 * The organisation's teams, nested, and their administration: create a team under another, rename
 * it, move it (with everything inside it) under another parent, delete an empty one. Every change is
 * in the audit log.
 */
@ApplicationScoped
@Transactional
@Restricted("ADMIN")
public class Teams {

    static final String TEAM = "Team";

    /** Separates the levels of a team path in an import file: {@code Engineering/Platform}. */
    public static final String PATH_SEPARATOR = "/";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    /** A team with how many active people it holds itself and with every team inside it. */
    public record Counted(Team team, long direct, long total) {
    }

    /** Every team, each directly after its parent (ordered by path). */
    public List<Team> all() {
        return em.createQuery("select t from Team t order by t.path", Team.class).getResultList();
    }

    /** Every team, each directly after its parent and siblings by name: the order of a tree. */
    public List<Team> inTreeOrder() {
        return tree(all());
    }

    /**
     * Every team in tree order with its active people: the people of every team come from one
     * grouped query, and each team's total adds those of the teams inside it.
     */
    public List<Counted> counted() {
        List<Team> teams = inTreeOrder();
        Map<Long, Long> direct = new HashMap<>();
        em.createQuery("select a.team.id, count(a) from Account a where a.team is not null and a.active = true group by a.team.id",
                Object[].class).getResultList().forEach(row -> direct.put((Long) row[0], (Long) row[1]));
        Map<String, Long> totals = new HashMap<>();
        for (Team team : teams) {
            long own = direct.getOrDefault(team.getId(), 0L);
            // add this team's own people to itself and every team above it: the path names them all
            for (String id : team.getPath().split("/")) {
                if (!id.isEmpty()) {
                    totals.merge(id, own, Long::sum);
                }
            }
        }
        return teams.stream().map(t -> new Counted(t, direct.getOrDefault(t.getId(), 0L),
                totals.getOrDefault(String.valueOf(t.getId()), 0L))).toList();
    }

    /**
     * The teams with each one's inner teams directly under it, siblings by name (the ids in a path
     * follow creation, not the alphabet).
     */
    static List<Team> tree(List<Team> teams) {
        Map<Long, List<Team>> children = new HashMap<>();
        for (Team team : teams) {
            children.computeIfAbsent(team.getParent() == null ? null : team.getParent().getId(), k -> new ArrayList<>()).add(team);
        }
        children.values().forEach(list -> list.sort((a, b) -> a.getName().compareToIgnoreCase(b.getName())));
        List<Team> ordered = new ArrayList<>();
        addWithChildren(children.getOrDefault(null, List.of()), children, ordered);
        return ordered;
    }

    private static void addWithChildren(List<Team> level, Map<Long, List<Team>> children, List<Team> ordered) {
        for (Team team : level) {
            ordered.add(team);
            addWithChildren(children.getOrDefault(team.getId(), List.of()), children, ordered);
        }
    }

    public Optional<Team> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Team.class, id));
    }

    /**
     * The team called {@code name} directly under {@code parent} (null: top level), if there is one;
     * names are unique among siblings whatever their case, so the case does not count here either.
     */
    public Optional<Team> named(String name, Team parent) {
        var query = em.createQuery("select t from Team t where lower(t.name) = :name and "
                + (parent == null ? "t.parent is null" : "t.parent.id = :parent"), Team.class)
                .setParameter("name", name.trim().toLowerCase(Locale.ROOT));
        if (parent != null) {
            query.setParameter("parent", parent.getId());
        }
        return query.getResultStream().findFirst();
    }

    /** Creates a team under {@code parent} (null: top level), as it is given: no checks, no audit. */
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

    /** What is wrong with a team's name, if anything. */
    public static Optional<String> nameProblem(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            return Optional.of("A team needs a name.");
        }
        if (trimmed.length() > Team.NAME_MAXLENGTH) {
            return Optional.of("A team name may have at most " + Team.NAME_MAXLENGTH + " characters.");
        }
        if (trimmed.contains(PATH_SEPARATOR)) {
            return Optional.of("A team name cannot hold " + PATH_SEPARATOR + ", which separates the teams of a path in an import.");
        }
        return Optional.empty();
    }

    /** Adds a team under a parent (null: a top-level team). */
    public Team add(String name, Long parentId) {
        Team parent = parentId == null ? null : existing(parentId, "parent");
        checkName(name, parent, null);
        Team team = create(name, parent);
        audit.record(AuditAction.CREATE, TEAM, code(team), "path: '" + pathName(team) + "'");
        return team;
    }

    /** Renames a team opened at {@code version}. */
    public void rename(long id, String name, long version) {
        Team team = current(id, version);
        String before = team.getName();
        checkName(name, team.getParent(), team);
        if (before.equals(name.trim())) {
            return;
        }
        team.rename(name);
        audit.record(AuditAction.UPDATE, TEAM, code(team), "name: '" + before + "' → '" + team.getName() + "'");
    }

    /**
     * Moves a team opened at {@code version}, with every team inside it, under another parent (null:
     * to the top level). Refused under itself or one of its own inner teams. The paths of all the
     * teams inside it change in one bulk update.
     */
    public void move(long id, Long parentId, long version) {
        Team team = current(id, version);
        Team parent = parentId == null ? null : existing(parentId, "parent");
        if (parent != null && team.contains(parent)) {
            throw InvalidInput.of("parent", parent.getId().equals(team.getId()) ? "A team cannot sit inside itself."
                    : "A team cannot move inside one of its own inner teams (" + parent.getName() + " is inside " + team.getName() + ").");
        }
        if (Objects.equals(parent == null ? null : parent.getId(), team.getParent() == null ? null : team.getParent().getId())) {
            return;
        }
        checkName(team.getName(), parent, team);
        String before = pathName(team);
        String oldPath = team.getPath();
        String newPath = (parent == null ? "/" : parent.getPath()) + team.getId() + "/";
        Number longest = (Number) em.createQuery("select max(length(t.path)) from Team t where t.path like :prefix")
                .setParameter("prefix", oldPath + "%").getSingleResult();
        if (longest != null && longest.intValue() - oldPath.length() + newPath.length() > 1000) {
            throw InvalidInput.of("parent", "The teams would nest too deep there.");
        }
        team.setParent(parent);
        team.setPath(newPath);
        em.flush();
        // every team inside it in one statement (which counts up their versions too, as the change is theirs)
        em.createQuery("update Team t set t.path = concat(:newPath, substring(t.path, :cut)) where t.path like :prefix")
                .setParameter("newPath", newPath).setParameter("cut", oldPath.length() + 1).setParameter("prefix", oldPath + "%")
                .executeUpdate();
        audit.record(AuditAction.UPDATE, TEAM, code(team), "moved: '" + before + "' → '" + pathName(team) + "'");
    }

    /** Deletes a team that holds nobody (deactivated people count) and no inner team. */
    public void delete(long id, long version) {
        Team team = current(id, version);
        long people = em.createQuery("select count(a) from Account a where a.team.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        long inner = em.createQuery("select count(t) from Team t where t.parent.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (people > 0 || inner > 0) {
            throw InvalidInput.of(null, team.getName() + " cannot be deleted: it still holds "
                    + (people > 0 ? people + (people == 1 ? " person" : " people") + " (deactivated ones count)" : "")
                    + (people > 0 && inner > 0 ? " and " : "")
                    + (inner > 0 ? inner + (inner == 1 ? " inner team" : " inner teams") : "")
                    + ". Move them to another team first.");
        }
        String path = pathName(team);
        em.remove(team);
        audit.record(AuditAction.DELETE, TEAM, code(team), "path: '" + path + "'");
    }

    /** The team's names from the top down: {@code Engineering/Platform}. */
    public String pathName(Team team) {
        List<String> names = new ArrayList<>();
        for (Team t = team; t != null; t = t.getParent()) {
            names.add(0, t.getName());
        }
        return String.join(PATH_SEPARATOR, names);
    }

    private void checkName(String name, Team parent, Team self) {
        nameProblem(name).ifPresent(problem -> {
            throw InvalidInput.of("name", problem);
        });
        boolean taken = named(name, parent).filter(t -> self == null || !t.getId().equals(self.getId())).isPresent();
        if (taken) {
            throw InvalidInput.of("name", "There is a team called " + name.trim() + " there already.");
        }
    }

    private Team existing(long id, String field) {
        return find(id).orElseThrow(() -> InvalidInput.of(field, "This team no longer exists; reload the page."));
    }

    /** The team as the page opened it; someone else's change since then refuses this one. */
    private Team current(long id, long version) {
        Team team = existing(id, null);
        if (team.getVersion() != version) {
            throw InvalidInput.of(null, "Someone else changed " + team.getName() + " while you were looking at it. "
                    + "Nothing of yours was saved: the list now shows their change; make yours again.");
        }
        return team;
    }

    private static String code(Team team) {
        String name = team.getName();
        return name.length() <= 64 ? name : name.substring(0, 63) + "…";
    }
}
