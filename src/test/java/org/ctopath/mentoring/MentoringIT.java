package org.ctopath.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ctopath.assessment.AssessmentService;
import org.ctopath.assessment.AssessmentService.RatingDraft;
import org.ctopath.assessment.RatingSource;
import org.ctopath.assessment.SkillGap;
import org.ctopath.identity.Account;
import org.ctopath.identity.AccountService;
import org.ctopath.identity.Teams;
import org.ctopath.identity.Role;
import org.ctopath.notification.Notifications;
import org.ctopath.plan.DevelopmentPlan;
import org.ctopath.plan.PlanService;
import org.ctopath.plan.PlanState;
import org.ctopath.plan.PlanTransition;
import org.ctopath.platform.InvalidInput;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Mentor relations and the mentor's confirmed ratings, each test with people of its own. */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class MentoringIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    MentorRelations relations;

    @Inject
    MentorWork work;

    @Inject
    AssessmentService assessment;

    @Inject
    AccountService accounts;

    @Inject
    Teams teams;

    @Inject
    PlanService plans;

    @Inject
    Notifications notifications;

    private Account person(Role role, String team) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Account account = accounts.create(username, "Person " + username, "a long enough password", Set.of(role));
        accounts.describe(username, null, team);
        return accounts.findByUsername(username).orElseThrow();
    }

    @Test
    void aNewMentorEndsThePreviousRelationWhichIsKept() {
        Account learner = person(Role.LEARNER, null);
        Account first = person(Role.MENTOR, null);
        Account second = person(Role.MENTOR, null);

        relations.assign("admin", first.getId(), List.of(learner.getId()));
        relations.assign("admin", second.getId(), List.of(learner.getId()));

        assertEquals(second.getId(), relations.mentorOf(learner.getId()).orElseThrow().getId());
        assertFalse(relations.isMentorOf(first.getUsername(), learner.getId()), "the first mentor no longer sees the learner");
        assertTrue(relations.isMentorOf(second.getUsername(), learner.getId()));
        List<MentorRelation> history = relations.historyOf(learner.getId());
        assertEquals(2, history.size());
        assertTrue(history.get(0).isCurrent());
        assertFalse(history.get(1).isCurrent());
        assertEquals("admin", history.get(1).getEndedBy());
    }

    @Test
    void aWholeTeamIsAssignedAtOnceAndAssigningAgainChangesNothing() {
        String team = "Team " + UUID.randomUUID().toString().substring(0, 6);
        Account one = person(Role.LEARNER, team);
        Account two = person(Role.LEARNER, team);
        Account mentor = person(Role.MENTOR, null);

        MentorRelations.Outcome outcome = relations.assign("admin", mentor.getId(), relations.team(teams.topLevel(team)));
        MentorRelations.Outcome again = relations.assign("admin", mentor.getId(), List.of(one.getId(), two.getId()));

        assertEquals(new MentorRelations.Outcome(2, 0), outcome);
        assertEquals(new MentorRelations.Outcome(0, 2), again);
        assertEquals(List.of(one.getUsername(), two.getUsername()).stream().sorted().toList(),
                relations.menteesOf(mentor.getUsername()).stream().map(Account::getUsername).sorted().toList());
        assertEquals(1, relations.historyOf(one.getId()).size());
    }

    @Test
    void onlyActiveMentorsAndLearnersCanBePaired() {
        Account learner = person(Role.LEARNER, null);
        Account notAMentor = person(Role.LEARNER, null);
        Account mentor = person(Role.MENTOR, null);

        InvalidInput noMentor = assertThrows(InvalidInput.class, () -> relations.assign("admin", notAMentor.getId(), List.of(learner.getId())));
        InvalidInput noLearner = assertThrows(InvalidInput.class, () -> relations.assign("admin", mentor.getId(), List.of(mentor.getId())));

        assertEquals("Choose an active mentor.", noMentor.messageFor("mentor"));
        assertEquals("Only active learners can be given a mentor.", noLearner.messageFor("learners"));
        assertTrue(relations.mentorOf(learner.getId()).isEmpty());
    }

    @Test
    void aMentorSeesOnlyCurrentMentees() {
        Account learner = person(Role.LEARNER, null);
        Account mentor = person(Role.MENTOR, null);
        Account other = person(Role.MENTOR, null);
        relations.assign("admin", mentor.getId(), List.of(learner.getId()));

        assertEquals(learner.getUsername(), work.mentee(mentor.getUsername(), learner.getId()).getUsername());
        assertThrows(MentorWork.NotYourMentee.class, () -> work.mentee(other.getUsername(), learner.getId()));
        assertThrows(MentorWork.NotYourMentee.class, () -> work.review(other.getUsername(), learner.getId()));
        assertThrows(MentorWork.NotYourMentee.class,
                () -> work.confirmRating(other.getUsername(), learner.getId(), "ARCH-DESIGN", 3, null));
        assertThrows(MentorWork.NotYourMentee.class, () -> work.mentee(mentor.getUsername(), 999_999L));

        relations.end("admin", learner.getId());
        assertThrows(MentorWork.NotYourMentee.class, () -> work.mentee(mentor.getUsername(), learner.getId()));
        assertTrue(work.mentees(mentor.getUsername()).isEmpty());
    }

    @Test
    void aConfirmedRatingCountsForTheGapOverALaterSelfRating() {
        Account learner = person(Role.LEARNER, null);
        Account mentor = person(Role.MENTOR, null);
        relations.assign("admin", mentor.getId(), List.of(learner.getId()));
        assessment.rate(learner.getUsername(), List.of(new RatingDraft("ARCH-DESIGN", 4, "Designed it all", null)));

        InvalidInput silent = assertThrows(InvalidInput.class,
                () -> work.confirmRating(mentor.getUsername(), learner.getId(), "ARCH-DESIGN", 2, " "));
        assertEquals("Say why you adjust the level: the learner reads it.", silent.messageFor("comment"));

        work.confirmRating(mentor.getUsername(), learner.getId(), "ARCH-DESIGN", 2, "One redesign so far, led by the architect");
        assessment.rate(learner.getUsername(), List.of(new RatingDraft("ARCH-DESIGN", 5, "Now surely", null)));

        SkillGap gap = assessment.gaps(learner.getUsername()).stream().filter(g -> g.getSkillCode().equals("ARCH-DESIGN")).findFirst().orElseThrow();
        assertEquals(2, gap.getCurrent());
        assertEquals(RatingSource.MENTOR, gap.getCurrentFrom());
        assertEquals("One redesign so far, led by the architect",
                assessment.history(learner.getUsername(), "ARCH-DESIGN").stream().filter(r -> r.getSource() == RatingSource.MENTOR)
                        .findFirst().orElseThrow().getNote());
    }

    @Test
    void aPlanGoesThroughReviewWithEveryStepRecordedAndBothSidesTold() {
        Account learner = person(Role.LEARNER, null);
        Account mentor = person(Role.MENTOR, null);
        Account other = person(Role.MENTOR, null);
        Account otherMentee = person(Role.LEARNER, null);
        relations.assign("admin", mentor.getId(), List.of(learner.getId()));
        relations.assign("admin", other.getId(), List.of(otherMentee.getId()));
        DevelopmentPlan plan = plans.createForGaps(learner.getUsername(), java.time.LocalDate.of(2027, 1, 4), new java.math.BigDecimal("5"));

        InvalidInput unreviewed = assertThrows(InvalidInput.class,
                () -> plans.changeState(learner.getUsername(), plan.getId(), PlanState.ACTIVE, plan.getVersion()));
        assertEquals("Your mentor reviews the plan first: send it for review.", unreviewed.getProblems().get(0).message());
        DevelopmentPlan sent = plans.changeState(learner.getUsername(), plan.getId(), PlanState.WAITING_FOR_REVIEW, plan.getVersion());
        assertEquals(1, notifications.unreadCount(mentor.getUsername()), "the mentor is told");

        assertThrows(MentorWork.NotYourMentee.class, () -> work.reviewPlan(other.getUsername(), learner.getId(), plan.getId(),
                PlanState.ACTIVE, null, sent.getVersion()));
        assertThrows(MentorWork.NotYourMentee.class, () -> work.reviewPlan(other.getUsername(), otherMentee.getId(), plan.getId(),
                PlanState.ACTIVE, null, sent.getVersion()), "another learner's id does not open this plan");
        InvalidInput silent = assertThrows(InvalidInput.class, () -> work.reviewPlan(mentor.getUsername(), learner.getId(), plan.getId(),
                PlanState.DRAFT, "", sent.getVersion()));
        assertEquals("Say what to change: the learner reads it.", silent.messageFor("comment"));

        DevelopmentPlan back = work.reviewPlan(mentor.getUsername(), learner.getId(), plan.getId(), PlanState.DRAFT, "Foundation first", sent.getVersion());
        DevelopmentPlan again = plans.changeState(learner.getUsername(), plan.getId(), PlanState.WAITING_FOR_REVIEW, back.getVersion());
        DevelopmentPlan approved = work.reviewPlan(mentor.getUsername(), learner.getId(), plan.getId(), PlanState.ACTIVE, null, again.getVersion());

        assertEquals(PlanState.ACTIVE, approved.getState());
        List<PlanTransition> steps = plans.transitions(plans.plan(learner.getUsername(), plan.getId()));
        assertEquals(List.of(PlanState.WAITING_FOR_REVIEW, PlanState.DRAFT, PlanState.WAITING_FOR_REVIEW, PlanState.ACTIVE),
                steps.stream().map(PlanTransition::getTo).toList());
        assertEquals(List.of(learner.getUsername(), mentor.getUsername(), learner.getUsername(), mentor.getUsername()),
                steps.stream().map(PlanTransition::getActor).toList());
        assertEquals("Foundation first", steps.get(1).getComment());
        assertEquals(2, notifications.unreadCount(learner.getUsername()), "the learner is told of each review");
    }

    @Test
    void thereIsNothingToConfirmBeforeASelfRating() {
        Account learner = person(Role.LEARNER, null);
        Account mentor = person(Role.MENTOR, null);
        relations.assign("admin", mentor.getId(), List.of(learner.getId()));

        InvalidInput nothing = assertThrows(InvalidInput.class,
                () -> work.confirmRating(mentor.getUsername(), learner.getId(), "ARCH-DESIGN", 2, null));

        assertEquals("There is no self-rating of this skill to confirm yet.", nothing.messageFor("level"));
    }
}
