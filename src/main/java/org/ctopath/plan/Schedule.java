package org.ctopath.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays plan items end to end from a start date at a weekly budget of hours: an item of 12 hours at
 * 4 hours a week takes three weeks. An item given a start date of its own starts then (or when the
 * one before ends, if later), and the items after it follow on. An item a mentor assigned keeps
 * the mentor's due date, and starts no later than it; it still takes its hours from the budget, so
 * the items after it follow on as before. Plain logic, no storage.
 */
public final class Schedule {

    /** An item to schedule: its effort, a start the learner fixed and a due date a mentor fixed, if any. */
    public record Slot(BigDecimal effortHours, LocalDate fixedStart, LocalDate fixedDue) {

        public Slot(BigDecimal effortHours, LocalDate fixedStart) {
            this(effortHours, fixedStart, null);
        }
    }

    /** When an item is planned to start and be done. */
    public record Dates(LocalDate start, LocalDate due) {
    }

    private Schedule() {
    }

    public static List<Dates> plan(LocalDate start, BigDecimal weeklyHours, List<Slot> slots) {
        if (weeklyHours == null || weeklyHours.signum() <= 0) {
            throw new IllegalArgumentException("a weekly budget of more than 0 hours");
        }
        List<Dates> dates = new ArrayList<>();
        LocalDate free = start;
        for (Slot slot : slots) {
            LocalDate itemStart = slot.fixedStart() != null && slot.fixedStart().isAfter(free) ? slot.fixedStart() : free;
            long days = Math.max(1, slot.effortHours().multiply(BigDecimal.valueOf(7))
                    .divide(weeklyHours, 0, RoundingMode.CEILING).longValueExact());
            LocalDate due = itemStart.plusDays(days - 1);
            free = due.plusDays(1);
            if (slot.fixedDue() != null) {
                due = slot.fixedDue();
                itemStart = itemStart.isAfter(due) ? due : itemStart;
            }
            dates.add(new Dates(itemStart, due));
        }
        return dates;
    }
}
