package org.ctopath.identity;

/**
 * Who mentors whom, as {@link Caller} asks it: identity sits below mentoring, which answers this
 * (mentoring.MentorRelations), so that the checks of every service can ask without knowing mentoring.
 */
public interface Mentorships {

    /** Whether the person is, right now, the mentor of the learner. */
    boolean isMentorOf(String mentorUsername, long learnerId);
}
