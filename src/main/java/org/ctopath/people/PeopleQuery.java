package org.ctopath.people;

import java.io.Serializable;
import java.util.Map;
import org.ctopath.identity.Role;

/**
 * Which people the list shows: text found in the name, username or email; a team and every team
 * inside it; a role; active or deactivated people. Null fields do not filter.
 */
public record PeopleQuery(String text, Long teamId, Role role, Boolean active) implements Serializable {

    /** The list's sortable columns and what each sorts by. */
    static final Map<String, String> SORTS = Map.of(
            "name", "a.displayName",
            "username", "a.username",
            "email", "a.email",
            "team", "t.name",
            "active", "a.active");

    public static PeopleQuery everyone() {
        return new PeopleQuery(null, null, null, null);
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
