package org.ctopath.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ctopath.assessment.AssessmentService;
import org.ctopath.assessment.SkillGap;
import org.ctopath.assessment.SkillRating;
import org.ctopath.catalogue.CatalogueService;
import org.ctopath.catalogue.LearningResource;
import org.ctopath.certification.CertificationAttempt;
import org.ctopath.certification.CertificationRecords;
import org.ctopath.identity.Account;
import org.ctopath.identity.AccountService;
import org.ctopath.plan.DevelopmentPlan;
import org.ctopath.plan.PlanItem;
import org.ctopath.plan.PlanService;
import org.ctopath.platform.InvalidInput;
import org.ctopath.identity.Caller;
import org.ctopath.platform.Restricted;

/**
 * What a mentor sees of and does for their mentees. Every method first checks that the person is
 * the learner's current mentor; anyone else's learner is answered as not there at all (404).
 */
@ApplicationScoped
@Transactional(rollbackOn = InvalidInput.class)
@Restricted("MENTOR")
public class MentorWork {

    /** A learner who is not a current mentee of the mentor, or no learner at all: the page answers 404. */
    public static class NotYourMentee extends org.ctopath.platform.NotFound {
        private static final long serialVersionUID = 1L;

        NotYourMentee() {
            super("No such mentee of yours");
        }
    }

    private static final int GAPS_SHOWN = 3;

    @Inject
    Caller caller;

    @PersistenceContext
    EntityManager em;

    @Inject
    MentorRelations relations;

    @Inject
    PlanService plans;

    @Inject
    AssessmentService assessment;

    @Inject
    CatalogueService catalogue;

    @Inject
    AccountService accounts;

    @Inject
    CertificationRecords certifications;

    /** The mentee, when the person is their current mentor. */
    public Account mentee(String mentorUsername, Long learnerId) {
        caller.requireSelf(mentorUsername);
        if (learnerId == null || !relations.isMentorOf(mentorUsername, learnerId)) {
            throw new NotYourMentee();
        }
        return em.find(Account.class, learnerId);
    }

    public List<MenteeSummary> mentees(String mentorUsername) {
        caller.requireSelf(mentorUsername);
        LocalDate today = plans.today();
        return relations.menteesOf(mentorUsername).stream()
                .map(mentee -> summary(mentee, plans.plans(mentee.getUsername()), assessment.gaps(mentee.getUsername()), today))
                .toList();
    }

    /** Everything the mentor's page of one mentee shows, read once. */
    public record MenteeReview(Account mentee, MenteeSummary summary, List<SkillGap> gaps, Map<String, SkillRating> selfRatings,
                               List<DevelopmentPlan> plans, List<CertificationAttempt> attempts, LocalDate today) {
    }

    public MenteeReview review(String mentorUsername, Long learnerId) {
        caller.requireSelf(mentorUsername);
        Account mentee = mentee(mentorUsername, learnerId);
        String username = mentee.getUsername();
        List<DevelopmentPlan> all = plans.plans(username);
        List<SkillGap> gaps = assessment.gaps(username);
        LocalDate today = plans.today();
        return new MenteeReview(mentee, summary(mentee, all, gaps, today), gaps, assessment.latestSelfRatings(username), all,
                certifications.attempts(username), today);
    }

    private MenteeSummary summary(Account mentee, List<DevelopmentPlan> all, List<SkillGap> gaps, LocalDate today) {
        Optional<DevelopmentPlan> plan = PlanService.current(all);
        List<SkillGap> open = gaps.stream().filter(SkillGap::isOpen).toList();
        Optional<PlanItem> next = plan.flatMap(p -> p.nextDue(1).stream().findFirst());
        return new MenteeSummary(mentee.getId(), mentee.getDisplayName(), mentee.getTeamName(),
                plan.map(DevelopmentPlan::getTitle).orElse(null),
                plan.map(DevelopmentPlan::getPercentDone).orElse(null),
                plan.map(p -> p.getState().getLabel()).orElse("No plan yet"),
                open.stream().limit(GAPS_SHOWN).map(g -> g.getSkillName() + " " + g.getGap()).collect(Collectors.joining(" · ")),
                open.isEmpty() ? 0 : open.get(0).getGap(),
                plan.map(p -> p.overdueItems(today)).orElse(0L),
                next.map(i -> i.getResource().getTitle()).orElse(null),
                next.map(PlanItem::getDueDate).orElse(null),
                lastActivity(mentee.getUsername(), all));
    }

    /** The newest of the mentee's last rating, plans made and items completed. */
    private Instant lastActivity(String username, List<DevelopmentPlan> all) {
        Stream<Instant> plansMade = all.stream().map(DevelopmentPlan::getCreatedAt);
        Stream<Instant> completed = all.stream().flatMap(p -> p.getItems().stream()).map(PlanItem::getCompletedAt).filter(Objects::nonNull);
        return Stream.concat(Stream.concat(plansMade, completed), assessment.lastRatedAt(username).stream())
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /** Confirms or adjusts the mentee's latest self-rating of a skill. */
    public SkillRating confirmRating(String mentorUsername, Long learnerId, String skillCode, Integer level, String comment) {
        caller.requireSelf(mentorUsername);
        Account mentee = mentee(mentorUsername, learnerId);
        return assessment.confirm(mentorUsername, mentee.getUsername(), skillCode, level, comment);
    }

    /** Marks the evidence of the mentee's self-rating verified, with who and when. */
    public SkillRating verifyEvidence(String mentorUsername, Long learnerId, Long ratingId) {
        caller.requireSelf(mentorUsername);
        Account mentee = mentee(mentorUsername, learnerId);
        return assessment.verifyEvidence(mentorUsername, mentee.getUsername(), ratingId).orElseThrow(NotYourMentee::new);
    }

    /** Marks the mentee's exam attempt verified, with who and when. */
    public CertificationAttempt verifyAttempt(String mentorUsername, Long learnerId, Long attemptId) {
        caller.requireSelf(mentorUsername);
        Account mentee = mentee(mentorUsername, learnerId);
        return certifications.verifyAttempt(mentorUsername, mentee.getUsername(), attemptId).orElseThrow(NotYourMentee::new);
    }

    /** What an assignment came to for one mentee. */
    public record Assigned(String menteeName, PlanService.Assignment outcome) {
    }

    /**
     * Assigns a catalogue resource to one or several of the mentor's mentees, due on a date, with a
     * note for them. All or nothing: a mentee who is not the mentor's refuses the whole assignment.
     */
    public List<Assigned> assign(String mentorUsername, List<Long> learnerIds, String resourceCode, LocalDate due, String note) {
        caller.requireSelf(mentorUsername);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Optional<LearningResource> resource = resourceCode == null ? Optional.empty()
                : catalogue.findByCode(resourceCode).filter(r -> !r.isArchived());
        if (resource.isEmpty()) {
            problems.add("resource", "Choose a resource from the catalogue.");
        }
        LocalDate today = plans.today();
        if (due == null) {
            problems.add("due", "Choose the day it is due.");
        } else if (due.isBefore(today) || due.isAfter(today.plusYears(2))) {
            problems.add("due", "A due date from today to two years ahead.");
        }
        if (note != null && note.trim().length() > PlanItem.ASSIGNMENT_NOTE_MAXLENGTH) {
            problems.add("note", "At most " + PlanItem.ASSIGNMENT_NOTE_MAXLENGTH + " characters.");
        }
        if (learnerIds == null || learnerIds.isEmpty()) {
            problems.add("mentees", "Choose at least one mentee.");
        }
        problems.throwIfAny();
        Account mentor = accounts.findByUsername(mentorUsername).orElseThrow(NotYourMentee::new);
        List<Account> mentees = learnerIds.stream().distinct().map(id -> mentee(mentorUsername, id)).toList();
        return mentees.stream()
                .map(m -> new Assigned(m.getDisplayName(), plans.assign(mentor, m, resource.get(), due, note)))
                .toList();
    }

    /** A step of the mentor's review of a mentee's plan (see {@link org.ctopath.plan.PlanReview}). */
    public DevelopmentPlan reviewPlan(String mentorUsername, Long learnerId, Long planId, org.ctopath.plan.PlanState to,
                                      String comment, long version) {
        caller.requireSelf(mentorUsername);
        Account mentee = mentee(mentorUsername, learnerId);
        try {
            return plans.review(mentorUsername, mentee.getId(), planId, to, comment, version);
        } catch (PlanService.NotFound e) {
            throw new NotYourMentee();
        }
    }
}
