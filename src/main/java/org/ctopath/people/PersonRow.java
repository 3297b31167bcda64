package org.ctopath.people;

import java.io.Serializable;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctopath.identity.Role;

/** A person as the people list shows them. A class with getters: Jakarta EL 5 does not read record components. */
public final class PersonRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String username;
    private final String email;
    private final String team;
    private final String roles;
    private final String mentor;
    private final boolean active;

    PersonRow(long id, String name, String username, String email, String team, Set<Role> roles, String mentor, boolean active) {
        this.id = id;
        this.name = name;
        this.username = username;
        this.email = email;
        this.team = team;
        this.roles = roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
        this.mentor = mentor;
        this.active = active;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getTeam() {
        return team;
    }

    public String getRoles() {
        return roles;
    }

    public String getMentor() {
        return mentor;
    }

    public boolean isActive() {
        return active;
    }
}
