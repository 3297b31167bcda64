package org.ctopath.badges;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a credential says was achieved, as the Open Badges 3.0 {@code Achievement}: an id (a URL
 * below the application), a name, a description, the criteria as a narrative and the achievement
 * type of the OB 3.0 vocabulary ({@code Certificate} for a certification, {@code LearningProgram}
 * for a plan).
 */
public record Achievement(String id, String name, String description, String criteria, String achievementType) {

    public Achievement {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(criteria);
        Objects.requireNonNull(achievementType);
        description = description == null || description.isBlank() ? name : description;
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("type", List.of("Achievement"));
        json.put("achievementType", achievementType);
        json.put("name", name);
        json.put("description", description);
        json.put("criteria", Map.of("narrative", criteria));
        return json;
    }
}
