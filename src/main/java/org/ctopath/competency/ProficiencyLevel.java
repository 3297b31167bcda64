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

/** One step of a proficiency scale; {@code ordinal} orders the steps from 1 up. */
@Entity
@Table(name = "proficiency_level")
public class ProficiencyLevel {

    @Id
    @SequenceGenerator(name = "proficiency_level_seq", sequenceName = "competency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proficiency_level_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scale_id")
    private ProficiencyScale scale;

    @Column(nullable = false)
    private int ordinal;

    @Column(nullable = false, length = 16)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 4000)
    private String description;

    protected ProficiencyLevel() {
        // for JPA
    }

    ProficiencyLevel(ProficiencyScale scale, int ordinal, String code, String name, String description) {
        this.scale = scale;
        this.ordinal = ordinal;
        this.code = java.util.Objects.requireNonNull(code, "code");
        this.name = java.util.Objects.requireNonNull(name, "name");
        this.description = java.util.Objects.requireNonNull(description, "description");
    }

    public void describe(String code, String name, String description) {
        this.code = java.util.Objects.requireNonNull(code, "code");
        this.name = java.util.Objects.requireNonNull(name, "name");
        this.description = java.util.Objects.requireNonNull(description, "description");
    }

    public ProficiencyScale getScale() {
        return scale;
    }

    public Long getId() {
        return id;
    }

    public int getOrdinal() {
        return ordinal;
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
}
