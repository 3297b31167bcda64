package org.ctopath.certification;

/** Where a person's certificates of a scheme stand against the scheme's renew-by date. */
public enum RenewalStatus {
    CURRENT("Current"), RENEWAL_DUE("Renewal due within 90 days"), NOT_ALIGNED("Not aligned with current requirements");

    private final String label;

    RenewalStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
