package org.ctopath.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import org.ctopath.platform.UtcTime;

/** One change of a plan's state: from, to, who, when, and the reviewer's comment if any. */
@Entity
@Table(name = "plan_transition")
public class PlanTransition {

    public static final int COMMENT_MAXLENGTH = 4000;

    @Id
    @SequenceGenerator(name = "plan_transition_seq", sequenceName = "mentoring_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_transition_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private DevelopmentPlan plan;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 24)
    private PlanState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 24)
    private PlanState to;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false)
    private LocalDateTime at;

    @Column(length = COMMENT_MAXLENGTH)
    private String comment;

    protected PlanTransition() {
        // for JPA
    }

    PlanTransition(DevelopmentPlan plan, PlanState from, PlanState to, String actor, Instant at, String comment) {
        this.plan = plan;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.at = UtcTime.toColumn(at);
        this.comment = comment;
    }

    public PlanState getFrom() {
        return from;
    }

    public PlanState getTo() {
        return to;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return UtcTime.fromColumn(at);
    }

    public String getComment() {
        return comment;
    }
}
