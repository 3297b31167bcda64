package org.ctopath.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.ctopath.competency.RoleProfile;
import org.ctopath.identity.ActiveUser;
import org.ctopath.identity.Role;
import org.ctopath.identity.Teams;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.Messages;
import org.ctopath.platform.Option;
import org.ctopath.platform.Pages;
import org.ctopath.platform.UtcTime;

/**
 * {@code /admin/people/person?id=...}: one person's account, team, roles, target profile, mentor and
 * password, deactivation and reactivation, and read only their plan, certifications and gaps (the
 * reports link here). Without an id it creates a person.
 */
@Named
@ViewScoped
public class EditPerson implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "person";

    @Inject
    People people;

    @Inject
    Teams teams;

    @Inject
    ActiveUser user;

    private String id;
    private PersonData person;
    private PersonOverview overview;
    private List<Option> teamOptions;
    private List<Option> profileOptions;
    private List<Option> mentorOptions;

    public void load() {
        Long personId = null;
        if (id == null || id.isBlank()) {
            person = new PersonData();
            person.setProfileCode(RoleProfile.CTO);
        } else {
            personId = parse(id);
            person = personId == null ? null : people.person(personId).orElse(null);
            if (person == null) {
                Pages.notFound("No such person");
                return;
            }
            overview = people.overview(personId);
        }
        Long self = personId;
        teamOptions = TeamOptions.of(teams);
        profileOptions = people.profiles().stream().map(p -> new Option(p.getCode(), p.getName() + " (" + p.getCode() + ")")).toList();
        mentorOptions = people.mentors().stream().filter(m -> !m.getId().equals(self))
                .map(m -> new Option(String.valueOf(m.getId()), m.getDisplayName() + " (" + m.getUsername() + ")")).toList();
    }

    public String save() {
        boolean creating = person.isCreating();
        try {
            long saved = people.save(person, user.getUsername());
            Messages.flashInfo(creating ? "Created " + person.getDisplayName().strip() + "."
                    + (person.getNewPassword() == null || person.getNewPassword().isEmpty()
                    ? " They cannot sign in until a password is set here." : "")
                    : "Saved " + person.getDisplayName().strip() + ".");
            return page(saved);
        } catch (InvalidInput refused) {
            Messages.show(refused, FORM);
            return null;
        }
    }

    public String deactivate() {
        return setActive(false);
    }

    public String reactivate() {
        return setActive(true);
    }

    private String setActive(boolean active) {
        try {
            people.setActive(person.getId(), person.getVersion(), active, user.getUsername());
        } catch (InvalidInput refused) {
            Messages.show(refused, FORM);
            return null;
        }
        Messages.flashInfo(active ? person.getDisplayName() + " is active again and may sign in."
                : person.getDisplayName() + " is deactivated: they cannot sign in, and everything they did is kept.");
        return page(person.getId());
    }

    private static Long parse(String id) {
        try {
            return Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String page(long id) {
        return "/admin/people/person?faces-redirect=true&id=" + id;
    }

    /** Whether the signed-in administrator is looking at themselves. */
    public boolean isSelf() {
        return person != null && person.getUsername() != null && person.getUsername().equals(user.getUsername());
    }

    public String getCreated() {
        return person.getCreatedAt() == null ? null : UtcTime.day(person.getCreatedAt());
    }

    public List<Role> getRoleChoices() {
        return Arrays.asList(Role.values());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PersonData getPerson() {
        return person;
    }

    public PersonOverview getOverview() {
        return overview;
    }

    public List<Option> getTeamOptions() {
        return teamOptions;
    }

    public List<Option> getProfileOptions() {
        return profileOptions;
    }

    public List<Option> getMentorOptions() {
        return mentorOptions;
    }
}
