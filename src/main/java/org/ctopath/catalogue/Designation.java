package org.ctopath.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A title earned by holding every certification of a set: ITIL 4 Managing Professional is
 * CDS + DSV + HVIT + DPI; ITIL 4 Strategic Leader is DPI + DITS.
 */
@Entity
@NamedQuery(name = Designation.CONTAINING, query =
        "select d from Designation d join d.certifications c where c.id = :certificationId and d.archived = false order by d.name")
@NamedQuery(name = Designation.BY_CODE, query = "select d from Designation d where d.code = :code")
public class Designation {

    public static final String CONTAINING = "Designation.containing";
    public static final String BY_CODE = "Designation.byCode";

    @Id
    @SequenceGenerator(name = "designation_seq", sequenceName = "catalogue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "designation_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne
    @JoinColumn(name = "scheme_id")
    private CertificationScheme scheme;

    @Column(length = 2000)
    private String description;

    @Column(nullable = false)
    private boolean archived;

    @ManyToMany
    @JoinTable(name = "designation_certification",
            joinColumns = @JoinColumn(name = "designation_id"),
            inverseJoinColumns = @JoinColumn(name = "certification_id"))
    private Set<Certification> certifications = new LinkedHashSet<>();

    protected Designation() {
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

    public CertificationScheme getScheme() {
        return scheme;
    }

    public String getDescription() {
        return description;
    }

    public boolean isArchived() {
        return archived;
    }

    public List<Certification> getCertifications() {
        return List.copyOf(certifications);
    }
}
