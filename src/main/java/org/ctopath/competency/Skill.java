package org.ctopath.competency;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A skill of the framework, with the behavioural indicators that show it. */
@Entity
public class Skill {

    @Id
    @SequenceGenerator(name = "skill_seq", sequenceName = "competency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "skill_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 4000)
    private String description;

    /** The group the skill sits in within its framework; none for a skill not yet placed. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private SkillGroup group;

    @Column(nullable = false)
    private int position;

    /** e-CF competence code (EN 16234-1), such as A.5, where the skill is one. */
    @Column(name = "ecf_code", length = 16)
    private String ecfCode;

    /** SFIA skill code, such as ITSP, where the skill matches one. */
    @Column(name = "sfia_code", length = 16)
    private String sfiaCode;

    @Column(nullable = false)
    private boolean archived;

    @Version
    private long version;

    /** "You should be able to ..." statements, in their published order. */
    @ElementCollection
    @CollectionTable(name = "skill_indicator", joinColumns = @JoinColumn(name = "skill_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 1000)
    private List<String> indicators = new ArrayList<>();

    protected Skill() {
        // for JPA
    }

    public Skill(String code, String name, SkillGroup group) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.group = group;
    }

    /** Replaces what describes the skill; its code never changes, other data refers to it. */
    public void describe(String name, String description, String ecfCode, String sfiaCode, List<String> indicators) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = description;
        this.ecfCode = ecfCode;
        this.sfiaCode = sfiaCode;
        this.indicators.clear();
        this.indicators.addAll(indicators);
    }

    public void placeIn(SkillGroup group, int position) {
        this.group = group;
        this.position = position;
    }

    public void archive() {
        archived = true;
    }

    public void restore() {
        archived = false;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public SkillGroup getGroup() {
        return group;
    }

    /** The scale the skill is rated on: its framework's; none for a skill outside any group. */
    public ProficiencyScale getScale() {
        return group == null ? null : group.getFramework().getScale();
    }

    public int getPosition() {
        return position;
    }

    public String getEcfCode() {
        return ecfCode;
    }

    public String getSfiaCode() {
        return sfiaCode;
    }

    public boolean isArchived() {
        return archived;
    }

    public List<String> getIndicators() {
        return List.copyOf(indicators);
    }
}
