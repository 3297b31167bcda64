package org.ctopath.identity;

/** What a person may do. One account may hold several roles. */
public enum Role {
    LEARNER("Learner", "/learner/home"),
    MENTOR("Mentor", "/mentor/home"),
    ADMIN("L&D administrator", "/admin/home");

    private final String label;
    private final String home;

    Role(String label, String home) {
        this.label = label;
        this.home = home;
    }

    public String label() {
        return label;
    }

    /** The view a person with this role lands on after sign-in. */
    public String home() {
        return home;
    }
}
