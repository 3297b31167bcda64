package org.ctopath.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import org.ctopath.competency.Skill;
import org.ctopath.files.StoredFile;
import org.ctopath.identity.Account;
import org.ctopath.platform.UtcTime;

/** One rating of one person's level in one skill, at one moment. Ratings are never changed, only added. */
@Entity
@Table(name = "skill_rating")
public class SkillRating {

    public static final int NOTE_MAXLENGTH = 1000;

    @Id
    @SequenceGenerator(name = "skill_rating_seq", sequenceName = "assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "skill_rating_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "skill_id")
    private Skill skill;

    /** An ordinal of the skill's scale; 0 for "not yet at the first level". */
    @Column(name = "level_ordinal", nullable = false)
    private int level;

    @Column(length = NOTE_MAXLENGTH)
    private String note;

    @Column(name = "evidence_url", length = 1000)
    private String evidenceUrl;

    @ManyToOne
    @JoinColumn(name = "evidence_file_id")
    private StoredFile evidenceFile;

    /** For a mentor's rating: the self-rating it confirms or adjusts. */
    @ManyToOne
    @JoinColumn(name = "reviews_rating_id")
    private SkillRating reviews;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RatingSource source;

    @Column(name = "rated_by", nullable = false, length = 64)
    private String ratedBy;

    @Column(name = "rated_at", nullable = false)
    private LocalDateTime ratedAt;

    /** Who verified the evidence (a mentor's username) and when; null until then. */
    @Column(name = "verified_by", length = 64)
    private String verifiedBy;

    @Column(name = "verified_at")
    private LocalDateTime verifiedAt;

    protected SkillRating() {
        // for JPA
    }

    public SkillRating(Account account, Skill skill, int level, String note, String evidenceUrl, RatingSource source,
                       String ratedBy, Instant ratedAt) {
        if (level < 0) {
            throw new IllegalArgumentException("a level is 0 or more");
        }
        this.account = Objects.requireNonNull(account);
        this.skill = Objects.requireNonNull(skill);
        this.level = level;
        this.note = note;
        this.evidenceUrl = evidenceUrl;
        this.source = Objects.requireNonNull(source);
        this.ratedBy = Objects.requireNonNull(ratedBy);
        this.ratedAt = UtcTime.toColumn(Objects.requireNonNull(ratedAt));
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Skill getSkill() {
        return skill;
    }

    public int getLevel() {
        return level;
    }

    public String getNote() {
        return note;
    }

    /** An uploaded file backing the rating, or null. */
    public StoredFile getEvidenceFile() {
        return evidenceFile;
    }

    public SkillRating getReviews() {
        return reviews;
    }

    void review(SkillRating selfRating) {
        this.reviews = selfRating;
    }

    void attachEvidence(StoredFile file) {
        this.evidenceFile = file;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public RatingSource getSource() {
        return source;
    }

    public String getRatedBy() {
        return ratedBy;
    }

    public Instant getRatedAt() {
        return UtcTime.fromColumn(ratedAt);
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
