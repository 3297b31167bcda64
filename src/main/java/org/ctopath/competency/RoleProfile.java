package org.ctopath.competency;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A role people develop toward (the CTO profile ships): its purpose, its responsibilities and the
 * target level in each of its skills on one proficiency scale.
 */
@Entity
@Table(name = "role_profile")
@NamedQuery(name = RoleProfile.BY_CODE, query = "SELECT p FROM RoleProfile p WHERE p.code = :code")
@NamedQuery(name = RoleProfile.ALL, query = "SELECT p FROM RoleProfile p ORDER BY p.name")
public class RoleProfile {

    public static final String BY_CODE = "RoleProfile.byCode";
    public static final String ALL = "RoleProfile.all";
    public static final String CTO = "CTO";

    @Id
    @SequenceGenerator(name = "role_profile_seq", sequenceName = "competency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_profile_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 1000)
    private String summary;

    @Column(length = 4000)
    private String purpose;

    @ManyToOne(optional = false)
    @JoinColumn(name = "scale_id")
    private ProficiencyScale scale;

    @ElementCollection
    @CollectionTable(name = "role_profile_responsibility", joinColumns = @JoinColumn(name = "role_profile_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 1000)
    private List<String> responsibilities = new ArrayList<>();

    @OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SkillTarget> targets = new ArrayList<>();

    @Column(nullable = false)
    private boolean archived;

    @Version
    private long version;

    protected RoleProfile() {
        // for JPA
    }

    public RoleProfile(String code, String name, ProficiencyScale scale) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.scale = Objects.requireNonNull(scale, "scale");
    }

    public void describe(String name, String summary, String purpose, List<String> responsibilities) {
        this.name = Objects.requireNonNull(name, "name");
        this.summary = summary;
        this.purpose = purpose;
        this.responsibilities.clear();
        this.responsibilities.addAll(responsibilities);
    }

    /**
     * Sets the target level of each skill, in the order given. Targets of skills no longer listed
     * go; those of skills still listed are kept and updated, so nothing that refers to them breaks.
     */
    public void setTargets(List<Map.Entry<Skill, ProficiencyLevel>> wanted) {
        Map<String, SkillTarget> existing = new HashMap<>();
        targets.forEach(t -> existing.put(t.getSkill().getCode(), t));
        List<SkillTarget> next = new ArrayList<>();
        int position = 0;
        for (Map.Entry<Skill, ProficiencyLevel> entry : wanted) {
            if (entry.getValue().getScale() != null && !entry.getValue().getScale().equals(scale)) {
                throw new IllegalArgumentException("A target level must be a level of the profile's scale");
            }
            SkillTarget target = existing.remove(entry.getKey().getCode());
            if (target == null) {
                target = new SkillTarget(this, entry.getKey(), entry.getValue(), position);
            } else {
                target.retarget(entry.getValue(), position);
            }
            next.add(target);
            position++;
        }
        targets.clear();
        targets.addAll(next);
    }

    public boolean isArchived() {
        return archived;
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

    public String getSummary() {
        return summary;
    }

    public String getPurpose() {
        return purpose;
    }

    public ProficiencyScale getScale() {
        return scale;
    }

    public List<String> getResponsibilities() {
        return List.copyOf(responsibilities);
    }

    public List<SkillTarget> getTargets() {
        return List.copyOf(targets);
    }
}
