package org.ctopath.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders plan items so that every prerequisite in the plan comes before what requires it (ITIL 4
 * Foundation before DPI and DITS), keeping the learner's order wherever it already allows that.
 * Plain logic, no storage.
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
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (ordered.size() < inPlan.size()) {
            String next = null;
            for (String code : codes) {
                if (!placed.contains(code) && placed.containsAll(required(code, prerequisites, inPlan))) {
                    next = code;
                    break;
                }
            }
            if (next == null) {
                // a cycle among the plan's prerequisites (the catalogue refuses them): keep the rest as given
                codes.stream().filter(c -> !placed.contains(c)).forEach(c -> {
                    placed.add(c);
                    ordered.add(c);
                });
                break;
            }
            placed.add(next);
            ordered.add(next);
        }
        return ordered;
    }

    private static Set<String> required(String code, Map<String, Set<String>> prerequisites, Set<String> inPlan) {
        Set<String> required = new LinkedHashSet<>(prerequisites.getOrDefault(code, Set.of()));
        required.retainAll(inPlan);
        return required;
    }
}
