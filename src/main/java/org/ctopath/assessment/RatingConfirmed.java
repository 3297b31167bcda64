package org.ctopath.assessment;

/**
 * Fired (CDI event) in the transaction of {@link AssessmentService#confirm}: the mentor's rating and
 * the learner's self-rating it reviewed.
 */
public record RatingConfirmed(SkillRating rating, SkillRating self) {
}
