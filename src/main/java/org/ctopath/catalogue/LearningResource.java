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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
    public static final int PROVIDER_MAXLENGTH = 200;
    public static final int URL_MAXLENGTH = 1000;
    public static final int LANGUAGE_MAXLENGTH = 8;
    public static final int DESCRIPTION_MAXLENGTH = 4000;

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
    @Column(nullable = false, length = PROVIDER_MAXLENGTH)
    private String provider;

    @Column(length = URL_MAXLENGTH)
    private String url;

    @Column(nullable = false, length = LANGUAGE_MAXLENGTH)
    private String language = "en";

    @Column(name = "effort_hours", nullable = false, precision = 7, scale = 1)
    private BigDecimal effortHours;

    @Column(name = "cost_amount", precision = 10, scale = 2)
    private BigDecimal costAmount;

    @Column(name = "cost_currency", length = 3)
    private String costCurrency;

    @Column(length = DESCRIPTION_MAXLENGTH)
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

    public LearningResource(String code, ResourceKind kind, String title, String provider, BigDecimal effortHours) {
        this.code = requireText(code, "code");
        this.kind = Objects.requireNonNull(kind, "kind");
        setTitle(title);
        setProvider(provider);
        setEffortHours(effortHours);
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

    /** Counts every saved change; an edit started from an older version is refused. */
    public long getVersion() {
        return version;
    }

    /** A certification stays one, and nothing else becomes one: its exam facts and prerequisites live apart. */
    public void setKind(ResourceKind kind) {
        Objects.requireNonNull(kind, "kind");
        if ((kind == ResourceKind.CERTIFICATION) != isCertification()) {
            throw new IllegalArgumentException("A resource cannot become or stop being a certification");
        }
        this.kind = kind;
    }

    public void setTitle(String title) {
        this.title = requireText(title, "title");
    }

    public void setProvider(String provider) {
        this.provider = requireText(provider, "provider");
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public void setLanguage(String language) {
        this.language = requireText(language, "language");
    }

    public void setEffortHours(BigDecimal effortHours) {
        if (Objects.requireNonNull(effortHours, "effortHours").signum() < 0) {
            throw new IllegalArgumentException("Effort cannot be negative");
        }
        this.effortHours = effortHours;
    }

    /** No amount: cost not known. */
    public void setCost(BigDecimal amount, String currency) {
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException("Cost cannot be negative");
        }
        this.costAmount = amount;
        this.costCurrency = currency;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** Replaces the skills the resource builds; a skill appears at most once. */
    public void setSkills(List<SkillRange> skills) {
        Set<Long> seen = new HashSet<>();
        for (SkillRange range : skills) {
            if (!seen.add(range.getSkill().getId())) {
                throw new IllegalArgumentException("Skill " + range.getSkill().getCode() + " is listed twice");
            }
        }
        this.skills.clear();
        this.skills.addAll(skills);
    }

    /** No longer offered in the catalogue; its page, history and references stay. */
    public void archive() {
        archived = true;
    }

    public void restore() {
        archived = false;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
