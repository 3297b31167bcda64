package org.ctopath.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ctopath.assessment.AssessmentService;
import org.ctopath.assessment.AssessmentService.RatingDraft;
import org.ctopath.assessment.SkillRating;
import org.ctopath.certification.CertificationAttempt;
import org.ctopath.certification.CertificationRecords;
import org.ctopath.certification.CertificationRecords.AttemptDraft;
import org.ctopath.identity.Account;
import org.ctopath.identity.AccountService;
import org.ctopath.identity.Role;
import org.ctopath.notification.Notification;
import org.ctopath.notification.Notifications;
import org.ctopath.plan.DevelopmentPlan;
import org.ctopath.plan.ItemComments;
import org.ctopath.plan.ItemStatus;
import org.ctopath.plan.PlanItem;
import org.ctopath.plan.PlanService;
import org.ctopath.plan.PlanState;
import org.ctopath.platform.InvalidInput;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A mentor's assignments, the comments on plan items and the verification of records, each test with people of its own. */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class MentorAssignmentsIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    MentorRelations relations;

    @Inject
    MentorWork work;

    @Inject
    AccountService accounts;

    @Inject
    PlanService plans;

    @Inject
    ItemComments comments;

    @Inject
    AssessmentService assessment;

    @Inject
    CertificationRecords records;

    @Inject
    Notifications notifications;

    private Account person(Role role) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Person " + username, "a long enough password", Set.of(role));
        return accounts.findByUsername(username).orElseThrow();
    }

    private Account menteeOf(Account mentor) {
        Account learner = person(Role.LEARNER);
        relations.assign("admin", mentor.getId(), List.of(learner.getId()));
        return learner;
    }

    private PlanItem item(DevelopmentPlan plan, String code) {
        return plan.getItems().stream().filter(i -> i.getResource().getCode().equals(code)).findFirst().orElseThrow();
    }

    private Notification newest(Account person) {
        return notifications.page(person.getUsername(), 0, 1).get(0);
    }

    @Test
    void anItemAssignedToTwoMenteesJoinsEachCurrentPlanWithTheMentorsDueDateAndNote() {
        Account mentor = person(Role.MENTOR);
        Account withPlan = menteeOf(mentor);
        Account withoutPlan = menteeOf(mentor);
        DevelopmentPlan own = plans.createForGaps(withPlan.getUsername(), plans.today(), new BigDecimal("4"));
        assertFalse(own.contains("RPT-DORA-STATE-OF-DEVOPS"), "the resource is new to the plan");
        LocalDate due = plans.today().plusDays(10);

        List<MentorWork.Assigned> done = work.assign(mentor.getUsername(), List.of(withPlan.getId(), withoutPlan.getId()),
                "RPT-DORA-STATE-OF-DEVOPS", due, "Chapters 1 to 3 before we meet");

        assertEquals(List.of(PlanService.Assignment.ADDED, PlanService.Assignment.ADDED), done.stream().map(MentorWork.Assigned::outcome).toList());
        PlanItem added = item(plans.plan(withPlan.getUsername(), own.getId()), "RPT-DORA-STATE-OF-DEVOPS");
        assertTrue(added.isAssigned());
        assertEquals(mentor.getId(), added.getAssignedBy().getId());
        assertEquals(due, added.getDueDate(), "the schedule keeps the mentor's due date");
        assertEquals("Chapters 1 to 3 before we meet", added.getAssignmentNote());
        DevelopmentPlan made = plans.current(withoutPlan.getUsername()).orElseThrow();
        assertEquals(PlanState.ACTIVE, made.getState(), "a learner without a plan gets an active one for the assignment");
        assertEquals(due, item(made, "RPT-DORA-STATE-OF-DEVOPS").getDueDate());
        assertEquals(1, plans.transitions(made).size(), "its start is recorded");
        assertTrue(newest(withPlan).getSubject().contains("assigned you"), newest(withPlan).getSubject());
        assertTrue(newest(withoutPlan).getBody().contains("Chapters 1 to 3"), "the learner reads the note");

        List<MentorWork.Assigned> again = work.assign(mentor.getUsername(), List.of(withPlan.getId()), "RPT-DORA-STATE-OF-DEVOPS", due, null);
        assertEquals(PlanService.Assignment.ALREADY_ASSIGNED, again.get(0).outcome());
    }

    @Test
    void anItemTheLearnerChoseBecomesAssignedInPlace() {
        Account mentor = person(Role.MENTOR);
        Account learner = menteeOf(mentor);
        DevelopmentPlan plan = plans.createForGaps(learner.getUsername(), plans.today(), new BigDecimal("4"));
        String chosen = plan.getItems().get(0).getResource().getCode();
        int items = plan.getItems().size();

        List<MentorWork.Assigned> done = work.assign(mentor.getUsername(), List.of(learner.getId()), chosen,
                plans.today().plusDays(3), null);

        assertEquals(PlanService.Assignment.MARKED, done.get(0).outcome());
        DevelopmentPlan after = plans.plan(learner.getUsername(), plan.getId());
        assertEquals(items, after.getItems().size(), "no second copy");
        assertTrue(item(after, chosen).isAssigned());
        assertEquals(plans.today().plusDays(3), item(after, chosen).getDueDate());
    }

    @Test
    void aMenteeOfAnotherMentorRefusesTheWholeAssignment() {
        Account mentor = person(Role.MENTOR);
        Account mine = menteeOf(mentor);
        Account theirs = menteeOf(person(Role.MENTOR));

        assertThrows(MentorWork.NotYourMentee.class, () -> work.assign(mentor.getUsername(), List.of(mine.getId(), theirs.getId()),
                "BOOK-ACCELERATE", plans.today().plusDays(5), null));

        assertTrue(plans.current(mine.getUsername()).isEmpty(), "nothing was assigned to anyone");
        assertTrue(plans.current(theirs.getUsername()).isEmpty());
    }

    @Test
    void anAssignmentNeedsAResourceADueDateFromTodayAndAMentee() {
        Account mentor = person(Role.MENTOR);
        Account learner = menteeOf(mentor);

        InvalidInput wrong = assertThrows(InvalidInput.class, () -> work.assign(mentor.getUsername(), List.of(), "NO-SUCH-THING",
                plans.today().minusDays(1), "x".repeat(1001)));

        assertEquals("Choose a resource from the catalogue.", wrong.messageFor("resource"));
        assertEquals("A due date from today to two years ahead.", wrong.messageFor("due"));
        assertEquals("At most 1000 characters.", wrong.messageFor("note"));
        assertEquals("Choose at least one mentee.", wrong.messageFor("mentees"));
        InvalidInput noDate = assertThrows(InvalidInput.class, () -> work.assign(mentor.getUsername(), List.of(learner.getId()),
                "BOOK-ACCELERATE", null, null));
        assertEquals("Choose the day it is due.", noDate.messageFor("due"));
        assertTrue(plans.current(learner.getUsername()).isEmpty());
    }

    @Test
    void theLearnerCannotRemoveAnAssignedItemAndTheMentorHearsOfItsSkipAndCompletion() {
        Account mentor = person(Role.MENTOR);
        Account learner = menteeOf(mentor);
        work.assign(mentor.getUsername(), List.of(learner.getId()), "BOOK-ACCELERATE", plans.today().plusDays(7), null);
        work.assign(mentor.getUsername(), List.of(learner.getId()), "BOOK-MANAGERS-PATH", plans.today().plusDays(9), null);
        DevelopmentPlan plan = plans.current(learner.getUsername()).orElseThrow();
        PlanItem book = item(plan, "BOOK-ACCELERATE");

        InvalidInput kept = assertThrows(InvalidInput.class, () -> plans.removeItem(learner.getUsername(), book.getId(), plan.getVersion()));
        assertTrue(kept.getMessage().contains("stays in the plan"), kept.getMessage());
        assertEquals(2, plans.plan(learner.getUsername(), plan.getId()).getItems().size());
        long before = notifications.unreadCount(mentor.getUsername());

        plans.recordProgress(learner.getUsername(), book.getId(), ItemStatus.COMPLETED, 100, new BigDecimal("6"), null, book.getVersion());
        assertEquals(before + 1, notifications.unreadCount(mentor.getUsername()));
        assertTrue(newest(mentor).getSubject().contains("completed \"Accelerate"), newest(mentor).getSubject());
        assertEquals("/mentor/mentee?id=" + learner.getId(), newest(mentor).getLink());

        PlanItem other = item(plans.plan(learner.getUsername(), plan.getId()), "BOOK-MANAGERS-PATH");
        assertEquals(PlanState.ACTIVE, plans.plan(learner.getUsername(), plan.getId()).getState(), "one item is still open");
        plans.recordProgress(learner.getUsername(), other.getId(), ItemStatus.SKIPPED, 0, BigDecimal.ZERO, "Read it last year", other.getVersion());
        List<Notification> told = notifications.page(mentor.getUsername(), 0, 2);
        assertTrue(told.get(1).getBody().contains("Read it last year"), "the mentor reads the reason");
        assertEquals("Person " + learner.getUsername() + " completed the plan \"" + plan.getTitle() + "\"", told.get(0).getSubject());
        assertEquals(before + 3, notifications.unreadCount(mentor.getUsername()));
        DevelopmentPlan done = plans.plan(learner.getUsername(), plan.getId());
        assertEquals(PlanState.COMPLETED, done.getState(), "every item closed: the plan is completed");
        assertEquals("Every item is completed or skipped.", plans.transitions(done).get(plans.transitions(done).size() - 1).getComment());
    }

    @Test
    void commentsOnAnItemGoBetweenTheLearnerAndTheirMentorWithUnreadCounts() {
        Account mentor = person(Role.MENTOR);
        Account learner = menteeOf(mentor);
        Account otherMentor = person(Role.MENTOR);
        Account otherLearner = menteeOf(otherMentor);
        work.assign(mentor.getUsername(), List.of(learner.getId()), "BOOK-ACCELERATE", plans.today().plusDays(7), null);
        Long itemId = item(plans.current(learner.getUsername()).orElseThrow(), "BOOK-ACCELERATE").getId();

        comments.write(learner.getUsername(), itemId, "Is chapter 4 needed too?");
        comments.write(learner.getUsername(), itemId, "  And the appendix?  ");

        assertEquals(Map.of(itemId, 2), comments.unread(mentor.getUsername(), List.of(itemId)));
        assertEquals(Map.of(), comments.unread(learner.getUsername(), List.of(itemId)), "one's own comments are not unread");
        assertTrue(newest(mentor).getSubject().contains("commented on"), "the mentor is told");
        ItemComments.Thread thread = comments.read(mentor.getUsername(), itemId);
        assertEquals(List.of("Is chapter 4 needed too?", "And the appendix?"), thread.comments().stream().map(c -> c.getBody()).toList());
        assertTrue(thread.isNew(thread.comments().get(0)));
        assertFalse(thread.isMine(thread.comments().get(0)));
        assertEquals(Map.of(), comments.unread(mentor.getUsername(), List.of(itemId)), "read once opened");

        comments.write(mentor.getUsername(), itemId, "Only up to 3.");
        assertEquals(Map.of(itemId, 1), comments.unread(learner.getUsername(), List.of(itemId)));
        assertEquals("/learner/plan?id=" + plans.current(learner.getUsername()).orElseThrow().getId(), newest(learner).getLink());

        assertThrows(PlanService.NotFound.class, () -> comments.read(otherMentor.getUsername(), itemId), "another mentor");
        assertThrows(PlanService.NotFound.class, () -> comments.write(otherLearner.getUsername(), itemId, "hi"), "another learner");
        InvalidInput empty = assertThrows(InvalidInput.class, () -> comments.write(learner.getUsername(), itemId, "   "));
        assertEquals("Write something first.", empty.messageFor("comment"));
        assertEquals(3, comments.read(learner.getUsername(), itemId).comments().size());
    }

    @Test
    void theMentorVerifiesEvidenceAndExamAttemptsWithWhoAndWhen() {
        Account mentor = person(Role.MENTOR);
        Account learner = menteeOf(mentor);
        Account otherMentor = person(Role.MENTOR);
        assessment.rate(learner.getUsername(), List.of(new RatingDraft("ARCH-DESIGN", 3, "Led the redesign", "https://example.org/adr"),
                new RatingDraft("TECH-TRENDS", 2, "No evidence", null)));
        Map<String, SkillRating> self = assessment.latestSelfRatings(learner.getUsername());
        CertificationAttempt attempt = records.recordAttempt(learner.getUsername(),
                new AttemptDraft("ITIL4-F", records.today().minusDays(3), 33, true, "GR671234"));

        SkillRating verified = work.verifyEvidence(mentor.getUsername(), learner.getId(), self.get("ARCH-DESIGN").getId());
        CertificationAttempt checked = work.verifyAttempt(mentor.getUsername(), learner.getId(), attempt.getId());

        assertEquals(mentor.getUsername(), verified.getVerifiedBy());
        assertNotNull(verified.getVerifiedAt());
        assertTrue(assessment.latestSelfRatings(learner.getUsername()).get("ARCH-DESIGN").isVerified(), "kept");
        assertEquals(mentor.getUsername(), checked.getVerifiedBy());
        assertTrue(records.attempts(learner.getUsername()).get(0).isVerified());
        InvalidInput nothing = assertThrows(InvalidInput.class,
                () -> work.verifyEvidence(mentor.getUsername(), learner.getId(), self.get("TECH-TRENDS").getId()));
        assertEquals("This rating has no evidence to verify.", nothing.getMessage());
        assertThrows(MentorWork.NotYourMentee.class, () -> work.verifyAttempt(otherMentor.getUsername(), learner.getId(), attempt.getId()));
        Account stranger = menteeOf(mentor);
        assertThrows(MentorWork.NotYourMentee.class, () -> work.verifyAttempt(mentor.getUsername(), stranger.getId(), attempt.getId()),
                "an attempt of another mentee under this mentee's id");
        assertFalse(records.attempts(stranger.getUsername()).stream().anyMatch(CertificationAttempt::isVerified));
        assertNull(assessment.latestSelfRatings(learner.getUsername()).get("TECH-TRENDS").getVerifiedBy());
    }
}
