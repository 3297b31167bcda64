package org.ctopath.assessment;

/** How far a person is from the target level in one skill. Negative: above the target. */
public final class SkillGap {

    private final String skillCode;
    private final String skillName;
    private final int target;
    private final int current;
    private final RatingSource currentFrom;

    public SkillGap(String skillCode, String skillName, int target, int current, RatingSource currentFrom) {
        this.skillCode = skillCode;
        this.skillName = skillName;
        this.target = target;
        this.current = current;
        this.currentFrom = currentFrom;
    }

    public String getSkillCode() {
        return skillCode;
    }

    public String getSkillName() {
        return skillName;
    }

    public int getTarget() {
        return target;
    }

    public int getCurrent() {
        return current;
    }

    /** Where the current level comes from; null when the skill has not been rated. */
    public RatingSource getCurrentFrom() {
        return currentFrom;
    }

    public int getGap() {
        return target - current;
    }

    public boolean isOpen() {
        return getGap() > 0;
    }

    @Override
    public String toString() {
        return skillCode + " " + current + "/" + target;
    }
}
