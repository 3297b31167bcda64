package org.ctopath.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders plan items so that every prerequisite in the plan comes before what requires it (ITIL 4
 * Foundation before DPI and DITS), keeping the learner's order otherwise: an item moved up takes
 * its prerequisites up with it, just before it. Plain logic, no storage.
 */
public final class PrerequisitesFirst {

    private PrerequisitesFirst() {
    }

    /**
     * @param codes the items' resource codes in the learner's order
     * @param prerequisites for each code, the codes it requires (any not in the plan are ignored)
     */
    public static List<String> order(List<String> codes, Map<String, Set<String>> prerequisites) {
        Set<String> inPlan = new LinkedHashSet<>(codes);
        Set<String> placed = new LinkedHashSet<>();
        Set<String> visiting = new HashSet<>();
        for (String code : codes) {
            place(code, codes, prerequisites, inPlan, placed, visiting);
        }
        return new ArrayList<>(placed);
    }

    private static void place(String code, List<String> codes, Map<String, Set<String>> prerequisites, Set<String> inPlan,
                              Set<String> placed, Set<String> visiting) {
        if (placed.contains(code) || !visiting.add(code)) {
            return; // already placed, or a cycle (the catalogue refuses them): leave the rest as given
        }
        Set<String> required = prerequisites.getOrDefault(code, Set.of());
        for (String candidate : codes) {
            if (required.contains(candidate) && inPlan.contains(candidate)) {
                place(candidate, codes, prerequisites, inPlan, placed, visiting);
            }
        }
        placed.add(code);
    }
}
