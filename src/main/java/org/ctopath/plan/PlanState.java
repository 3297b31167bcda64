package org.ctopath.plan;

/** Where a development plan stands: a draft goes to the mentor for review before it becomes active. */
public enum PlanState {
    DRAFT("Draft"), WAITING_FOR_REVIEW("Waiting for review"), IN_REVIEW("In review"), ACTIVE("Active"),
    COMPLETED("Completed"), ARCHIVED("Archived");

    private final String label;

    PlanState(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
