package org.ctopath.certification;

/** Where CPD points come from; ITIL 4 counts at least 5 a year from experience and at most 15 from education. */
public enum CpdCategory {
    EXPERIENCE("Professional experience"), EDUCATION("Professional education"), OTHER("Other");

    private final String label;

    CpdCategory(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
