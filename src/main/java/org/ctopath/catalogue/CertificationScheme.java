package org.ctopath.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A family of certifications from one issuing body, with the rule that keeps them valid. ITIL 4:
 * one renew-by date for the whole suite, three years out, renewed by an exam or 20 CPD points a year.
 */
@Entity
@Table(name = "certification_scheme")
public class CertificationScheme {

    public static final int CODE_MAXLENGTH = 32;
    public static final int NAME_MAXLENGTH = 200;
    public static final int ISSUING_BODY_MAXLENGTH = 200;
    public static final int RENEWAL_RULE_MAXLENGTH = 2000;

    @Id
    @SequenceGenerator(name = "certification_scheme_seq", sequenceName = "catalogue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certification_scheme_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = CODE_MAXLENGTH)
    private String code;

    @Column(nullable = false, length = NAME_MAXLENGTH)
    private String name;

    @Column(name = "issuing_body", nullable = false, length = ISSUING_BODY_MAXLENGTH)
    private String issuingBody;

    /** How long a certificate stays current; none where it does not lapse. */
    @Column(name = "validity_months")
    private Integer validityMonths;

    /** One renew-by date per person for the whole scheme, not one per certificate. */
    @Column(name = "shared_renewal_date", nullable = false)
    private boolean sharedRenewalDate;

    @Column(name = "cpd_points_per_year")
    private Integer cpdPointsPerYear;

    @Column(name = "renewal_rule", length = RENEWAL_RULE_MAXLENGTH)
    private String renewalRule;

    @Column(nullable = false)
    private boolean archived;

    protected CertificationScheme() {
        // for JPA
    }

    public CertificationScheme(String code, String name, String issuingBody) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A scheme has a code");
        }
        this.code = code;
        rename(name, issuingBody);
    }

    public void rename(String name, String issuingBody) {
        if (name == null || name.isBlank() || issuingBody == null || issuingBody.isBlank()) {
            throw new IllegalArgumentException("A scheme has a name and an issuing body");
        }
        this.name = name;
        this.issuingBody = issuingBody;
    }

    /** How certificates of the scheme stay current; validity, where there is one, is at least a month. */
    public void setRenewal(Integer validityMonths, boolean sharedRenewalDate, Integer cpdPointsPerYear, String renewalRule) {
        if (validityMonths != null && validityMonths <= 0) {
            throw new IllegalArgumentException("Validity is at least one month, or none");
        }
        if (cpdPointsPerYear != null && cpdPointsPerYear < 0) {
            throw new IllegalArgumentException("CPD points cannot be negative");
        }
        this.validityMonths = validityMonths;
        this.sharedRenewalDate = sharedRenewalDate;
        this.cpdPointsPerYear = cpdPointsPerYear;
        this.renewalRule = renewalRule;
    }

    /** No longer offered for new certifications; those in it keep it. */
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
