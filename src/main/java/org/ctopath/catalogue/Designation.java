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
import java.util.Collection;
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
    public static final int CODE_MAXLENGTH = 32;
    public static final int NAME_MAXLENGTH = 200;
    public static final int DESCRIPTION_MAXLENGTH = 2000;

    @Id
    @SequenceGenerator(name = "designation_seq", sequenceName = "catalogue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "designation_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = CODE_MAXLENGTH)
    private String code;

    @Column(nullable = false, length = NAME_MAXLENGTH)
    private String name;

    @ManyToOne
    @JoinColumn(name = "scheme_id")
    private CertificationScheme scheme;

    @Column(length = DESCRIPTION_MAXLENGTH)
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

    public Designation(String code, String name, Collection<Certification> certifications) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A designation has a code");
        }
        this.code = code;
        setName(name);
        setCertifications(certifications);
    }

    public void setName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A designation has a name");
        }
        this.name = name;
    }

    public void setScheme(CertificationScheme scheme) {
        this.scheme = scheme;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** The certifications a person must all hold; a designation needs at least one. */
    public void setCertifications(Collection<Certification> certifications) {
        if (certifications.isEmpty()) {
            throw new IllegalArgumentException("A designation is earned by holding at least one certification");
        }
        this.certifications.clear();
        this.certifications.addAll(certifications);
    }

    public void archive() {
        archived = true;
    }

    public void restore() {
        archived = false;
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
