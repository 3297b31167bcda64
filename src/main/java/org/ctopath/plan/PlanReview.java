package org.ctopath.plan;

import java.util.Optional;

/**
 * Which state changes of a plan are whose. A learner with a mentor sends a draft for review, and the
 * mentor takes it into review and approves it (active) or sends it back to draft with comments; a
 * learner without a mentor makes a draft active themselves. Either may complete an active plan;
 * the learner may archive any plan and take back a plan the mentor has not started reviewing.
 */
public final class PlanReview {

    private PlanReview() {
    }

    /** Why the learner may not make this change, or empty when they may. */
    public static Optional<String> learnerRefusal(PlanState from, PlanState to, boolean hasMentor) {
        if (from == to) {
            return Optional.of("The plan is " + to.getLabel().toLowerCase() + " already.");
        }
        boolean allowed = switch (to) {
            case WAITING_FOR_REVIEW -> from == PlanState.DRAFT && hasMentor;
            case ACTIVE -> from == PlanState.DRAFT && !hasMentor;
            case DRAFT -> from == PlanState.WAITING_FOR_REVIEW;
            case COMPLETED -> from == PlanState.ACTIVE;
            case ARCHIVED -> true;
            case IN_REVIEW -> false;
        };
        if (allowed) {
            return Optional.empty();
        }
        if (to == PlanState.WAITING_FOR_REVIEW && from == PlanState.DRAFT) {
            return Optional.of("You have no mentor to review it: make the plan active yourself.");
        }
        if (to == PlanState.ACTIVE && from == PlanState.DRAFT) {
            return Optional.of("Your mentor reviews the plan first: send it for review.");
        }
        return Optional.of("A plan that is " + from.getLabel().toLowerCase() + " cannot become " + to.getLabel().toLowerCase() + ".");
    }

    /** Why the mentor may not make this change, or empty when they may. */
    public static Optional<String> mentorRefusal(PlanState from, PlanState to) {
        boolean underReview = from == PlanState.WAITING_FOR_REVIEW || from == PlanState.IN_REVIEW;
        boolean allowed = switch (to) {
            case IN_REVIEW -> from == PlanState.WAITING_FOR_REVIEW;
            case ACTIVE, DRAFT -> underReview;
            case COMPLETED -> from == PlanState.ACTIVE;
            default -> false;
        };
        return allowed ? Optional.empty()
                : Optional.of("A plan that is " + from.getLabel().toLowerCase() + " cannot become " + to.getLabel().toLowerCase() + ".");
    }
}
