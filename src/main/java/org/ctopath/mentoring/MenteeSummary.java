package org.ctopath.mentoring;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One mentee as the mentor's home page lists them. */
public class MenteeSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long learnerId;
    private final String name;
    private final String team;
    private final String planTitle;
    private final Integer percentDone;
    private final String planState;
    private final String largestGaps;
    private final int largestGap;
    private final long overdue;
    private final String nextDue;
    private final LocalDate nextDueDate;
    private final Instant lastActivity;

    MenteeSummary(long learnerId, String name, String team, String planTitle, Integer percentDone, String planState,
                  String largestGaps, int largestGap, long overdue, String nextDue, LocalDate nextDueDate, Instant lastActivity) {
        this.learnerId = learnerId;
        this.name = name;
        this.team = team;
        this.planTitle = planTitle;
        this.percentDone = percentDone;
        this.planState = planState;
        this.largestGaps = largestGaps;
        this.largestGap = largestGap;
        this.overdue = overdue;
        this.nextDue = nextDue;
        this.nextDueDate = nextDueDate;
        this.lastActivity = lastActivity;
    }

    public long getLearnerId() {
        return learnerId;
    }

    public String getName() {
        return name;
    }

    public String getTeam() {
        return team;
    }

    public String getPlanTitle() {
        return planTitle;
    }

    /** Null without a current plan. */
    public Integer getPercentDone() {
        return percentDone;
    }

    public String getPlanState() {
        return planState;
    }

    /** "Architecture Design 3 · IT Governance 2". */
    public String getLargestGaps() {
        return largestGaps;
    }

    public int getLargestGap() {
        return largestGap;
    }

    public long getOverdue() {
        return overdue;
    }

    public String getNextDue() {
        return nextDue;
    }

    public LocalDate getNextDueDate() {
        return nextDueDate;
    }

    /** The last rating, item progress or plan made; null when the mentee has done nothing yet. */
    public Instant getLastActivity() {
        return lastActivity;
    }
}
