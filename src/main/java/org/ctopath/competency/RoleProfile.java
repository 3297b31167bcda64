package org.ctopath.competency;

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
import java.util.ArrayList;
import java.util.List;

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

    @OneToMany(mappedBy = "profile")
    @OrderBy("position")
    private List<SkillTarget> targets = new ArrayList<>();

    protected RoleProfile() {
        // for JPA
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
