package org.ctopath.catalogue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which certification requires which, by code. Prerequisites must never form a cycle: a cycle
 * would make every certification on it impossible to earn.
 */
public final class PrerequisiteGraph {

    private final Map<String, Set<String>> requires = new HashMap<>();

    /** Records that {@code certification} requires {@code prerequisite}, without checking. */
    public PrerequisiteGraph add(String certification, String prerequisite) {
        requires.computeIfAbsent(certification, c -> new HashSet<>()).add(prerequisite);
        return this;
    }

    public Set<String> prerequisitesOf(String certification) {
        return Collections.unmodifiableSet(requires.getOrDefault(certification, Set.of()));
    }

    /**
     * The cycle that requiring {@code prerequisite} for {@code certification} would close, as the
     * codes along it starting and ending with {@code certification}; empty if there would be none.
     */
    public Optional<List<String>> cycleIfAdded(String certification, String prerequisite) {
        if (certification.equals(prerequisite)) {
            return Optional.of(List.of(certification, certification));
        }
        // A cycle appears exactly when the prerequisite already (transitively) requires the certification.
        Map<String, String> reachedFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(prerequisite));
        reachedFrom.put(prerequisite, null);
        while (!queue.isEmpty()) {
            String current = queue.removeFirst();
            if (current.equals(certification)) {
                List<String> path = new ArrayList<>();
                for (String step = current; step != null; step = reachedFrom.get(step)) {
                    path.add(0, step);
                }
                List<String> cycle = new ArrayList<>();
                cycle.add(certification);
                cycle.addAll(path);
                return Optional.of(cycle);
            }
            for (String next : requires.getOrDefault(current, Set.of())) {
                if (!reachedFrom.containsKey(next)) {
                    reachedFrom.put(next, current);
                    queue.addLast(next);
                }
            }
        }
        return Optional.empty();
    }

    /** Any cycle in the graph as it stands, for checking an import as a whole. */
    public Optional<List<String>> anyCycle() {
        for (Map.Entry<String, Set<String>> entry : requires.entrySet()) {
            for (String prerequisite : entry.getValue()) {
                PrerequisiteGraph without = copyWithout(entry.getKey(), prerequisite);
                Optional<List<String>> cycle = without.cycleIfAdded(entry.getKey(), prerequisite);
                if (cycle.isPresent()) {
                    return cycle;
                }
            }
        }
        return Optional.empty();
    }

    private PrerequisiteGraph copyWithout(String certification, String prerequisite) {
        PrerequisiteGraph copy = new PrerequisiteGraph();
        requires.forEach((c, ps) -> ps.stream()
                .filter(p -> !(c.equals(certification) && p.equals(prerequisite)))
                .forEach(p -> copy.add(c, p)));
        return copy;
    }
}
