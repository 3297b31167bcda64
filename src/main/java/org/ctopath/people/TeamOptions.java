package org.ctopath.people;

import java.util.List;
import org.ctopath.identity.Team;
import org.ctopath.identity.Teams;
import org.ctopath.platform.Option;

/** The nested teams as a menu: each after its parent, indented by how deep it sits. */
public final class TeamOptions {

    private TeamOptions() {
    }

    public static List<Option> of(Teams teams) {
        return of(teams.inTreeOrder());
    }

    static List<Option> of(List<Team> treeOrder) {
        return treeOrder.stream().map(t -> new Option(String.valueOf(t.getId()), indented(t))).toList();
    }

    static String indented(Team team) {
        return "\u00a0\u00a0\u00a0".repeat(team.getDepth()) + team.getName();
    }
}
