package org.ctopath.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The certification facts of a learning resource of kind {@link ResourceKind#CERTIFICATION}: who
 * issues it, its exam, the certifications it requires and its scheme.
 */
@Entity
@NamedQuery(name = Certification.BY_CODE, query = "select c from Certification c where c.resource.code = :code")
@NamedQuery(name = Certification.ALL, query = "select c from Certification c order by c.resource.title")
public class Certification {

    public static final String BY_CODE = "Certification.byCode";
    public static final String ALL = "Certification.all";
    public static final int ISSUING_BODY_MAXLENGTH = 200;
    public static final int EXAM_NOTES_MAXLENGTH = 2000;

    @Id
    private Long id;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "resource_id")
    private LearningResource resource;

    @ManyToOne
    @JoinColumn(name = "scheme_id")
    private CertificationScheme scheme;

    @Column(name = "issuing_body", nullable = false, length = ISSUING_BODY_MAXLENGTH)
    private String issuingBody;

    @Column(name = "exam_questions")
    private Integer examQuestions;

    @Column(name = "exam_pass_mark")
    private Integer examPassMark;

    @Column(name = "exam_minutes")
    private Integer examMinutes;

    /** Time allowed to candidates sitting the exam in a language other than their own. */
    @Column(name = "exam_minutes_non_native")
    private Integer examMinutesNonNative;

    @Column(name = "exam_notes", length = EXAM_NOTES_MAXLENGTH)
    private String examNotes;

    @ManyToMany
    @JoinTable(name = "certification_prerequisite",
            joinColumns = @JoinColumn(name = "certification_id"),
            inverseJoinColumns = @JoinColumn(name = "prerequisite_id"))
    private Set<Certification> prerequisites = new LinkedHashSet<>();

    protected Certification() {
        // for JPA
    }

    /** The certification facts of {@code resource}, which must be of kind certification. */
    public Certification(LearningResource resource, String issuingBody) {
        if (!Objects.requireNonNull(resource, "resource").isCertification()) {
            throw new IllegalArgumentException(resource.getCode() + " is not a certification");
        }
        this.resource = resource;
        setIssuingBody(issuingBody);
    }

    public Long getId() {
        return id;
    }

    public LearningResource getResource() {
        return resource;
    }

    public String getCode() {
        return resource.getCode();
    }

    public String getTitle() {
        return resource.getTitle();
    }

    public CertificationScheme getScheme() {
        return scheme;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public Integer getExamQuestions() {
        return examQuestions;
    }

    public Integer getExamPassMark() {
        return examPassMark;
    }

    /** The pass mark as a whole percentage of the questions, where both are known. */
    public Integer getExamPassPercent() {
        if (examQuestions == null || examPassMark == null || examQuestions == 0) {
            return null;
        }
        return Math.round(100f * examPassMark / examQuestions);
    }

    public Integer getExamMinutes() {
        return examMinutes;
    }

    public Integer getExamMinutesNonNative() {
        return examMinutesNonNative;
    }

    public String getExamNotes() {
        return examNotes;
    }

    public List<Certification> getPrerequisites() {
        return List.copyOf(prerequisites);
    }

    public void setIssuingBody(String issuingBody) {
        if (issuingBody == null || issuingBody.isBlank()) {
            throw new IllegalArgumentException("A certification has an issuing body");
        }
        this.issuingBody = issuingBody;
    }

    public void setScheme(CertificationScheme scheme) {
        this.scheme = scheme;
    }

    /** The exam as published; any part may be unknown, but a pass mark never exceeds the questions. */
    public void setExam(Integer questions, Integer passMark, Integer minutes, Integer minutesNonNative) {
        for (Integer number : new Integer[] {questions, passMark, minutes, minutesNonNative}) {
            if (number != null && number <= 0) {
                throw new IllegalArgumentException("Exam numbers are positive");
            }
        }
        if (questions != null && passMark != null && passMark > questions) {
            throw new IllegalArgumentException("The pass mark cannot exceed the number of questions");
        }
        this.examQuestions = questions;
        this.examPassMark = passMark;
        this.examMinutes = minutes;
        this.examMinutesNonNative = minutesNonNative;
    }

    public void setExamNotes(String examNotes) {
        this.examNotes = examNotes;
    }

    /**
     * Replaces the prerequisites. A certification never requires itself; longer cycles are the
     * caller's to refuse, with {@link PrerequisiteGraph}, as they need the whole catalogue.
     */
    public void setPrerequisites(Collection<Certification> prerequisites) {
        if (prerequisites.contains(this)) {
            throw new IllegalArgumentException(getCode() + " cannot require itself");
        }
        this.prerequisites.clear();
        this.prerequisites.addAll(prerequisites);
    }
}
