package org.ctopath.assessment;

import java.math.BigDecimal;
import java.util.List;

/** A resource that closes part of a gap, and why it is offered. */
public final class Recommendation {

    private final String resourceCode;
    private final String title;
    private final String kind;
    private final BigDecimal effortHours;
    private final int coveredFrom;
    private final int coveredTo;
    private final String reason;
    private final List<String> missingPrerequisites;

    public Recommendation(String resourceCode, String title, String kind, BigDecimal effortHours, int coveredFrom, int coveredTo,
                          String reason, List<String> missingPrerequisites) {
        this.resourceCode = resourceCode;
        this.title = title;
        this.kind = kind;
        this.effortHours = effortHours;
        this.coveredFrom = coveredFrom;
        this.coveredTo = coveredTo;
        this.reason = reason;
        this.missingPrerequisites = List.copyOf(missingPrerequisites);
    }

    public String getResourceCode() {
        return resourceCode;
    }

    public String getTitle() {
        return title;
    }

    public String getKind() {
        return kind;
    }

    public BigDecimal getEffortHours() {
        return effortHours;
    }

    public int getLevelsCovered() {
        return coveredTo - coveredFrom;
    }

    public String getReason() {
        return reason;
    }

    public List<String> getMissingPrerequisites() {
        return missingPrerequisites;
    }
}
