package org.ctopath.catalogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Something a person learns from: a course, book, article, video, workshop, project, mentoring
 * session or certification, and the skills it builds. Archived resources keep their history but
 * are no longer offered.
 */
@Entity
@Table(name = "learning_resource")
@NamedQuery(name = LearningResource.BY_CODE, query = "select r from LearningResource r where r.code = :code")
public class LearningResource {

    public static final String BY_CODE = "LearningResource.byCode";
    public static final int CODE_MAXLENGTH = 32;
    public static final int TITLE_MAXLENGTH = 300;

    @Id
    @SequenceGenerator(name = "learning_resource_seq", sequenceName = "catalogue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_resource_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = CODE_MAXLENGTH)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ResourceKind kind;

    @Column(nullable = false, length = TITLE_MAXLENGTH)
    private String title;

    /** The provider, publisher or author(s). */
    @Column(nullable = false, length = 200)
    private String provider;

    @Column(length = 1000)
    private String url;

    @Column(nullable = false, length = 8)
    private String language = "en";

    @Column(name = "effort_hours", nullable = false, precision = 7, scale = 1)
    private BigDecimal effortHours;

    @Column(name = "cost_amount", precision = 10, scale = 2)
    private BigDecimal costAmount;

    @Column(name = "cost_currency", length = 3)
    private String costCurrency;

    @Column(length = 4000)
    private String description;

    @Column(nullable = false)
    private boolean archived;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "resource_skill", joinColumns = @JoinColumn(name = "resource_id"))
    private List<SkillRange> skills = new ArrayList<>();

    protected LearningResource() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getProvider() {
        return provider;
    }

    public String getUrl() {
        return url;
    }

    public String getLanguage() {
        return language;
    }

    public BigDecimal getEffortHours() {
        return effortHours;
    }

    public BigDecimal getCostAmount() {
        return costAmount;
    }

    public String getCostCurrency() {
        return costCurrency;
    }

    /** No cost recorded is not the same as free: free is a cost of zero. */
    public boolean isFree() {
        return costAmount != null && costAmount.signum() == 0;
    }

    public String getDescription() {
        return description;
    }

    public boolean isArchived() {
        return archived;
    }

    public boolean isCertification() {
        return kind == ResourceKind.CERTIFICATION;
    }

    public List<SkillRange> getSkills() {
        return List.copyOf(skills);
    }
}
