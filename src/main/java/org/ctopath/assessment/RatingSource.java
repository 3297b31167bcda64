package org.ctopath.assessment;

/** Who gave a rating: the learner about themselves, or their mentor confirming or adjusting it. */
public enum RatingSource {
    SELF, MENTOR
}
