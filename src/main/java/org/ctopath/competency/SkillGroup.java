package org.ctopath.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A group of related skills within a framework, such as "People and culture leadership". */
@Entity
@Table(name = "skill_group")
public class SkillGroup {

    @Id
    @SequenceGenerator(name = "skill_group_seq", sequenceName = "competency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "skill_group_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "framework_id")
    private Framework framework;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 4000)
    private String description;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean archived;

    @Version
    private long version;

    @OneToMany(mappedBy = "group")
    @OrderBy("position")
    private List<Skill> skills = new ArrayList<>();

    protected SkillGroup() {
        // for JPA
    }

    public SkillGroup(Framework framework, String code, String name, int position) {
        this.framework = Objects.requireNonNull(framework, "framework");
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.position = position;
    }

    public void describe(String name, String description, int position) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = description;
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

    public Framework getFramework() {
        return framework;
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

    public int getPosition() {
        return position;
    }

    public boolean isArchived() {
        return archived;
    }

    public List<Skill> getSkills() {
        return List.copyOf(skills);
    }
}
