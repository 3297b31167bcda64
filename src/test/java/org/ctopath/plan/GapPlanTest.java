package org.ctopath.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctopath.assessment.AssessmentService;
import org.ctopath.assessment.Recommender.Candidate;
import org.ctopath.assessment.SkillGap;
import org.junit.jupiter.api.Test;

class GapPlanTest {

    private static Candidate candidate(String code, int from, int to, String effort) {
        return new Candidate(code, "Title " + code, "Course", new BigDecimal(effort), from, to, List.of());
    }

    private static final Map<String, Set<String>> PREREQUISITES = Map.of("DPI", Set.of("FOUND"), "FOUND", Set.of("BASICS"));

    private static Set<String> prerequisitesOf(String code) {
        return PREREQUISITES.getOrDefault(code, Set.of());
    }

    @Test
    void atMostTwoItemsPerGapUntilTheMissingLevelsAreCoveredThenPrerequisites() {
        List<SkillGap> gaps = List.of(new SkillGap("A", "Skill A", 4, 1, null), new SkillGap("B", "Skill B", 3, 2, null),
                new SkillGap("C", "Skill C", 2, 2, null));
        Map<String, List<Candidate>> candidates = Map.of(
                "A", List.of(candidate("A1", 1, 2, "5"), candidate("A2", 1, 3, "10"), candidate("A3", 0, 4, "40"), candidate("DONE", 1, 4, "1")),
                "B", List.of(candidate("A2", 2, 3, "10"), candidate("DPI", 2, 3, "30"), candidate("B2", 2, 3, "50")),
                "C", List.of(candidate("C1", 0, 5, "1")));

        List<GapPlan.Choice> choices = GapPlan.choose(AssessmentService.recommend(gaps, candidates, Set.of("DONE")), GapPlanTest::prerequisitesOf);

        // A: A3 covers all three missing levels, so it alone closes the gap; B: A2 covers its one level; C has no gap.
        assertEquals(List.of(new GapPlan.Choice("A3", "A"), new GapPlan.Choice("A2", "B")), choices);
    }

    @Test
    void aResourceJoinsOnceAndPrerequisitesFollowTransitivelyWithoutASkill() {
        List<SkillGap> gaps = List.of(new SkillGap("A", "Skill A", 3, 0, null), new SkillGap("B", "Skill B", 3, 1, null));
        Map<String, List<Candidate>> candidates = Map.of(
                "A", List.of(candidate("A1", 0, 1, "5"), candidate("SHARED", 0, 1, "6"), candidate("A3", 0, 1, "7")),
                "B", List.of(candidate("SHARED", 1, 2, "6"), candidate("DPI", 1, 2, "30"), candidate("B3", 1, 2, "40")));

        List<GapPlan.Choice> choices = GapPlan.choose(AssessmentService.recommend(gaps, candidates, Set.of()), GapPlanTest::prerequisitesOf);

        // SHARED, best for B too, is in the plan already for A and does not count as one of B's two.

        assertEquals(List.of(new GapPlan.Choice("A1", "A"), new GapPlan.Choice("SHARED", "A"), new GapPlan.Choice("DPI", "B"),
                new GapPlan.Choice("B3", "B"), new GapPlan.Choice("FOUND", null), new GapPlan.Choice("BASICS", null)), choices);
    }

    @Test
    void theSchedulePutsPrerequisitesFirstAndLaysItemsEndToEnd() {
        List<GapPlan.Choice> choices = List.of(new GapPlan.Choice("DPI", "B"), new GapPlan.Choice("X", "A"), new GapPlan.Choice("FOUND", null));
        Map<String, BigDecimal> effort = Map.of("DPI", new BigDecimal("8"), "X", new BigDecimal("4"), "FOUND", new BigDecimal("12"));
        LocalDate start = LocalDate.of(2026, 1, 5);

        List<GapPlan.Item> items = GapPlan.schedule(choices, GapPlanTest::prerequisitesOf, effort::get, start, new BigDecimal("4"));

        assertEquals(List.of(
                new GapPlan.Item("FOUND", null, 0, start, start.plusDays(20)),
                new GapPlan.Item("DPI", "B", 1, start.plusDays(21), start.plusDays(34)),
                new GapPlan.Item("X", "A", 2, start.plusDays(35), start.plusDays(41))), items);
    }

    @Test
    void aPlanIsTitledAfterItsProfileAndStart() {
        assertEquals("Plan for Chief Technology Officer from 2026-01-05", GapPlan.title("Chief Technology Officer", LocalDate.of(2026, 1, 5)));
    }
}
