package org.ctopath.catalogue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What checking a change needs to know of the rest of the catalogue: the skills and how high their
 * scales go, the schemes, the codes in use and every certification's prerequisites. Plain data, so
 * that the rules run the same in the server and in a unit test.
 */
public final class CatalogueFacts {

    private final Map<String, Integer> skillMaxLevels = new HashMap<>();
    private final Set<String> schemeCodes = new HashSet<>();
    /** By the code in capitals: codes are unique whatever their case. */
    private final Map<String, ResourceKind> kinds = new HashMap<>();
    private final Map<String, Set<String>> prerequisites = new LinkedHashMap<>();

    /** A skill whose levels go from 0 (not yet at the first) to {@code maxLevel}. */
    public CatalogueFacts skill(String code, int maxLevel) {
        skillMaxLevels.put(code, maxLevel);
        return this;
    }

    public CatalogueFacts scheme(String code) {
        schemeCodes.add(code);
        return this;
    }

    public CatalogueFacts resource(String code, ResourceKind kind) {
        kinds.put(key(code), kind);
        return this;
    }

    public CatalogueFacts prerequisite(String certification, String prerequisite) {
        prerequisites.computeIfAbsent(certification, c -> new HashSet<>()).add(prerequisite);
        return this;
    }

    /** The same facts, to add to without changing these. */
    public CatalogueFacts copy() {
        CatalogueFacts copy = new CatalogueFacts();
        copy.skillMaxLevels.putAll(skillMaxLevels);
        copy.schemeCodes.addAll(schemeCodes);
        copy.kinds.putAll(kinds);
        prerequisites.forEach((c, ps) -> copy.prerequisites.put(c, new HashSet<>(ps)));
        return copy;
    }

    public Optional<Integer> maxLevel(String skillCode) {
        return Optional.ofNullable(skillMaxLevels.get(skillCode));
    }

    public boolean hasScheme(String code) {
        return schemeCodes.contains(code);
    }

    /** The kind of the resource with this code, whatever the case it is written in. */
    public Optional<ResourceKind> kindOf(String code) {
        return Optional.ofNullable(kinds.get(key(code)));
    }

    /** The prerequisites as they stand, except those of {@code replaced}, which a change is about to set anew. */
    public PrerequisiteGraph prerequisitesWithout(Set<String> replaced) {
        PrerequisiteGraph graph = new PrerequisiteGraph();
        prerequisites.forEach((certification, required) -> {
            if (!replaced.contains(certification)) {
                required.forEach(p -> graph.add(certification, p));
            }
        });
        return graph;
    }

    private static String key(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }
}
