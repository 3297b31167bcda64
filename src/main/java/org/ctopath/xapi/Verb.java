package org.ctopath.xapi;

/** The ADL verbs (http://adlnet.gov/expapi/verbs/) that CTO Path's statements use. */
public enum Verb {
    /** A plan item moved on without being completed; the result carries the percentage done. */
    PROGRESSED("progressed"),
    /** A plan item, or a whole plan, was completed. */
    COMPLETED("completed"),
    /** A certification exam was passed. */
    PASSED("passed"),
    /** A certification exam was failed. */
    FAILED("failed"),
    /**
     * A mentor confirmed (or adjusted) the level of a learner's skill. ADL has no verb for "rated
     * by someone else"; {@code scored} says that the statement gives the final value of a score,
     * which the confirmed level is: it is what counts for the learner's gap from then on. The
     * learner is the actor, as for every statement of CTO Path (the statements are the learner's
     * record); the mentor is the context's instructor.
     */
    SCORED("scored");

    public static final String ADL = "http://adlnet.gov/expapi/verbs/";

    private final String word;

    Verb(String word) {
        this.word = word;
    }

    public String iri() {
        return ADL + word;
    }

    public String display() {
        return word;
    }
}
