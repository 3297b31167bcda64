package org.ctopath.catalogue;

/** What kind of learning a resource is. */
public enum ResourceKind {
    COURSE("Course"),
    BOOK("Book"),
    ARTICLE("Article"),
    VIDEO("Video"),
    WORKSHOP("Workshop"),
    PROJECT("Project or stretch assignment"),
    MENTORING("Mentoring session"),
    CERTIFICATION("Certification");

    private final String label;

    ResourceKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
