package org.ctopath.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctopath.plan.Schedule.Dates;
import org.ctopath.plan.Schedule.Slot;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void itemsFollowEachOtherAtTheWeeklyBudget() {
        List<Dates> dates = Schedule.plan(MONDAY, new BigDecimal("4"), List.of(
                new Slot(new BigDecimal("12"), null), new Slot(new BigDecimal("2"), null), new Slot(BigDecimal.ZERO, null)));

        assertEquals(new Dates(MONDAY, MONDAY.plusDays(20)), dates.get(0), "12 h at 4 h a week: three weeks");
        assertEquals(new Dates(MONDAY.plusDays(21), MONDAY.plusDays(24)), dates.get(1), "2 h: half a week, rounded up to 4 days");
        assertEquals(new Dates(MONDAY.plusDays(25), MONDAY.plusDays(25)), dates.get(2), "no effort: one day");
    }

    @Test
    void anAssignedItemKeepsItsMentorsDueDateAndTheRestFollowOnAsBefore() {
        LocalDate early = MONDAY.plusDays(3);
        LocalDate late = MONDAY.plusDays(60);

        List<Dates> dates = Schedule.plan(MONDAY, new BigDecimal("7"), List.of(
                new Slot(new BigDecimal("14"), null, null), new Slot(new BigDecimal("7"), null, early),
                new Slot(new BigDecimal("7"), null, late), new Slot(new BigDecimal("7"), null, null)));

        assertEquals(new Dates(MONDAY, MONDAY.plusDays(13)), dates.get(0));
        assertEquals(new Dates(early, early), dates.get(1), "due before its turn: it starts on its due date at the latest");
        assertEquals(new Dates(MONDAY.plusDays(21), late), dates.get(2), "due after its turn: starts in turn, due when the mentor said");
        assertEquals(new Dates(MONDAY.plusDays(28), MONDAY.plusDays(34)), dates.get(3), "the hours of both still count");
    }

    @Test
    void aFixedStartMovesItsItemAndEverythingAfter() {
        LocalDate later = MONDAY.plusDays(30);

        List<Dates> dates = Schedule.plan(MONDAY, new BigDecimal("7"), List.of(
                new Slot(new BigDecimal("7"), null), new Slot(new BigDecimal("7"), later), new Slot(new BigDecimal("7"), MONDAY)));

        assertEquals(MONDAY.plusDays(6), dates.get(0).due());
        assertEquals(new Dates(later, later.plusDays(6)), dates.get(1));
        assertEquals(later.plusDays(7), dates.get(2).start(), "a fixed start earlier than the item before it ends waits for it");
    }

    @Test
    void aBudgetOfNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Schedule.plan(MONDAY, BigDecimal.ZERO, List.of()));
    }

    @Test
    void prerequisitesComeFirstAndTheRestKeepsItsOrder() {
        Map<String, Set<String>> requires = Map.of("DPI", Set.of("F"), "DITS", Set.of("F"), "TOGAF", Set.of());

        assertEquals(List.of("BOOK", "F", "DPI", "DITS", "TOGAF"),
                PrerequisitesFirst.order(List.of("BOOK", "DPI", "DITS", "F", "TOGAF"), requires));
        assertEquals(List.of("DPI", "BOOK"), PrerequisitesFirst.order(List.of("DPI", "BOOK"), requires),
                "a prerequisite outside the plan does not hold an item back");
    }

    @Test
    void anItemMovedUpTakesItsPrerequisitesWithIt() {
        assertEquals(List.of("F", "DPI", "BOOK", "OTHER"),
                PrerequisitesFirst.order(List.of("DPI", "BOOK", "F", "OTHER"), Map.of("DPI", Set.of("F"))));
    }

    @Test
    void aCycleDoesNotLoseItems() {
        assertEquals(List.of("B", "A"), PrerequisitesFirst.order(List.of("A", "B"), Map.of("A", Set.of("B"), "B", Set.of("A"))));
    }
}
