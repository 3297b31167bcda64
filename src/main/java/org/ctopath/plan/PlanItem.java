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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.ctopath.catalogue.LearningResource;
import org.ctopath.competency.Skill;
import org.ctopath.identity.Account;
import org.ctopath.platform.UtcTime;

/** One learning resource in a plan: when it is planned, and how far the learner has got with it. */
@Entity
@Table(name = "plan_item")
public class PlanItem {

    public static final int SKIP_REASON_MAXLENGTH = 1000;
    public static final int ASSIGNMENT_NOTE_MAXLENGTH = 1000;

    @Id
    @SequenceGenerator(name = "plan_item_seq", sequenceName = "plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_item_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private DevelopmentPlan plan;

    @ManyToOne(optional = false)
    @JoinColumn(name = "resource_id")
    private LearningResource resource;

    /** The skill the item was chosen for, if it was chosen for a gap. */
    @ManyToOne
    @JoinColumn(name = "skill_id")
    private Skill skill;

    @Column(nullable = false)
    private int position;

    @Column(name = "fixed_start")
    private LocalDate fixedStart;

    /** The mentor who assigned the item; null for an item the learner chose. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_by_id")
    private Account assignedBy;

    @Column(name = "assigned_at")
    private LocalDateTime assignedAt;

    @Column(name = "assignment_note", length = ASSIGNMENT_NOTE_MAXLENGTH)
    private String assignmentNote;

    /** The due date the mentor set; the schedule keeps it. */
    @Column(name = "fixed_due")
    private LocalDate fixedDue;

    @Column(name = "planned_start", nullable = false)
    private LocalDate plannedStart;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ItemStatus status = ItemStatus.NOT_STARTED;

    @Column(name = "percent_done", nullable = false)
    private int percentDone;

    @Column(name = "hours_spent", nullable = false, precision = 7, scale = 1)
    private BigDecimal hoursSpent = BigDecimal.ZERO;

    @Column(name = "skip_reason", length = SKIP_REASON_MAXLENGTH)
    private String skipReason;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Version
    private long version;

    protected PlanItem() {
        // for JPA
    }

    PlanItem(DevelopmentPlan plan, LearningResource resource, Skill skill, LocalDate start) {
        this.plan = Objects.requireNonNull(plan);
        this.resource = Objects.requireNonNull(resource);
        this.skill = skill;
        this.plannedStart = start;
        this.dueDate = start;
    }

    /** Records progress; a completed item is 100 %, a skipped one needs a reason. */
    public void record(ItemStatus status, int percent, BigDecimal hours, String reason, Instant now) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent from 0 to 100");
        }
        if (hours == null || hours.signum() < 0) {
            throw new IllegalArgumentException("hours of 0 or more");
        }
        if (status == ItemStatus.SKIPPED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a skipped item needs a reason");
        }
        this.status = Objects.requireNonNull(status);
        this.percentDone = switch (status) {
            case COMPLETED -> 100;
            case NOT_STARTED -> 0;
            default -> percent;
        };
        this.hoursSpent = hours;
        this.skipReason = status == ItemStatus.SKIPPED ? reason.trim() : null;
        this.completedAt = status == ItemStatus.COMPLETED ? UtcTime.toColumn(now) : null;
    }

    void schedule(int position, LocalDate start, LocalDate due) {
        this.position = position;
        this.plannedStart = start;
        this.dueDate = due;
    }

    /** Makes the item one the mentor assigned, due when the mentor says. */
    void assign(Account mentor, LocalDate due, String note, Instant now) {
        this.assignedBy = Objects.requireNonNull(mentor);
        this.fixedDue = Objects.requireNonNull(due);
        this.assignmentNote = note == null || note.isBlank() ? null : note.trim();
        this.assignedAt = UtcTime.toColumn(now);
    }

    void fixStart(LocalDate start) {
        this.fixedStart = start;
    }

    public Long getId() {
        return id;
    }

    public DevelopmentPlan getPlan() {
        return plan;
    }

    public LearningResource getResource() {
        return resource;
    }

    public Skill getSkill() {
        return skill;
    }

    public int getPosition() {
        return position;
    }

    public LocalDate getFixedStart() {
        return fixedStart;
    }

    public boolean isAssigned() {
        return assignedBy != null;
    }

    public Account getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return UtcTime.fromColumn(assignedAt);
    }

    public String getAssignmentNote() {
        return assignmentNote;
    }

    public LocalDate getFixedDue() {
        return fixedDue;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public int getPercentDone() {
        return percentDone;
    }

    public BigDecimal getHoursSpent() {
        return hoursSpent;
    }

    public String getSkipReason() {
        return skipReason;
    }

    public Instant getCompletedAt() {
        return UtcTime.fromColumn(completedAt);
    }

    public long getVersion() {
        return version;
    }

    /** Not done with and past its due date. */
    public boolean isOverdue(LocalDate today) {
        return !status.isClosed() && dueDate.isBefore(today);
    }
}
