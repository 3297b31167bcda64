package org.ctopath.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The level a role profile expects in one skill. */
@Entity
@Table(name = "role_profile_skill")
public class SkillTarget {

    @Id
    @SequenceGenerator(name = "role_profile_skill_seq", sequenceName = "competency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_profile_skill_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "role_profile_id")
    private RoleProfile profile;

    @ManyToOne(optional = false)
    @JoinColumn(name = "skill_id")
    private Skill skill;

    @ManyToOne(optional = false)
    @JoinColumn(name = "target_level_id")
    private ProficiencyLevel targetLevel;

    @Column(nullable = false)
    private int position;

    protected SkillTarget() {
        // for JPA
    }

    SkillTarget(RoleProfile profile, Skill skill, ProficiencyLevel targetLevel, int position) {
        this.profile = profile;
        this.skill = skill;
        this.targetLevel = targetLevel;
        this.position = position;
    }

    void retarget(ProficiencyLevel targetLevel, int position) {
        this.targetLevel = targetLevel;
        this.position = position;
    }

    public Skill getSkill() {
        return skill;
    }

    public ProficiencyLevel getTargetLevel() {
        return targetLevel;
    }

    public int getPosition() {
        return position;
    }
}
