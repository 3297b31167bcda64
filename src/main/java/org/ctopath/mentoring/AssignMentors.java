package org.ctopath.mentoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ctopath.identity.ActiveUser;
import org.ctopath.identity.Teams;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.Messages;
import org.ctopath.platform.Option;
import org.ctopath.platform.UtcTime;

/**
 * {@code /admin/mentors}: who mentors whom. An administrator picks learners (or a whole team) and a
 * mentor, and assigns; a learner's previous mentor relation ends and is kept.
 */
@Named
@ViewScoped
public class AssignMentors implements Serializable {

    private static final long serialVersionUID = 1L;


    /** A learner as the table lists them. */
    public static class LearnerRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String name;
        private final String username;
        private final String team;
        private final String mentor;
        private final String since;

        LearnerRow(long id, String name, String username, String team, String mentor, String since) {
            this.id = id;
            this.name = name;
            this.username = username;
            this.team = team;
            this.mentor = mentor;
            this.since = since;
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

        public String getTeam() {
            return team;
        }

        public String getMentor() {
            return mentor;
        }

        public String getSince() {
            return since;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof LearnerRow row && row.id == id;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(id);
        }
    }

    @Inject
    MentorRelations relations;

    @Inject
    ActiveUser user;

    private List<LearnerRow> learners = new ArrayList<>();
    private List<LearnerRow> selected = new ArrayList<>();
    private List<Option> mentors = List.of();
    private List<Option> teams = List.of();
    private Long mentorId;
    private Long team;

    @Inject
    Teams teamList;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        learners = new ArrayList<>(relations.learners().stream().map(l -> new LearnerRow(l.learner().getId(), l.learner().getDisplayName(),
                l.learner().getUsername(), l.learner().getTeamName(),
                l.relation() == null ? null : l.relation().getMentor().getDisplayName(),
                l.relation() == null ? null : UtcTime.day(l.relation().getStartedAt()))).toList());
        mentors = relations.mentors().stream().map(m -> new Option(String.valueOf(m.getId()), m.getDisplayName())).toList();
        teams = teamList.all().stream().map(t -> new Option(String.valueOf(t.getId()), "\u00a0\u00a0".repeat(t.getDepth()) + t.getName())).toList();
        selected = new ArrayList<>();
    }

    /** Assigns the mentor to the chosen learners, or to the chosen team when no learner is ticked. */
    public void assign() {
        try {
            if (mentorId == null) {
                throw InvalidInput.of("mentor", "Choose a mentor.");
            }
            List<Long> ids = !selected.isEmpty() ? selected.stream().map(LearnerRow::getId).toList()
                    : teamList.find(team).map(relations::team).orElse(List.of());
            if (ids.isEmpty()) {
                throw InvalidInput.of("learners", "Tick learners in the table, or choose a team.");
            }
            MentorRelations.Outcome outcome = relations.assign(user.getUsername(), mentorId, ids);
            String mentor = mentors.stream().filter(o -> o.getValue().equals(String.valueOf(mentorId))).map(Option::getLabel).findFirst().orElse("");
            Messages.info(mentor + " now mentors " + outcome.assigned() + (outcome.assigned() == 1 ? " learner" : " learners")
                    + (outcome.unchanged() == 0 ? "." : "; " + outcome.unchanged() + " had this mentor already."));
            team = null;
            load();
        } catch (InvalidInput e) {
            Messages.show(e, "assign");
        }
    }

    /** Ends a learner's current relation: they have no mentor until one is assigned. */
    public void end(LearnerRow row) {
        if (relations.end(user.getUsername(), row.getId())) {
            Messages.info(row.getName() + " has no mentor now; the past relation is kept.");
        }
        load();
    }

    public List<LearnerRow> getLearners() {
        return learners;
    }

    public List<LearnerRow> getSelected() {
        return selected;
    }

    public void setSelected(List<LearnerRow> selected) {
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
}
