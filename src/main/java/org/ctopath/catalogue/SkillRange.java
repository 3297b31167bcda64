package org.ctopath.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import org.ctopath.competency.ProficiencyScale;
import org.ctopath.competency.Skill;

/**
 * A skill a resource builds and the levels it takes a person from and to, as ordinals of the
 * skill's scale (0: not yet at the first level).
 */
@Embeddable
public class SkillRange {

    @ManyToOne(optional = false)
    @JoinColumn(name = "skill_id")
    private Skill skill;

    @Column(name = "from_level", nullable = false)
    private int fromLevel;

    @Column(name = "to_level", nullable = false)
    private int toLevel;

    protected SkillRange() {
        // for JPA
    }

    public SkillRange(Skill skill, int fromLevel, int toLevel) {
        this.skill = Objects.requireNonNull(skill, "skill");
        if (fromLevel < 0 || fromLevel >= toLevel) {
            throw new IllegalArgumentException("A resource takes a person from a lower level to a higher one");
        }
        this.fromLevel = fromLevel;
        this.toLevel = toLevel;
    }

    public Skill getSkill() {
        return skill;
    }

    public int getFromLevel() {
        return fromLevel;
    }

    public int getToLevel() {
        return toLevel;
    }

    public String getFromLabel() {
        return label(fromLevel);
    }

    public String getToLabel() {
        return label(toLevel);
    }

    private String label(int ordinal) {
        ProficiencyScale scale = skill.getScale();
        return scale != null ? scale.label(ordinal) : ordinal == 0 ? "Not yet at the first level" : "Level " + ordinal;
    }
}
