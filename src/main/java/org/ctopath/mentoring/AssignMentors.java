package org.ctopath.mentoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ctopath.identity.ActiveUser;
import org.ctopath.identity.Role;
import org.ctopath.identity.Teams;
import org.ctopath.people.People;
import org.ctopath.people.PeoplePages;
import org.ctopath.people.PeopleQuery;
import org.ctopath.people.PersonRow;
import org.ctopath.people.TeamOptions;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.Messages;
import org.ctopath.platform.Option;
import org.primefaces.model.LazyDataModel;

/**
 * {@code /admin/mentors}: who mentors whom. An administrator picks learners (or a whole team) and a
 * mentor, and assigns; a learner's previous mentor relation ends and is kept. The learners are paged,
 * searched and sorted in the database, so the page serves an organisation of any size.
 */
@Named
@ViewScoped
public class AssignMentors implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MentorRelations relations;

    @Inject
    People people;

    @Inject
    Teams teamList;

    @Inject
    ActiveUser user;

    private final Learners learners = new Learners();
    private List<PersonRow> selected = new ArrayList<>();
    private List<Option> mentors = List.of();
    private List<Option> teams = List.of();
    private Long mentorId;
    private Long team;
    private String text;

    @PostConstruct
    void init() {
        mentors = relations.mentors().stream().map(m -> new Option(String.valueOf(m.getId()), m.getDisplayName())).toList();
        teams = TeamOptions.of(teamList);
    }

    /** Active learners matching the search, a page at a time. */
    private final class Learners extends PeoplePages {

        private static final long serialVersionUID = 1L;

        @Override
        protected People people() {
            return people;
        }

        @Override
        protected PeopleQuery query() {
            return new PeopleQuery(text, null, Role.LEARNER, Boolean.TRUE);
        }
    }

    /** Assigns the mentor to the ticked learners, or to the chosen team when no learner is ticked. */
    public void assign() {
        try {
            if (mentorId == null) {
                throw InvalidInput.of("mentor", "Choose a mentor.");
            }
            List<Long> ids = !selected.isEmpty() ? selected.stream().map(PersonRow::getId).toList()
                    : teamList.find(team).map(relations::team).orElse(List.of());
            if (ids.isEmpty()) {
                throw InvalidInput.of("learners", "Tick learners in the table, or choose a team.");
            }
            MentorRelations.Outcome outcome = relations.assign(user.getUsername(), mentorId, ids);
            String mentor = mentors.stream().filter(o -> o.getValue().equals(String.valueOf(mentorId))).map(Option::getLabel).findFirst().orElse("");
            Messages.info(mentor + " now mentors " + outcome.assigned() + (outcome.assigned() == 1 ? " learner" : " learners")
                    + (outcome.unchanged() == 0 ? "." : "; " + outcome.unchanged() + " had this mentor already."));
            team = null;
            selected = new ArrayList<>();
        } catch (InvalidInput e) {
            Messages.show(e, "assign");
        }
    }

    /** Ends a learner's current relation: they have no mentor until one is assigned. */
    public void end(PersonRow row) {
        if (relations.end(user.getUsername(), row.getId())) {
            Messages.info(row.getName() + " has no mentor now; the past relation is kept.");
        }
        selected = new ArrayList<>();
    }

    public LazyDataModel<PersonRow> getLearners() {
        return learners;
    }

    public List<PersonRow> getSelected() {
        return selected;
    }

    public void setSelected(List<PersonRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public List<Option> getMentors() {
        return mentors;
    }

    public List<Option> getTeams() {
        return teams;
    }

    public Long getMentorId() {
        return mentorId;
    }

    public void setMentorId(Long mentorId) {
        this.mentorId = mentorId;
    }

    public Long getTeam() {
        return team;
    }

    public void setTeam(Long team) {
        this.team = team;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
