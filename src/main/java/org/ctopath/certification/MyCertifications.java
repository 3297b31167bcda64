package org.ctopath.certification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ctopath.catalogue.Certification;
import org.ctopath.catalogue.CertificationScheme;
import org.ctopath.files.FileRules;
import org.ctopath.files.Uploads;
import org.ctopath.identity.ActiveUser;
import org.ctopath.platform.Messages;
import org.primefaces.model.file.UploadedFile;

/** The learner's certifications: attempts, renew-by dates, CPD and designations ({@code /learner/certifications}). */
@Named
@RequestScoped
public class MyCertifications {

    @Inject
    CertificationRecords records;

    @Inject
    ActiveUser user;

    private String certificationCode;
    private LocalDate attemptedOn;
    private Integer score;
    private boolean passed = true;
    private String certificateNumber;
    private UploadedFile certificateFile;

    private String schemeCode = "ITIL4";
    private LocalDate cpdOn;
    private BigDecimal points;
    private CpdCategory category;
    private String description;

    private List<CertificationAttempt> attempts;
    private List<CpdEntry> cpd;
    private List<CertificationRecords.SchemeStanding> standings;
    private List<CertificationRecords.DesignationProgress> designations;

    public String recordAttempt() {
        return Messages.attempt("attempt", () -> {
            CertificationAttempt attempt = records.recordAttempt(user.getUsername(),
                    new CertificationRecords.AttemptDraft(certificationCode, attemptedOn, score, passed, certificateNumber,
                            Uploads.of(certificateFile)));
            Messages.flashInfo((attempt.isPassed() ? "Passed: " : "Attempt recorded: ") + attempt.getCertification().getTitle() + ".");
            return "/learner/certifications?faces-redirect=true";
        });
    }

    public String logCpd() {
        return Messages.attempt("cpd", () -> {
            CpdEntry entry = records.logCpd(user.getUsername(), new CertificationRecords.CpdDraft(schemeCode, cpdOn, points, category, description));
            Messages.flashInfo(entry.getPoints().stripTrailingZeros().toPlainString() + " CPD points logged.");
            return "/learner/certifications?faces-redirect=true";
        });
    }

    public String day(java.time.Instant instant) {
        return org.ctopath.platform.UtcTime.day(instant);
    }

    public List<CertificationAttempt> getAttempts() {
        if (attempts == null) {
            attempts = records.attempts(user.getUsername());
        }
        return attempts;
    }

    public List<CpdEntry> getCpd() {
        if (cpd == null) {
            cpd = records.cpd(user.getUsername());
        }
        return cpd;
    }

    public List<CertificationRecords.SchemeStanding> getStandings() {
        if (standings == null) {
            standings = records.standings(user.getUsername());
        }
        return standings;
    }

    public List<CertificationRecords.DesignationProgress> getDesignations() {
        if (designations == null) {
            designations = records.designations(user.getUsername());
        }
        return designations;
    }

    public List<Certification> getCertifications() {
        return records.certifications();
    }

    public List<CertificationScheme> getSchemes() {
        return records.cpdSchemes();
    }

    public CpdCategory[] getCategories() {
        return CpdCategory.values();
    }

    public LocalDate getToday() {
        return records.today();
    }

    public String getCertificationCode() {
        return certificationCode;
    }

    public void setCertificationCode(String certificationCode) {
        this.certificationCode = certificationCode;
    }

    public LocalDate getAttemptedOn() {
        return attemptedOn;
    }

    public void setAttemptedOn(LocalDate attemptedOn) {
        this.attemptedOn = attemptedOn;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public boolean isPassed() {
        return passed;
    }

    public void setPassed(boolean passed) {
        this.passed = passed;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public UploadedFile getCertificateFile() {
        return certificateFile;
    }

    public void setCertificateFile(UploadedFile certificateFile) {
        this.certificateFile = certificateFile;
    }

    public String getAcceptAttribute() {
        return FileRules.ACCEPT_ATTRIBUTE;
    }

    public String getAcceptedFiles() {
        return FileRules.ACCEPTED;
    }

    public String getSchemeCode() {
        return schemeCode;
    }

    public void setSchemeCode(String schemeCode) {
        this.schemeCode = schemeCode;
    }

    public LocalDate getCpdOn() {
        return cpdOn;
    }

    public void setCpdOn(LocalDate cpdOn) {
        this.cpdOn = cpdOn;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }

    public CpdCategory getCategory() {
        return category;
    }

    public void setCategory(CpdCategory category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
