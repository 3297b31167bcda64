package org.ctopath.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import java.util.ArrayList;
import java.util.List;

/** A competency framework: skill groups holding skills, rated on one proficiency scale. */
@Entity
@NamedQuery(name = Framework.BY_CODE, query = "select f from Framework f where f.code = :code")
public class Framework {

    public static final String BY_CODE = "Framework.byCode";
    /** The framework that ships: the CTO development framework. */
    public static final String CTO_PATH = "CTO-PATH";

    @Id
    @SequenceGenerator(name = "framework_seq", sequenceName = "competency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "framework_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 4000)
    private String description;

    @ManyToOne(optional = false)
    @JoinColumn(name = "scale_id")
    private ProficiencyScale scale;

    @Column(nullable = false)
    private boolean archived;

    @OneToMany(mappedBy = "framework")
    @OrderBy("position")
    private List<SkillGroup> groups = new ArrayList<>();

    protected Framework() {
        // for JPA
    }

    public Framework(String code, String name, ProficiencyScale scale) {
        this.code = java.util.Objects.requireNonNull(code, "code");
        this.name = java.util.Objects.requireNonNull(name, "name");
        this.scale = java.util.Objects.requireNonNull(scale, "scale");
    }

    public void describe(String name, String description) {
        this.name = java.util.Objects.requireNonNull(name, "name");
        this.description = description;
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

    public ProficiencyScale getScale() {
        return scale;
    }

    public boolean isArchived() {
        return archived;
    }

    public List<SkillGroup> getGroups() {
        return List.copyOf(groups);
    }
}
