package org.ctopath.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanReviewTest {

    @Test
    void aLearnerWithAMentorSendsADraftForReviewInsteadOfMakingItActive() {
        assertEquals(Optional.empty(), PlanReview.learnerRefusal(PlanState.DRAFT, PlanState.WAITING_FOR_REVIEW, true));
        assertEquals(Optional.of("Your mentor reviews the plan first: send it for review."),
                PlanReview.learnerRefusal(PlanState.DRAFT, PlanState.ACTIVE, true));
    }

    @Test
    void aLearnerWithoutAMentorMakesADraftActiveThemselves() {
        assertEquals(Optional.empty(), PlanReview.learnerRefusal(PlanState.DRAFT, PlanState.ACTIVE, false));
        assertEquals(Optional.of("You have no mentor to review it: make the plan active yourself."),
                PlanReview.learnerRefusal(PlanState.DRAFT, PlanState.WAITING_FOR_REVIEW, false));
    }

    @Test
    void aLearnerCannotApproveTheirOwnPlanOrTakeItBackOnceInReview() {
        assertTrue(PlanReview.learnerRefusal(PlanState.WAITING_FOR_REVIEW, PlanState.ACTIVE, true).isPresent());
        assertTrue(PlanReview.learnerRefusal(PlanState.WAITING_FOR_REVIEW, PlanState.IN_REVIEW, true).isPresent());
        assertEquals(Optional.empty(), PlanReview.learnerRefusal(PlanState.WAITING_FOR_REVIEW, PlanState.DRAFT, true));
        assertEquals(Optional.of("A plan that is in review cannot become draft."),
                PlanReview.learnerRefusal(PlanState.IN_REVIEW, PlanState.DRAFT, true));
        assertEquals(Optional.empty(), PlanReview.learnerRefusal(PlanState.IN_REVIEW, PlanState.ARCHIVED, true));
        assertEquals(Optional.empty(), PlanReview.learnerRefusal(PlanState.ACTIVE, PlanState.COMPLETED, true));
    }

    @Test
    void aMentorReviewsApprovesSendsBackOrClosesOnly() {
        assertEquals(Optional.empty(), PlanReview.mentorRefusal(PlanState.WAITING_FOR_REVIEW, PlanState.IN_REVIEW));
        assertEquals(Optional.empty(), PlanReview.mentorRefusal(PlanState.IN_REVIEW, PlanState.ACTIVE));
        assertEquals(Optional.empty(), PlanReview.mentorRefusal(PlanState.WAITING_FOR_REVIEW, PlanState.DRAFT));
        assertEquals(Optional.empty(), PlanReview.mentorRefusal(PlanState.ACTIVE, PlanState.COMPLETED));
        assertEquals(Optional.of("A plan that is draft cannot become active."), PlanReview.mentorRefusal(PlanState.DRAFT, PlanState.ACTIVE));
        assertTrue(PlanReview.mentorRefusal(PlanState.ACTIVE, PlanState.ARCHIVED).isPresent());
        assertTrue(PlanReview.mentorRefusal(PlanState.COMPLETED, PlanState.ACTIVE).isPresent());
    }
}
