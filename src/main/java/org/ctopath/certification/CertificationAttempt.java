package org.ctopath.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.ctopath.catalogue.Certification;
import org.ctopath.files.StoredFile;
import org.ctopath.identity.Account;
import org.ctopath.platform.UtcTime;

/** One exam attempt of a learner's: when, the score, whether it passed, and the certificate number. */
@Entity
@Table(name = "certification_attempt")
public class CertificationAttempt {

    @Id
    @SequenceGenerator(name = "certification_attempt_seq", sequenceName = "record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certification_attempt_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "certification_id")
    private Certification certification;

    @Column(name = "attempted_on", nullable = false)
    private LocalDate attemptedOn;

    private Integer score;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "certificate_number", length = 64)
    private String certificateNumber;

    @ManyToOne
    @JoinColumn(name = "certificate_file_id")
    private StoredFile certificateFile;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    /** Who verified the evidence (a mentor's username) and when; null until then. */
    @Column(name = "verified_by", length = 64)
    private String verifiedBy;

    @Column(name = "verified_at")
    private LocalDateTime verifiedAt;

    protected CertificationAttempt() {
        // for JPA
    }

    public CertificationAttempt(Account account, Certification certification, LocalDate attemptedOn, Integer score, boolean passed,
                                String certificateNumber, Instant now) {
        this.account = Objects.requireNonNull(account);
        this.certification = Objects.requireNonNull(certification);
        this.attemptedOn = Objects.requireNonNull(attemptedOn);
        this.score = score;
        this.passed = passed;
        this.certificateNumber = certificateNumber;
        this.recordedAt = UtcTime.toColumn(now);
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Certification getCertification() {
        return certification;
    }

    public LocalDate getAttemptedOn() {
        return attemptedOn;
    }

    public Integer getScore() {
        return score;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    /** The uploaded certificate, or null. */
    public StoredFile getCertificateFile() {
        return certificateFile;
    }

    void attachCertificate(StoredFile file) {
        this.certificateFile = file;
    }

    /** Marks the evidence checked by a mentor; the first verification stays. */
    public void verify(String by, Instant now) {
        if (verifiedBy == null) {
            this.verifiedBy = by;
            this.verifiedAt = UtcTime.toColumn(now);
        }
    }

    public boolean isVerified() {
        return verifiedBy != null;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getVerifiedAt() {
        return UtcTime.fromColumn(verifiedAt);
    }
}
