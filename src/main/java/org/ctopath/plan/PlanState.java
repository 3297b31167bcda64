package org.ctopath.plan;

/** Where a development plan stands. Mentor review (a later step) adds states between draft and active. */
public enum PlanState {
    DRAFT("Draft"), ACTIVE("Active"), COMPLETED("Completed"), ARCHIVED("Archived");

    private final String label;

    PlanState(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
