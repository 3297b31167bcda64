package org.ctopath.plan;

/** Where a plan item stands. */
public enum ItemStatus {
    NOT_STARTED("Not started"), IN_PROGRESS("In progress"), COMPLETED("Completed"), SKIPPED("Skipped");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** Done with, one way or the other: nothing more is expected of it. */
    public boolean isClosed() {
        return this == COMPLETED || this == SKIPPED;
    }
}
