package org.ctopath.plan;

import java.time.Instant;

/**
 * Fired (CDI event) in the transaction that moves a plan to {@link PlanState#COMPLETED}: by its
 * last item done, by the learner, or by the mentor closing it ({@code by} is that person's username).
 */
public record PlanCompleted(DevelopmentPlan plan, String by, Instant at) {
}
