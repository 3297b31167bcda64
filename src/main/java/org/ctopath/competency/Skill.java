package org.ctopath.competency;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import java.util.ArrayList;
import java.util.List;

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

    /** "You should be able to ..." statements, in their published order. */
    @ElementCollection
    @CollectionTable(name = "skill_indicator", joinColumns = @JoinColumn(name = "skill_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 1000)
    private List<String> indicators = new ArrayList<>();

    protected Skill() {
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

    public String getDescription() {
        return description;
    }

    public List<String> getIndicators() {
        return List.copyOf(indicators);
    }
}
