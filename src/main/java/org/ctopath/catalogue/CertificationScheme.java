package org.ctopath.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A family of certifications from one issuing body, with the rule that keeps them valid. ITIL 4:
 * one renew-by date for the whole suite, three years out, renewed by an exam or 20 CPD points a year.
 */
@Entity
@Table(name = "certification_scheme")
public class CertificationScheme {

    @Id
    @SequenceGenerator(name = "certification_scheme_seq", sequenceName = "catalogue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certification_scheme_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "issuing_body", nullable = false, length = 200)
    private String issuingBody;

    /** How long a certificate stays current; none where it does not lapse. */
    @Column(name = "validity_months")
    private Integer validityMonths;

    /** One renew-by date per person for the whole scheme, not one per certificate. */
    @Column(name = "shared_renewal_date", nullable = false)
    private boolean sharedRenewalDate;

    @Column(name = "cpd_points_per_year")
    private Integer cpdPointsPerYear;

    @Column(name = "renewal_rule", length = 2000)
    private String renewalRule;

    @Column(nullable = false)
    private boolean archived;

    protected CertificationScheme() {
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

    public String getIssuingBody() {
        return issuingBody;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public boolean isSharedRenewalDate() {
        return sharedRenewalDate;
    }

    public Integer getCpdPointsPerYear() {
        return cpdPointsPerYear;
    }

    public String getRenewalRule() {
        return renewalRule;
    }

    public boolean isArchived() {
        return archived;
    }
}
