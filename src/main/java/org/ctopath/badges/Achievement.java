package org.ctopath.badges;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a credential says was achieved, as the Open Badges 3.0 {@code Achievement}: an id (a public
 * URL below the application that answers with this achievement), a name, a description, the
 * criteria as a narrative, the achievement type of the OB 3.0 vocabulary ({@code Certificate} for a
 * certification, {@code LearningProgram} for a plan) and its alignment to the skills it evidences,
 * each a CASE CFItem of the framework.
 */
public record Achievement(String id, String name, String description, String criteria, String achievementType, List<Alignment> alignments) {

    /** A skill the achievement evidences, as the CASE item the framework publishes for it. */
    public record Alignment(String targetUrl, String targetName, String targetCode) {

        public Alignment {
            Objects.requireNonNull(targetUrl);
            Objects.requireNonNull(targetName);
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("type", List.of("Alignment"));
            json.put("targetType", "CFItem");
            json.put("targetName", targetName);
            json.put("targetUrl", targetUrl);
            if (targetCode != null) {
                json.put("targetCode", targetCode);
            }
            return json;
        }
    }

    public Achievement {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(criteria);
        Objects.requireNonNull(achievementType);
        description = description == null || description.isBlank() ? name : description;
        alignments = alignments == null ? List.of() : List.copyOf(alignments);
    }

    public Achievement(String id, String name, String description, String criteria, String achievementType) {
        this(id, name, description, criteria, achievementType, List.of());
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("type", List.of("Achievement"));
        json.put("achievementType", achievementType);
        json.put("name", name);
        json.put("description", description);
        json.put("criteria", Map.of("narrative", criteria));
        if (!alignments.isEmpty()) {
            json.put("alignment", alignments.stream().map(Alignment::json).toList());
        }
        return json;
    }
}
