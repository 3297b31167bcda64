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
import org.ctopath.identity.Account;
import org.ctopath.plan.DevelopmentPlan;
import org.ctopath.plan.PlanItem;
import org.ctopath.plan.PlanService;
import org.ctopath.platform.InvalidInput;

/**
 * What a mentor sees of and does for their mentees. Every method first checks that the person is
 * the learner's current mentor; anyone else's learner is answered as not there at all (404).
 */
@ApplicationScoped
@Transactional(rollbackOn = InvalidInput.class)
public class MentorWork {

    /** A learner who is not a current mentee of the mentor, or no learner at all: the page answers 404. */
    public static class NotYourMentee extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotYourMentee() {
            super("No such mentee of yours");
        }
    }

    private static final int GAPS_SHOWN = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    MentorRelations relations;

    @Inject
    PlanService plans;

    @Inject
    AssessmentService assessment;

    /** The mentee, when the person is their current mentor. */
    public Account mentee(String mentorUsername, Long learnerId) {
        if (learnerId == null || !relations.isMentorOf(mentorUsername, learnerId)) {
            throw new NotYourMentee();
        }
        return em.find(Account.class, learnerId);
    }

    public List<MenteeSummary> mentees(String mentorUsername) {
        LocalDate today = plans.today();
        return relations.menteesOf(mentorUsername).stream()
                .map(mentee -> summary(mentee, plans.plans(mentee.getUsername()), assessment.gaps(mentee.getUsername()), today))
                .toList();
    }

    /** Everything the mentor's page of one mentee shows, read once. */
    public record MenteeReview(Account mentee, MenteeSummary summary, List<SkillGap> gaps, Map<String, SkillRating> selfRatings,
                               List<DevelopmentPlan> plans) {
    }

    public MenteeReview review(String mentorUsername, Long learnerId) {
        Account mentee = mentee(mentorUsername, learnerId);
        String username = mentee.getUsername();
        List<DevelopmentPlan> all = plans.plans(username);
        List<SkillGap> gaps = assessment.gaps(username);
        return new MenteeReview(mentee, summary(mentee, all, gaps, plans.today()), gaps, assessment.latestSelfRatings(username), all);
    }

    private MenteeSummary summary(Account mentee, List<DevelopmentPlan> all, List<SkillGap> gaps, LocalDate today) {
        Optional<DevelopmentPlan> plan = PlanService.current(all);
        List<SkillGap> open = gaps.stream().filter(SkillGap::isOpen).toList();
        Optional<PlanItem> next = plan.flatMap(p -> p.nextDue(1).stream().findFirst());
        return new MenteeSummary(mentee.getId(), mentee.getDisplayName(), mentee.getTeam(),
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
        Account mentee = mentee(mentorUsername, learnerId);
        return assessment.confirm(mentorUsername, mentee.getUsername(), skillCode, level, comment);
    }

    /** A step of the mentor's review of a mentee's plan (see {@link org.ctopath.plan.PlanReview}). */
    public DevelopmentPlan reviewPlan(String mentorUsername, Long learnerId, Long planId, org.ctopath.plan.PlanState to,
                                      String comment, long version) {
        Account mentee = mentee(mentorUsername, learnerId);
        try {
            return plans.review(mentorUsername, mentee.getId(), planId, to, comment, version);
        } catch (PlanService.NotFound e) {
            throw new NotYourMentee();
        }
    }
}
