package org.ctopath.people;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ctopath.identity.Team;
import org.ctopath.identity.Teams;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.Messages;
import org.ctopath.platform.Option;

/**
 * {@code /admin/people/teams}: the nested teams with their people, directly and with every team
 * inside; add a team under another, rename one, move one with everything inside it, delete an empty one.
 */
@Named
@ViewScoped
public class ManageTeams implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "teams";

    /** A team as the table shows it, with what the row's form holds. */
    public static final class TeamRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final long version;
        private final String name;
        private final int depth;
        private final long direct;
        private final long total;
        private final Long parentId;
        private String newName;
        private Long newParentId;

        TeamRow(Teams.Counted counted) {
            Team team = counted.team();
            this.id = team.getId();
            this.version = team.getVersion();
            this.name = team.getName();
            this.depth = team.getDepth();
            this.direct = counted.direct();
            this.total = counted.total();
            this.parentId = team.getParent() == null ? null : team.getParent().getId();
            this.newName = name;
            this.newParentId = parentId;
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public int getDepth() {
            return depth;
        }

        /** Indentation for the name, in rem. */
        public String getIndent() {
            return (depth * 1.5) + "rem";
        }

        public long getDirect() {
            return direct;
        }

        public long getTotal() {
            return total;
        }

        public String getNewName() {
            return newName;
        }

        public void setNewName(String newName) {
            this.newName = newName;
        }

        public Long getNewParentId() {
            return newParentId;
        }

        public void setNewParentId(Long newParentId) {
            this.newParentId = newParentId;
        }
    }

    @Inject
    Teams teams;

    private List<TeamRow> rows = new ArrayList<>();
    private List<Option> teamOptions = List.of();
    private String name;
    private Long parentId;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        List<Teams.Counted> counted = teams.counted();
        rows = new ArrayList<>(counted.stream().map(TeamRow::new).toList());
        teamOptions = TeamOptions.of(counted.stream().map(Teams.Counted::team).toList());
    }

    public void add() {
        try {
            Team team = teams.add(name, parentId);
            Messages.info("Added the team " + team.getName() + ".");
            name = null;
            parentId = null;
            load();
        } catch (InvalidInput refused) {
            Messages.show(refused, FORM);
        }
    }

    public void rename(TeamRow row) {
        attempt(row, () -> teams.rename(row.id, row.newName, row.version), "Renamed " + row.name + " to " + strip(row.newName) + ".");
    }

    public void move(TeamRow row) {
        attempt(row, () -> teams.move(row.id, row.newParentId, row.version), "Moved " + row.name + " with every team inside it.");
    }

    public void delete(TeamRow row) {
        attempt(row, () -> teams.delete(row.id, row.version), "Deleted the team " + row.name + ".");
    }

    private void attempt(TeamRow row, Runnable action, String done) {
        try {
            action.run();
            Messages.info(done);
            load();
        } catch (InvalidInput refused) {
            // a row's fields are its rename box and its move menu
            InvalidInput inRow = new InvalidInput(refused.getProblems().stream().map(p -> new InvalidInput.Problem(
                    p.field() == null ? null : "name".equals(p.field()) ? "newName" : "newParentId", p.message())).toList());
            Messages.show(inRow.within("rows:" + rows.indexOf(row) + ":"), FORM);
            if (refused.getProblems().stream().anyMatch(p -> p.field() == null)) {
                load(); // someone else's change or a refusal of the whole team: show the teams as they are now
            }
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    public List<TeamRow> getRows() {
        return rows;
    }

    public List<Option> getTeamOptions() {
        return teamOptions;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }
}
