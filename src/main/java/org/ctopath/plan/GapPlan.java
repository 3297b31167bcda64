package org.ctopath.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ctopath.assessment.AssessmentService.GapRecommendations;
import org.ctopath.assessment.Recommendation;

/**
 * What a plan made from a learner's gaps holds, and when: the one rule behind
 * {@link PlanService#createForGaps} (one learner) and {@link BulkPlans} (many at once), so the two
 * cannot drift. Plain logic, no storage.
 */
public final class GapPlan {

    /** Most items chosen for one gap when a plan is made for all gaps. */
    static final int ITEMS_PER_GAP = 2;

    /** A resource chosen for the plan, with the skill it was chosen for (null for a prerequisite). */
    public record Choice(String resourceCode, String skillCode) {
    }

    /** A chosen resource in its place in the plan. */
    public record Item(String resourceCode, String skillCode, int position, LocalDate plannedStart, LocalDate dueDate) {
    }

    private GapPlan() {
    }

    public static String title(String profileName, LocalDate start) {
        return "Plan for " + profileName + " from " + start;
    }

    /**
     * For every open gap, largest first, the best-ranked resources until the missing levels are
     * covered (at most two), then the prerequisites of chosen certifications (and theirs), in the
     * order they join the plan; a resource joins once.
     */
    public static List<Choice> choose(List<GapRecommendations> gaps, Function<String, Set<String>> prerequisitesOf) {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (GapRecommendations gap : gaps) {
            int covered = gap.getGap().getCurrent();
            int count = 0;
            for (Recommendation recommendation : gap.getRecommendations()) {
                if (covered >= gap.getGap().getTarget() || count >= ITEMS_PER_GAP) {
                    break;
                }
                if (!chosen.containsKey(recommendation.getResourceCode())) {
                    chosen.put(recommendation.getResourceCode(), gap.getGap().getSkillCode());
                    count++;
                }
                covered = Math.max(covered, gap.getGap().getCurrent() + recommendation.getLevelsCovered());
            }
        }
        boolean added = true;
        while (added) {
            added = false;
            for (String code : List.copyOf(chosen.keySet())) {
                for (String prerequisite : prerequisitesOf.apply(code)) {
                    if (!chosen.containsKey(prerequisite)) {
                        chosen.put(prerequisite, null);
                        added = true;
                    }
                }
            }
        }
        List<Choice> choices = new ArrayList<>();
        chosen.forEach((code, skill) -> choices.add(new Choice(code, skill)));
        return choices;
    }

    /**
     * The choices as a new plan lays them out ({@link DevelopmentPlan#reschedule}): prerequisites
     * first, then end to end from the start at the weekly hours.
     */
    public static List<Item> schedule(List<Choice> choices, Function<String, Set<String>> prerequisitesOf,
                                      Function<String, BigDecimal> effortOf, LocalDate start, BigDecimal weeklyHours) {
        Map<String, Choice> byCode = new HashMap<>();
        Map<String, Set<String>> prerequisites = new HashMap<>();
        List<String> codes = new ArrayList<>();
        for (Choice choice : choices) {
            byCode.put(choice.resourceCode(), choice);
            prerequisites.put(choice.resourceCode(), prerequisitesOf.apply(choice.resourceCode()));
            codes.add(choice.resourceCode());
        }
        List<String> ordered = PrerequisitesFirst.order(codes, prerequisites);
        List<Schedule.Dates> dates = Schedule.plan(start, weeklyHours, ordered.stream()
                .map(code -> new Schedule.Slot(effortOf.apply(code), null, null)).toList());
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            String code = ordered.get(i);
            items.add(new Item(code, byCode.get(code).skillCode(), i, dates.get(i).start(), dates.get(i).due()));
        }
        return items;
    }
}
