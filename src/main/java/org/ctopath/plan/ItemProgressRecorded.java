package org.ctopath.plan;

import java.time.Instant;

/**
 * Fired (CDI event) in the transaction of {@link PlanService#recordProgress} when the status, the
 * percentage or the hours changed: the item as recorded now, its status before, and when. Observers
 * run in that transaction and fail it if they fail.
 */
public record ItemProgressRecorded(PlanItem item, ItemStatus before, Instant at) {
}
