package org.ctopath.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ctopath.audit.AuditAction;
import org.ctopath.audit.AuditLog;
import org.ctopath.identity.Account;
import org.ctopath.identity.Caller;
import org.ctopath.identity.Mentorships;
import org.ctopath.identity.Role;
import org.ctopath.identity.Team;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.Restricted;

/**
 * Who mentors whom. An administrator assigns a mentor to learners one by one or many at once; the
 * learner's previous relation ends and stays in the history. Every other part of the product asks
 * {@link #isMentorOf} before showing a mentor anything of a learner ({@link Caller} asks it through
 * {@link Mentorships}). Assigning, ending and the lists of everyone are the administrators'; a
 * mentor reads their own mentees, and a learner's relation is read by who may see the learner.
 */
@ApplicationScoped
@Transactional(rollbackOn = InvalidInput.class)
@Restricted("ADMIN")
public class MentorRelations implements Mentorships {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    Clock clock = Clock.systemUTC();

    /** What one assignment did. */
    public record Outcome(int assigned, int unchanged) {
    }

    /**
     * Makes {@code mentorId} the current mentor of each learner; learners who already have that mentor
     * are left as they are.
     *
     * @throws InvalidInput when the mentor is not an active mentor, a learner is not an active learner, or is the mentor
     */
    public Outcome assign(String byUsername, long mentorId, Collection<Long> learnerIds) {
        caller.requireSelf(byUsername);
        Account mentor = em.find(Account.class, mentorId);
        if (mentor == null || !mentor.isActive() || !mentor.getRoles().contains(Role.MENTOR)) {
            throw InvalidInput.of("mentor", "Choose an active mentor.");
        }
        if (learnerIds.isEmpty()) {
            throw InvalidInput.of("learners", "Choose at least one learner.");
        }
        int assigned = 0;
        int unchanged = 0;
        for (Long learnerId : learnerIds) {
            Account learner = em.find(Account.class, learnerId);
            if (learner == null || !learner.isActive() || !learner.getRoles().contains(Role.LEARNER)) {
                throw InvalidInput.of("learners", "Only active learners can be given a mentor.");
            }
            if (learner.getId().equals(mentor.getId())) {
                throw InvalidInput.of("learners", learner.getDisplayName() + " cannot mentor themselves.");
            }
            Optional<MentorRelation> current = relationOf(learner.getId());
            if (current.isPresent() && current.get().getMentor().getId().equals(mentor.getId())) {
                unchanged++;
                continue;
            }
            current.ifPresent(r -> r.end(byUsername, clock.instant()));
            // The ended row must reach the database before the new current row takes its unique slot.
            em.flush();
            em.persist(new MentorRelation(learner, mentor, byUsername, clock.instant()));
            audit.record(AuditAction.CREATE, "Mentor relation", learner.getUsername(),
                    "Mentor " + mentor.getUsername() + current.map(r -> ", before " + r.getMentor().getUsername()).orElse(""));
            assigned++;
        }
        return new Outcome(assigned, unchanged);
    }

    /** Ends the learner's current relation, if any; the learner then has no mentor. */
    public boolean end(String byUsername, long learnerId) {
        caller.requireSelf(byUsername);
        Optional<MentorRelation> current = relationOf(learnerId);
        current.ifPresent(r -> {
            r.end(byUsername, clock.instant());
            audit.record(AuditAction.ARCHIVE, "Mentor relation", r.getLearner().getUsername(), "Mentor " + r.getMentor().getUsername());
        });
        return current.isPresent();
    }

    @Restricted
    public Optional<MentorRelation> currentOf(long learnerId) {
        caller.requireSight(em.find(Account.class, learnerId));
        return relationOf(learnerId);
    }

    private Optional<MentorRelation> relationOf(long learnerId) {
        return em.createNamedQuery(MentorRelation.CURRENT_OF_LEARNER, MentorRelation.class)
                .setParameter("learner", learnerId).getResultStream().findFirst();
    }

    /** The learner's current mentor, if they have one. */
    @Restricted
    public Optional<Account> mentorOf(long learnerId) {
        caller.requireSight(em.find(Account.class, learnerId));
        return relationOf(learnerId).map(MentorRelation::getMentor);
    }

    /** The current mentees of a mentor, by name. */
    @Restricted
    public List<Account> menteesOf(String mentorUsername) {
        if (!caller.has(Role.ADMIN)) {
            caller.requireSelf(mentorUsername);
        }
        List<Account> mentees = new ArrayList<>();
        em.createNamedQuery(MentorRelation.CURRENT_OF_MENTOR, MentorRelation.class)
                .setParameter("mentor", mentorUsername).getResultList().forEach(r -> mentees.add(r.getLearner()));
        return mentees;
    }

    /** Whether the person is, right now, the mentor of the learner: every mentor page and action asks. */
    @Override
    @Restricted
    public boolean isMentorOf(String mentorUsername, long learnerId) {
        return em.createNamedQuery(MentorRelation.IS_CURRENT, Long.class)
                .setParameter("mentor", mentorUsername).setParameter("learner", learnerId).getSingleResult() > 0;
    }

    /** Every relation the learner has had, newest first. */
    public List<MentorRelation> historyOf(long learnerId) {
        return em.createNamedQuery(MentorRelation.HISTORY_OF_LEARNER, MentorRelation.class)
                .setParameter("learner", learnerId).getResultList();
    }

    /** Every active learner with their current relation (null without a mentor), by name. */
    public List<LearnerAndMentor> learners() {
        List<Account> learners = em.createQuery("select a from Account a join a.roles r where r = :role and a.active = true"
                + " order by a.displayName, a.username", Account.class).setParameter("role", Role.LEARNER).getResultList();
        java.util.Map<Long, MentorRelation> current = new java.util.HashMap<>();
        em.createQuery("select r from MentorRelation r join fetch r.mentor where r.endedAt is null", MentorRelation.class)
                .getResultList().forEach(r -> current.put(r.getLearner().getId(), r));
        return learners.stream().map(a -> new LearnerAndMentor(a, current.get(a.getId()))).toList();
    }

    /** A learner and their current relation, if any. */
    public record LearnerAndMentor(Account learner, MentorRelation relation) {
    }

    /** Every active mentor, by name. */
    public List<Account> mentors() {
        return em.createQuery("select a from Account a join a.roles r where r = :role and a.active = true"
                + " order by a.displayName, a.username", Account.class).setParameter("role", Role.MENTOR).getResultList();
    }

    /** The ids of the active learners of a team and of every team inside it. */
    public List<Long> team(Team team) {
        return em.createQuery("select a.id from Account a join a.roles r where r = :role and a.active = true and a.team.path like :prefix",
                Long.class).setParameter("role", Role.LEARNER).setParameter("prefix", team.getPath() + "%").getResultList();
    }
}
