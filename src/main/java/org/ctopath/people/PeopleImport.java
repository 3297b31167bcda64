package org.ctopath.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ctopath.assessment.LearnerTarget;
import org.ctopath.audit.AuditAction;
import org.ctopath.audit.AuditLog;
import org.ctopath.competency.RoleProfile;
import org.ctopath.identity.Account;
import org.ctopath.identity.Passwords;
import org.ctopath.identity.Role;
import org.ctopath.identity.Team;
import org.ctopath.identity.Teams;
import org.ctopath.mentoring.MentorRelation;
import org.ctopath.identity.Caller;
import org.ctopath.platform.Restricted;

/**
 * Imports people from an HR export ({@link PeopleCsv}): every row is checked first and nothing is
 * saved unless all are right; then the whole file is saved in one transaction. A username that
 * exists updates that person; any other creates one, without a password until an administrator sets
 * one. Everything the check and the save need is looked up in bulk, a chunk of usernames per query,
 * so a file of 10,000 people takes a handful of queries rather than several per row.
 */
@ApplicationScoped
@Transactional
@Restricted("ADMIN")
public class PeopleImport {

    static final String PEOPLE = "People";

    /** Usernames per lookup query: well inside what H2 and PostgreSQL take in one IN list. */
    static final int CHUNK = 500;

    @Inject
    Caller caller;

    @PersistenceContext
    EntityManager em;

    @Inject
    Teams teams;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** What an import did: the problems that stopped it (nothing saved), or how many people it created and updated. */
    public record Outcome(List<PeopleCsv.Problem> problems, int created, int updated, int unchanged, int teamsCreated)
            implements Serializable {

        /** At most this many problems are kept to show; {@link #getProblemCount} tells them all. */
        static final int SHOWN = 1000;

        public boolean isApplied() {
            return problems.isEmpty();
        }

        public List<PeopleCsv.Problem> getShownProblems() {
            return problems.size() <= SHOWN ? problems : List.copyOf(problems.subList(0, SHOWN));
        }

        public int getProblemCount() {
            return problems.size();
        }

        public String getSummary() {
            return created + (created == 1 ? " person" : " people") + " created, " + updated + " updated, " + unchanged + " unchanged"
                    + (teamsCreated == 0 ? "" : ", " + teamsCreated + (teamsCreated == 1 ? " team" : " teams") + " created");
        }
    }

    /** Imports the file for the administrator {@code actor}; all or nothing. */
    public Outcome importCsv(String fileName, byte[] file, String actor) {
        caller.requireSelf(actor);
        PeopleCsv.Read read = PeopleCsv.read(file);
        if (read.rows().isEmpty()) {
            return refused(read.problems());
        }
        Map<String, Account> accounts = accounts(read.usernamesNamed());
        Map<Long, MentorRelation> relations = currentRelations(accounts.values());
        Map<String, RoleProfile> profiles = em.createQuery("select p from RoleProfile p where p.archived = false", RoleProfile.class)
                .getResultStream().collect(Collectors.toMap(RoleProfile::getCode, Function.identity()));
        Set<String> admins = Set.copyOf(em.createQuery("select a.username from Account a join a.roles r where r = :role and a.active = true",
                String.class).setParameter("role", Role.ADMIN).getResultList());
        Map<String, PeopleCsv.Existing> existing = new HashMap<>();
        accounts.forEach((username, a) -> existing.put(username, new PeopleCsv.Existing(a.getId(), a.getRoles(), a.isActive(),
                relations.containsKey(a.getId()) ? relations.get(a.getId()).getMentor().getId() : null)));
        PeopleCsv.Checked checked = PeopleCsv.check(read, new PeopleCsv.Facts(existing, profiles.keySet(), admins, actor));
        if (!checked.isValid()) {
            return refused(checked.problems());
        }
        return apply(fileName, checked.rows(), accounts, relations, profiles, actor);
    }

    private Outcome apply(String fileName, List<PeopleCsv.Row> rows, Map<String, Account> accounts,
                          Map<Long, MentorRelation> relations, Map<String, RoleProfile> profiles, String actor) {
        Instant now = clock.instant();
        // teams first: each one made flushes, which is cheap before thousands of people are pending
        TeamPaths paths = new TeamPaths(teams.all());
        Map<String, Team> teamOfPath = new HashMap<>();
        rows.stream().filter(PeopleCsv.Row::hasTeam).forEach(r -> teamOfPath.computeIfAbsent(r.teamPath(), p -> paths.team(r.team())));
        Map<Long, LearnerTarget> targets = targets(accounts.values());
        Map<Long, String> before = new HashMap<>();
        accounts.values().forEach(a -> before.put(a.getId(), describe(a, relations.get(a.getId()), targets.get(a.getId()))));
        int created = 0;
        List<Account> updated = new ArrayList<>();
        for (PeopleCsv.Row row : rows) {
            Account account = accounts.get(row.username());
            Team team = teamOfPath.get(row.teamPath());
            if (account == null) {
                account = new Account(row.username(), row.name(), Passwords.NONE, PeopleCsv.rolesAfter(row, null));
                account.setEmail(row.email());
                account.setTeam(team);
                em.persist(account);
                accounts.put(row.username(), account);
                created++;
            } else {
                account.rename(row.name());
                account.setEmail(row.email());
                if (team != null) {
                    account.setTeam(team);
                }
                if (row.roles() != null) {
                    account.setRoles(row.roles());
                }
                updated.add(account);
            }
        }
        // role profiles and mentors, now that every account of the file exists
        List<MentorRelation> starting = new ArrayList<>();
        int ended = 0;
        for (PeopleCsv.Row row : rows) {
            Account account = accounts.get(row.username());
            if (row.profile() != null) {
                RoleProfile profile = profiles.get(row.profile());
                LearnerTarget target = targets.get(account.getId());
                if (target == null) {
                    target = new LearnerTarget(account, profile, now);
                    em.persist(target);
                    targets.put(account.getId(), target);
                } else if (!target.getProfile().getCode().equals(profile.getCode())) {
                    target.choose(profile, now);
                }
            }
            if (row.mentor() != null) {
                Account mentor = accounts.get(row.mentor());
                MentorRelation current = relations.get(account.getId());
                if (current == null || !current.getMentor().getId().equals(mentor.getId())) {
                    if (current != null) {
                        current.end(actor, now);
                        ended++;
                    }
                    MentorRelation relation = new MentorRelation(account, mentor, actor, now);
                    starting.add(relation);
                    relations.put(account.getId(), relation);
                }
            }
        }
        // an ended relation must reach the database before the new current one takes its unique slot
        em.flush();
        starting.forEach(em::persist);
        long changed = updated.stream()
                .filter(a -> !before.get(a.getId()).equals(describe(a, relations.get(a.getId()), targets.get(a.getId())))).count();
        Outcome outcome = new Outcome(List.of(), created, (int) changed, updated.size() - (int) changed, paths.created());
        audit.record(AuditAction.IMPORT, PEOPLE, "CSV", (fileName == null ? "" : "'" + fileName + "': ") + outcome.getSummary()
                + (starting.isEmpty() ? "" : "; mentor relations: " + starting.size() + " started, " + ended + " ended"));
        return outcome;
    }

    private static String describe(Account account, MentorRelation relation, LearnerTarget target) {
        return String.join("|", account.getDisplayName(), String.valueOf(account.getEmail()),
                account.getTeam() == null ? "" : String.valueOf(account.getTeam().getId()), account.getRoles().toString(),
                relation == null ? "" : String.valueOf(relation.getMentor().getId()),
                target == null ? "" : target.getProfile().getCode());
    }

    private Outcome refused(List<PeopleCsv.Problem> problems) {
        return new Outcome(problems, 0, 0, 0, 0);
    }

    /** The accounts of these usernames, with their roles and teams, a chunk of usernames per query. */
    private Map<String, Account> accounts(Set<String> usernames) {
        Map<String, Account> found = new HashMap<>();
        for (List<String> chunk : chunks(new ArrayList<>(usernames))) {
            em.createQuery("select distinct a from Account a left join fetch a.roles left join fetch a.team where a.username in :names",
                    Account.class).setParameter("names", chunk).getResultList().forEach(a -> found.put(a.getUsername(), a));
        }
        return found;
    }

    /** The current mentor relations of these accounts as learners, by learner id. */
    private Map<Long, MentorRelation> currentRelations(Iterable<Account> accounts) {
        Map<Long, MentorRelation> found = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        accounts.forEach(a -> ids.add(a.getId()));
        for (List<Long> chunk : chunks(ids)) {
            em.createQuery("select r from MentorRelation r join fetch r.mentor where r.learner.id in :ids and r.endedAt is null",
                    MentorRelation.class).setParameter("ids", chunk).getResultList().forEach(r -> found.put(r.getLearner().getId(), r));
        }
        return found;
    }

    /** The chosen role profiles of these accounts, by account id. */
    private Map<Long, LearnerTarget> targets(Iterable<Account> accounts) {
        Map<Long, LearnerTarget> found = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        accounts.forEach(a -> ids.add(a.getId()));
        for (List<Long> chunk : chunks(ids)) {
            em.createQuery("select t.account.id, t from LearnerTarget t where t.account.id in :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList().forEach(row -> found.put((Long) row[0], (LearnerTarget) row[1]));
        }
        return found;
    }

    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    /** Teams by their path of names, made as a file needs them; names compare without regard to case. */
    private final class TeamPaths {

        private final Map<String, Team> byPath = new HashMap<>();
        private int created;

        TeamPaths(List<Team> all) {
            // all() lists every team after its parent, so a parent's path is known before its children's
            Map<Long, String> pathOfId = new HashMap<>();
            for (Team team : all) {
                String path = (team.getParent() == null ? "" : pathOfId.get(team.getParent().getId()) + Teams.PATH_SEPARATOR)
                        + team.getName().toLowerCase(Locale.ROOT);
                pathOfId.put(team.getId(), path);
                byPath.putIfAbsent(path, team);
            }
        }

        Team team(List<String> names) {
            Team parent = null;
            String path = "";
            for (String name : names) {
                path = path.isEmpty() ? name.toLowerCase(Locale.ROOT) : path + Teams.PATH_SEPARATOR + name.toLowerCase(Locale.ROOT);
                Team team = byPath.get(path);
                if (team == null) {
                    team = teams.create(name, parent);
                    byPath.put(path, team);
                    created++;
                }
                parent = team;
            }
            return parent;
        }

        int created() {
            return created;
        }
    }
}
