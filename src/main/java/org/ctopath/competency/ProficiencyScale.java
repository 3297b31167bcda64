package org.ctopath.competency;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An ordered list of named, described proficiency levels (e-CF e-1 to e-5 ships). */
@Entity
@Table(name = "proficiency_scale")
public class ProficiencyScale {

    @Id
    @SequenceGenerator(name = "proficiency_scale_seq", sequenceName = "competency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proficiency_scale_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 4000)
    private String description;

    /** Ordinal of the level from which a person counts as proficient. */
    @Column(name = "threshold_ordinal")
    private Integer thresholdOrdinal;

    @Column(nullable = false)
    private boolean archived;

    @jakarta.persistence.Version
    private long version;

    @OneToMany(mappedBy = "scale", cascade = CascadeType.PERSIST)
    @OrderBy("ordinal")
    private List<ProficiencyLevel> levels = new ArrayList<>();

    protected ProficiencyScale() {
        // for JPA
    }

    public ProficiencyScale(String code, String name, String description, Integer thresholdOrdinal) {
        this.code = java.util.Objects.requireNonNull(code, "code");
        this.name = java.util.Objects.requireNonNull(name, "name");
        this.description = description;
        this.thresholdOrdinal = thresholdOrdinal;
    }

    public void describe(String name, String description, Integer thresholdOrdinal) {
        this.name = java.util.Objects.requireNonNull(name, "name");
        this.description = description;
        this.thresholdOrdinal = thresholdOrdinal;
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

    /** Adds the next level up; ordinals run 1, 2, 3 ... in the order levels are added. */
    public ProficiencyLevel addLevel(String code, String name, String description) {
        ProficiencyLevel level = new ProficiencyLevel(this, levels.size() + 1, code, name, description);
        levels.add(level);
        return level;
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

    public Integer getThresholdOrdinal() {
        return thresholdOrdinal;
    }

    /** The highest ordinal of the scale, 0 for a scale without levels. */
    public int getMaxOrdinal() {
        return levels.stream().mapToInt(ProficiencyLevel::getOrdinal).max().orElse(0);
    }

    /** How a level reads on a page: "e-3 Senior Professional"; 0 reads "Not yet at e-1". */
    public String label(int ordinal) {
        if (ordinal == 0) {
            return levels.isEmpty() ? "Not yet at the first level" : "Not yet at " + levels.get(0).getCode();
        }
        return level(ordinal).map(l -> l.getCode() + " " + l.getName()).orElse("Level " + ordinal);
    }

    public Optional<ProficiencyLevel> level(int ordinal) {
        return levels.stream().filter(l -> l.getOrdinal() == ordinal).findFirst();
    }

    public List<ProficiencyLevel> getLevels() {
        return List.copyOf(levels);
    }
}
