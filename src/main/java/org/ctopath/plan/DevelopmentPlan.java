package org.ctopath.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ctopath.catalogue.LearningResource;
import org.ctopath.competency.Skill;
import org.ctopath.identity.Account;
import org.ctopath.platform.UtcTime;

/**
 * A learner's development plan: learning items in order, scheduled from a start date at a weekly
 * budget of hours, prerequisites first. Every change to the items reschedules them.
 */
@Entity
@Table(name = "development_plan")
public class DevelopmentPlan {

    public static final int TITLE_MAXLENGTH = 200;

    @Id
    @SequenceGenerator(name = "development_plan_seq", sequenceName = "plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "development_plan_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account owner;

    @Column(nullable = false, length = TITLE_MAXLENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PlanState state = PlanState.DRAFT;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "weekly_hours", nullable = false, precision = 5, scale = 1)
    private BigDecimal weeklyHours;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanItem> items = new ArrayList<>();

    @Version
    private long version;

    protected DevelopmentPlan() {
        // for JPA
    }

    public DevelopmentPlan(Account owner, String title, LocalDate startDate, BigDecimal weeklyHours, Instant now) {
        this.owner = Objects.requireNonNull(owner);
        this.title = Objects.requireNonNull(title);
        this.createdAt = UtcTime.toColumn(now);
        setSchedule(startDate, weeklyHours);
    }

    public final void setSchedule(LocalDate startDate, BigDecimal weeklyHours) {
        if (weeklyHours == null || weeklyHours.signum() <= 0) {
            throw new IllegalArgumentException("a weekly budget of more than 0 hours");
        }
        this.startDate = Objects.requireNonNull(startDate);
        this.weeklyHours = weeklyHours;
    }

    public void rename(String title) {
        this.title = Objects.requireNonNull(title);
    }

    public void moveTo(PlanState state) {
        this.state = Objects.requireNonNull(state);
    }

    /** Adds a resource at the end; false if the plan holds it already. */
    public boolean add(LearningResource resource, Skill skill) {
        if (contains(resource.getCode())) {
            return false;
        }
        PlanItem item = new PlanItem(this, resource, skill, startDate);
        item.schedule(items.size(), startDate, startDate);
        items.add(item);
        return true;
    }

    public boolean contains(String resourceCode) {
        return item(resourceCode).isPresent();
    }

    /** The plan's item for a resource, if it holds one. */
    public Optional<PlanItem> item(String resourceCode) {
        return items.stream().filter(i -> i.getResource().getCode().equals(resourceCode)).findFirst();
    }

    public void remove(PlanItem item) {
        items.remove(item);
    }

    /** Moves an item up (negative) or down (positive) the learner's order. */
    public void move(PlanItem item, int by) {
        int from = items.indexOf(item);
        int to = Math.max(0, Math.min(items.size() - 1, from + by));
        items.remove(from);
        items.add(to, item);
    }

    public void fixStart(PlanItem item, LocalDate start) {
        item.fixStart(start);
    }

    /**
     * Puts prerequisites first (by resource code, from the catalogue), then lays the items end to
     * end from the start date at the weekly budget.
     */
    public void reschedule(Map<String, Set<String>> prerequisites) {
        Map<String, PlanItem> byCode = new HashMap<>();
        List<String> codes = new ArrayList<>();
        items.forEach(i -> {
            byCode.put(i.getResource().getCode(), i);
            codes.add(i.getResource().getCode());
        });
        List<PlanItem> ordered = PrerequisitesFirst.order(codes, prerequisites).stream().map(byCode::get).toList();
        List<Schedule.Dates> dates = Schedule.plan(startDate, weeklyHours, ordered.stream()
                .map(i -> new Schedule.Slot(i.getResource().getEffortHours(), i.getFixedStart(), i.getFixedDue())).toList());
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).schedule(i, dates.get(i).start(), dates.get(i).due());
        }
        items.sort(Comparator.comparingInt(PlanItem::getPosition));
    }

    /** The open items due soonest, at most {@code limit}. */
    public List<PlanItem> nextDue(int limit) {
        return items.stream().filter(i -> !i.getStatus().isClosed())
                .sorted(Comparator.comparing(PlanItem::getDueDate)).limit(limit).toList();
    }

    /** Progress weighted by effort: a 20-hour course half done counts more than a finished article. */
    public int getPercentDone() {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal done = BigDecimal.ZERO;
        for (PlanItem item : items) {
            if (item.getStatus() == ItemStatus.SKIPPED) {
                continue;
            }
            BigDecimal weight = item.getResource().getEffortHours().max(BigDecimal.ONE);
            total = total.add(weight);
            done = done.add(weight.multiply(BigDecimal.valueOf(item.getPercentDone())));
        }
        return total.signum() == 0 ? 0 : done.divide(total, 0, RoundingMode.DOWN).intValue();
    }

    /** Every item completed or skipped (and there is at least one). */
    public boolean isAllDone() {
        return !items.isEmpty() && items.stream().allMatch(i -> i.getStatus().isClosed());
    }

    public long overdueItems(LocalDate today) {
        return items.stream().filter(i -> i.isOverdue(today)).count();
    }

    /** On track while no open item is past its due date. */
    public boolean isOnTrack(LocalDate today) {
        return overdueItems(today) == 0;
    }

    public LocalDate getEndDate() {
        return items.stream().map(PlanItem::getDueDate).max(Comparator.naturalOrder()).orElse(startDate);
    }

    public Long getId() {
        return id;
    }

    public Account getOwner() {
        return owner;
    }

    public String getTitle() {
        return title;
    }

    public PlanState getState() {
        return state;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public BigDecimal getWeeklyHours() {
        return weeklyHours;
    }

    public Instant getCreatedAt() {
        return UtcTime.fromColumn(createdAt);
    }

    public List<PlanItem> getItems() {
        return List.copyOf(items);
    }

    public long getVersion() {
        return version;
    }
}
