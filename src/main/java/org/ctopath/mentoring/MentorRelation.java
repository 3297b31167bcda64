package org.ctopath.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import org.ctopath.identity.Account;
import org.ctopath.platform.UtcTime;

/**
 * A mentor mentoring a learner from a moment on, until the relation ends. A learner has one current
 * (primary) mentor; ended relations are kept as history.
 */
@Entity
@Table(name = "mentor_relation")
@NamedQuery(name = MentorRelation.CURRENT_OF_LEARNER,
        query = "SELECT r FROM MentorRelation r WHERE r.learner.id = :learner AND r.endedAt IS NULL")
@NamedQuery(name = MentorRelation.CURRENT_OF_MENTOR,
        query = "SELECT r FROM MentorRelation r JOIN FETCH r.learner WHERE r.mentor.username = :mentor AND r.endedAt IS NULL"
                + " ORDER BY r.learner.displayName")
@NamedQuery(name = MentorRelation.HISTORY_OF_LEARNER,
        query = "SELECT r FROM MentorRelation r JOIN FETCH r.mentor WHERE r.learner.id = :learner ORDER BY r.startedAt DESC, r.id DESC")
@NamedQuery(name = MentorRelation.IS_CURRENT,
        query = "SELECT COUNT(r) FROM MentorRelation r WHERE r.mentor.username = :mentor AND r.learner.id = :learner AND r.endedAt IS NULL")
public class MentorRelation {

    public static final String CURRENT_OF_LEARNER = "MentorRelation.currentOfLearner";
    public static final String CURRENT_OF_MENTOR = "MentorRelation.currentOfMentor";
    public static final String HISTORY_OF_LEARNER = "MentorRelation.historyOfLearner";
    public static final String IS_CURRENT = "MentorRelation.isCurrent";

    @Id
    @SequenceGenerator(name = "mentoring_seq", sequenceName = "mentoring_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mentoring_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "learner_id")
    private Account learner;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "mentor_id")
    private Account mentor;

    /** The learner's id while current, NULL once ended: the database allows one current relation per learner. */
    @Column(name = "current_learner_id")
    private Long currentLearnerId;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Column(name = "ended_by", length = 64)
    private String endedBy;

    @Version
    private long version;

    protected MentorRelation() {
        // for JPA
    }

    public MentorRelation(Account learner, Account mentor, String startedBy, Instant at) {
        if (Objects.equals(learner.getId(), mentor.getId())) {
            throw new IllegalArgumentException("A person cannot mentor themselves.");
        }
        this.learner = learner;
        this.mentor = mentor;
        this.currentLearnerId = learner.getId();
        this.startedBy = startedBy;
        this.startedAt = UtcTime.toColumn(at);
    }

    public void end(String by, Instant at) {
        if (endedAt == null) {
            endedAt = UtcTime.toColumn(at);
            endedBy = by;
            currentLearnerId = null;
        }
    }

    public boolean isCurrent() {
        return endedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Account getLearner() {
        return learner;
    }

    public Account getMentor() {
        return mentor;
    }

    public Instant getStartedAt() {
        return UtcTime.fromColumn(startedAt);
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getEndedAt() {
        return endedAt == null ? null : UtcTime.fromColumn(endedAt);
    }

    public String getEndedBy() {
        return endedBy;
    }
}
