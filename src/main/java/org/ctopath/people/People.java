package org.ctopath.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctopath.assessment.AssessmentService;
import org.ctopath.audit.AuditAction;
import org.ctopath.audit.AuditLog;
import org.ctopath.audit.Changes;
import org.ctopath.certification.CertificationAttempt;
import org.ctopath.certification.CertificationRecords;
import org.ctopath.competency.RoleProfile;
import org.ctopath.identity.Account;
import org.ctopath.identity.AccountService;
import org.ctopath.identity.PasswordPolicy;
import org.ctopath.identity.Passwords;
import org.ctopath.identity.Role;
import org.ctopath.identity.Team;
import org.ctopath.identity.Teams;
import org.ctopath.identity.Usernames;
import org.ctopath.mentoring.MentorRelations;
import org.ctopath.plan.DevelopmentPlan;
import org.ctopath.plan.ItemStatus;
import org.ctopath.plan.PlanService;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.Like;
import org.ctopath.identity.Caller;
import org.ctopath.platform.Restricted;

/**
 * People administration: the list of people one page at a time from the database, and each
 * person's account, team, roles, target role profile, mentor, password and whether they may sign
 * in. Nobody is deleted: a deactivated person cannot sign in and everything they did stays. An
 * administrator cannot deactivate themselves or take away their own administrator role, and the
 * last active administrator keeps theirs. Every change is in the audit log.
 */
@ApplicationScoped
@Transactional(rollbackOn = InvalidInput.class)
@Restricted("ADMIN")
public class People {

    static final String PERSON = "Person";

    @Inject
    Caller caller;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Passwords passwords;

    @Inject
    Teams teams;

    @Inject
    MentorRelations relations;

    @Inject
    AssessmentService assessment;

    @Inject
    PlanService plans;

    @Inject
    CertificationRecords certifications;

    @Inject
    AuditLog audit;

    // The list

    /** How many people the query finds. */
    public long count(PeopleQuery query) {
        Optional<String> teamPath = teamPath(query);
        if (teamPath == null) {
            return 0;
        }
        TypedQuery<Long> count = em.createQuery("select count(a) from Account a left join a.team t" + where(query, teamPath), Long.class);
        bind(count, query, teamPath);
        return count.getSingleResult();
    }

    /** One page of the people the query finds, sorted by a column of the list ({@link PeopleQuery#SORTS}). */
    public List<PersonRow> page(PeopleQuery query, int first, int pageSize, String sortField, boolean ascending) {
        Optional<String> teamPath = teamPath(query);
        if (teamPath == null) {
            return List.of();
        }
        String order = PeopleQuery.SORTS.getOrDefault(sortField, "a.displayName") + (ascending ? " asc" : " desc");
        TypedQuery<Object[]> page = em.createQuery("select a.id, a.displayName, a.username, a.email, t.name, a.active"
                + " from Account a left join a.team t" + where(query, teamPath) + " order by " + order + ", a.username, a.id", Object[].class);
        bind(page, query, teamPath);
        List<Object[]> found = page.setFirstResult(first).setMaxResults(pageSize).getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(r -> (Long) r[0]).toList();
        Map<Long, Set<Role>> roles = new HashMap<>();
        em.createQuery("select a.id, r from Account a join a.roles r where a.id in :ids", Object[].class).setParameter("ids", ids)
                .getResultList().forEach(r -> roles.computeIfAbsent((Long) r[0], k -> EnumSet.noneOf(Role.class)).add((Role) r[1]));
        Map<Long, String> mentors = new HashMap<>();
        em.createQuery("select r.learner.id, r.mentor.displayName from MentorRelation r where r.learner.id in :ids and r.endedAt is null",
                Object[].class).setParameter("ids", ids).getResultList().forEach(r -> mentors.put((Long) r[0], (String) r[1]));
        return found.stream().map(r -> new PersonRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                roles.getOrDefault((Long) r[0], Set.of()), mentors.get((Long) r[0]), (Boolean) r[5])).toList();
    }

    /** The path prefix of the query's team; empty for any team; null when the team no longer exists (nobody found). */
    private Optional<String> teamPath(PeopleQuery query) {
        if (query.teamId() == null) {
            return Optional.empty();
        }
        return teams.find(query.teamId()).map(t -> Optional.of(t.getPath())).orElse(null);
    }

    private static String where(PeopleQuery query, Optional<String> teamPath) {
        List<String> conditions = new ArrayList<>();
        if (query.hasText()) {
            conditions.add("(lower(a.displayName) like :text or lower(a.username) like :text or lower(a.email) like :text)");
        }
        if (teamPath.isPresent()) {
            conditions.add("t.path like :team");
        }
        if (query.role() != null) {
            conditions.add("a.id in (select h.id from Account h join h.roles hr where hr = :role)");
        }
        if (query.active() != null) {
            conditions.add("a.active = :active");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(TypedQuery<?> q, PeopleQuery query, Optional<String> teamPath) {
        if (query.hasText()) {
            q.setParameter("text", Like.containing(query.text()));
        }
        teamPath.ifPresent(path -> q.setParameter("team", path + "%"));
        if (query.role() != null) {
            q.setParameter("role", query.role());
        }
        if (query.active() != null) {
            q.setParameter("active", query.active());
        }
    }

    // One person

    /** A person as their page's form starts. */
    public Optional<PersonData> person(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            return Optional.empty();
        }
        PersonData data = new PersonData();
        data.setId(account.getId());
        data.setVersion(account.getVersion());
        data.setUsername(account.getUsername());
        data.setDisplayName(account.getDisplayName());
        data.setEmail(account.getEmail());
        data.setTeamId(account.getTeam() == null ? null : account.getTeam().getId());
        data.setRoles(account.getRoles().stream().map(Role::name).toList());
        data.setProfileCode(assessment.target(account.getUsername()).getCode());
        data.setMentorId(relations.mentorOf(account.getId()).map(Account::getId).orElse(null));
        data.setActive(account.isActive());
        data.setHasPassword(account.hasPassword());
        data.setCreatedAt(account.getCreatedAt());
        return Optional.of(data);
    }

    /**
     * Creates a person (no id) or saves an edit begun at {@code data.getVersion()}; an edit begun
     * before someone else saved the same person is refused and changes nothing.
     *
     * @return the person's id
     * @throws InvalidInput with every problem, each at its field
     */
    public long save(PersonData data, String actor) {
        caller.requireSelf(actor);
        boolean creating = data.getId() == null;
        Account account = creating ? null : existing(data.getId(), data.getVersion());
        Set<Role> roles = roles(data.getRoles());
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String name = data.getDisplayName() == null ? "" : data.getDisplayName().strip();
        if (name.isEmpty()) {
            problems.add("displayName", "A name is required.");
        } else if (name.length() > Account.DISPLAY_NAME_MAXLENGTH) {
            problems.add("displayName", "A name may have at most " + Account.DISPLAY_NAME_MAXLENGTH + " characters.");
        }
        PeopleCsv.emailProblem(data.getEmail(), false).ifPresent(p -> problems.add("email", p));
        String username = creating ? Usernames.normalize(data.getUsername()) : account.getUsername();
        if (creating) {
            Optional<String> problem = Usernames.problem(data.getUsername());
            if (problem.isPresent()) {
                problems.add("username", problem.get());
            } else if (accounts.findByUsername(username).isPresent()) {
                problems.add("username", "The username " + username + " is taken.");
            }
        }
        if (roles.isEmpty()) {
            problems.add("roles", "Give at least one role.");
        }
        Team team = null;
        if (data.getTeamId() != null) {
            team = teams.find(data.getTeamId()).orElse(null);
            if (team == null) {
                problems.add("team", "This team no longer exists; choose another.");
            }
        }
        RoleProfile profile = profile(data.getProfileCode(), problems);
        Account mentor = mentor(data, roles, account, problems);
        String newPassword = data.getNewPassword() == null || data.getNewPassword().isEmpty() ? null : data.getNewPassword();
        if (newPassword != null) {
            PasswordPolicy.weakness(newPassword, username, name, data.getEmail()).ifPresent(p -> problems.add("newPassword", p));
        }
        if (!creating && account.hasRole(Role.ADMIN) && !roles.isEmpty() && !roles.contains(Role.ADMIN)) {
            if (account.getUsername().equals(actor)) {
                problems.add("roles", "You cannot take away your own administrator role.");
            } else if (account.isActive() && isLastActiveAdministrator(account)) {
                problems.add("roles", account.getDisplayName() + " is the last active administrator: give someone else the administrator role first.");
            }
        }
        problems.throwIfAny();

        Map<String, String> before = creating ? Map.of() : describe(account);
        if (creating) {
            account = new Account(username, name, newPassword == null ? Passwords.NONE : passwords.hash(newPassword), roles);
            em.persist(account);
        } else {
            account.rename(name);
            account.setRoles(roles);
            if (newPassword != null) {
                account.setPasswordHash(passwords.hash(newPassword));
            }
        }
        account.setEmail(data.getEmail() == null || data.getEmail().isBlank() ? null : data.getEmail().strip());
        account.setTeam(team);
        em.flush();
        if (!profile.getCode().equals(assessment.target(username).getCode())) {
            assessment.chooseTarget(username, profile.getCode());
        }
        Long mentorBefore = creating ? null : relations.mentorOf(account.getId()).map(Account::getId).orElse(null);
        if (!Objects.equals(mentorBefore, mentor == null ? null : mentor.getId())) {
            if (mentor == null) {
                relations.end(actor, account.getId());
            } else {
                relations.assign(actor, mentor.getId(), List.of(account.getId()));
            }
        }
        Map<String, String> after = describe(account);
        String changes = creating ? Changes.of(after) : Changes.between(before, after);
        if (newPassword != null) {
            changes = ("no change".equals(changes) ? "" : changes + "; ") + "a new password was set";
        }
        if (creating || !"no change".equals(changes)) {
            if (!creating) {
                // the version counts roles, profile and mentor too, which live in rows of their own
                em.lock(account, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
            flushOrStale();
            audit.record(creating ? AuditAction.CREATE : AuditAction.UPDATE, PERSON, username, changes);
        }
        return account.getId();
    }

    /**
     * Deactivates a person opened at {@code version} (they cannot sign in; their plans, ratings and
     * records stay; their mentor relations, as learner and as mentor, end and stay on record) or
     * reactivates them.
     */
    public void setActive(long id, long version, boolean active, String actor) {
        caller.requireSelf(actor);
        Account account = existing(id, version);
        if (account.isActive() == active) {
            return;
        }
        if (!active) {
            if (account.getUsername().equals(actor)) {
                throw InvalidInput.of(null, "You cannot deactivate yourself: another administrator can.");
            }
            if (account.hasRole(Role.ADMIN) && isLastActiveAdministrator(account)) {
                throw InvalidInput.of(null, account.getDisplayName() + " is the last active administrator and stays active:"
                        + " give someone else the administrator role first.");
            }
            relations.end(actor, id);
            relations.menteesOf(account.getUsername()).forEach(mentee -> relations.end(actor, mentee.getId()));
        }
        account.setActive(active);
        flushOrStale();
        audit.record(active ? AuditAction.RESTORE : AuditAction.ARCHIVE, PERSON, account.getUsername(),
                active ? "reactivated: may sign in again" : "deactivated: cannot sign in; history kept");
    }

    /** What the person's page shows of their learning: the current plan, passed certifications, skill gaps. */
    public PersonOverview overview(long id) {
        Account account = em.find(Account.class, id);
        String username = account.getUsername();
        Optional<DevelopmentPlan> plan = plans.current(username);
        List<PersonOverview.Certificate> passed = certifications.attempts(username).stream().filter(CertificationAttempt::isPassed)
                .map(a -> new PersonOverview.Certificate(a.getCertification().getTitle(), a.getAttemptedOn(), a.getCertificateNumber(),
                        a.isVerified()))
                .toList();
        List<PersonOverview.Gap> gaps = assessment.gaps(username).stream()
                .map(g -> new PersonOverview.Gap(g.getSkillName(), g.getCurrent(), g.getTarget(), g.getGap(), g.getCurrentFrom() != null))
                .toList();
        return new PersonOverview(
                plan.map(DevelopmentPlan::getTitle).orElse(null),
                plan.map(p -> p.getState().getLabel()).orElse(null),
                plan.map(p -> (int) p.getItems().stream().filter(i -> i.getStatus() == ItemStatus.COMPLETED).count()).orElse(0),
                plan.map(p -> p.getItems().size()).orElse(0),
                plan.map(p -> (int) p.overdueItems(plans.today())).orElse(0),
                plan.map(DevelopmentPlan::getPercentDone).orElse(0),
                passed, gaps, assessment.target(username).getName());
    }

    /** Every role profile in use, to choose a person's target from. */
    public List<RoleProfile> profiles() {
        return assessment.profilesToChoose();
    }

    /** Every active mentor, to choose a person's mentor from. */
    public List<Account> mentors() {
        return relations.mentors();
    }

    private Account existing(long id, Long version) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw InvalidInput.of(null, "This person is not there any more.");
        }
        if (version == null || version != account.getVersion()) {
            throw InvalidInput.changedMeanwhile();
        }
        return account;
    }

    private void flushOrStale() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw InvalidInput.changedMeanwhile();
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw InvalidInput.changedMeanwhile();
            }
            throw e;
        }
    }

    /**
     * Whether this active administrator is the only one. The active administrators are locked while
     * this transaction lasts, so that two administrators cannot each take away the other's role at once.
     */
    private boolean isLastActiveAdministrator(Account account) {
        List<Long> ids = em.createQuery("select a.id from Account a join a.roles r where r = :role and a.active = true", Long.class)
                .setParameter("role", Role.ADMIN).getResultList();
        if (!ids.isEmpty()) {
            em.createQuery("select a from Account a where a.id in :ids", Account.class).setParameter("ids", ids)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        }
        return ids.size() <= 1 && ids.contains(account.getId());
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(n -> roles.add(Role.valueOf(n)));
        }
        return roles;
    }

    private RoleProfile profile(String code, InvalidInput.Collector problems) {
        String wanted = code == null || code.isBlank() ? RoleProfile.CTO : code;
        Optional<RoleProfile> profile = assessment.profilesToChoose().stream().filter(p -> p.getCode().equals(wanted)).findFirst();
        if (profile.isEmpty()) {
            problems.add("profile", "Choose a role profile that is in use.");
            return em.createNamedQuery(RoleProfile.BY_CODE, RoleProfile.class).setParameter("code", RoleProfile.CTO).getSingleResult();
        }
        return profile.get();
    }

    private Account mentor(PersonData data, Set<Role> roles, Account account, InvalidInput.Collector problems) {
        if (data.getMentorId() == null) {
            return null;
        }
        Account mentor = em.find(Account.class, data.getMentorId());
        if (mentor == null || !mentor.isActive() || !mentor.hasRole(Role.MENTOR)) {
            problems.add("mentor", "Choose an active mentor.");
            return null;
        }
        if (account != null && mentor.getId().equals(account.getId())) {
            problems.add("mentor", "Nobody mentors themselves.");
        } else if (!roles.contains(Role.LEARNER)) {
            problems.add("mentor", "Only learners have a mentor: give the learner role, or choose no mentor.");
        } else if (account != null && !account.isActive()
                && !Objects.equals(relations.mentorOf(account.getId()).map(Account::getId).orElse(null), mentor.getId())) {
            problems.add("mentor", "Reactivate this person before giving them a mentor.");
        }
        return mentor;
    }

    /** The fields the audit log compares. */
    private Map<String, String> describe(Account account) {
        return Changes.fields(
                "name", account.getDisplayName(),
                "email", account.getEmail(),
                "team", account.getTeam() == null ? null : teams.pathName(account.getTeam()),
                "roles", account.getRoles().stream().map(Role::name).collect(Collectors.joining(", ")),
                "role profile", assessment.target(account.getUsername()).getCode(),
                "mentor", relations.mentorOf(account.getId()).map(Account::getUsername).orElse(null));
    }
}
