package org.ctopath.people;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ctopath.identity.Role;
import org.ctopath.identity.Teams;
import org.ctopath.platform.Option;
import org.primefaces.model.LazyDataModel;

/**
 * {@code /admin/people/index}: everyone, one page at a time from the database, searched by name,
 * username or email and filtered by team (with every team inside it), role and whether active.
 */
@Named
@ViewScoped
public class ListPeople implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    People people;

    @Inject
    Teams teams;

    private String text;
    private Long teamId;
    private Role role;
    private String status = "active";
    private List<Option> teamOptions = List.of();
    private final Pages pages = new Pages();

    @PostConstruct
    void init() {
        teamOptions = TeamOptions.of(teams);
    }

    /** The query as the form stands. */
    PeopleQuery query() {
        Boolean active = switch (status == null ? "" : status) {
            case "active" -> Boolean.TRUE;
            case "deactivated" -> Boolean.FALSE;
            default -> null;
        };
        return new PeopleQuery(text, teamId, role, active);
    }

    /** Pages of people for the lazy table: counted and read by the database, sorted there. */
    private final class Pages extends PeoplePages {

        private static final long serialVersionUID = 1L;

        @Override
        protected People people() {
            return people;
        }

        @Override
        protected PeopleQuery query() {
            return ListPeople.this.query();
        }
    }

    public LazyDataModel<PersonRow> getPeople() {
        return pages;
    }

    public Role[] getRoleChoices() {
        return Role.values();
    }

    public List<Option> getTeamOptions() {
        return teamOptions;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
