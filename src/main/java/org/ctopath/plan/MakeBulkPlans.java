package org.ctopath.plan;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ctopath.identity.Teams;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.Messages;
import org.ctopath.platform.Option;

/** {@code /admin/bulk-plans}: a plan from their gaps for every learner (of a team) who has none. */
@Named
@RequestScoped
public class MakeBulkPlans {

    @Inject
    BulkPlans bulkPlans;

    @Inject
    Teams teamList;

    private List<Option> teams = List.of();
    private Long team;
    private LocalDate start;
    private BigDecimal weeklyHours = new BigDecimal("4");

    @PostConstruct
    void init() {
        start = bulkPlans.today();
        teams = teamList.all().stream().map(t -> new Option(String.valueOf(t.getId()), "\u00a0\u00a0".repeat(t.getDepth()) + t.getName())).toList();
    }

    public void make() {
        try {
            Messages.info(bulkPlans.createForGaps(team, start, weeklyHours).describe());
        } catch (InvalidInput e) {
            Messages.show(e, "bulk");
        }
    }

    public List<Option> getTeams() {
        return teams;
    }

    public Long getTeam() {
        return team;
    }

    public void setTeam(Long team) {
        this.team = team;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public BigDecimal getWeeklyHours() {
        return weeklyHours;
    }

    public void setWeeklyHours(BigDecimal weeklyHours) {
        this.weeklyHours = weeklyHours;
    }
}
