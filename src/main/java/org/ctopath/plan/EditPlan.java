package org.ctopath.plan;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.ctopath.catalogue.CatalogueService;
import org.ctopath.identity.ActiveUser;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.Messages;
import org.ctopath.platform.Option;
import org.ctopath.platform.Pages;
import org.ctopath.platform.UtcTime;

/**
 * One of the learner's plans ({@code /learner/plan?id=N}): its schedule, its items and their
 * progress. The view keeps copies of what it shows, never entities, and the versions it showed,
 * so a save from a stale tab is refused.
 */
@Named
@ViewScoped
public class EditPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One item as the page shows and edits it. */
    public static class ItemRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private long version;
        private String resourceCode;
        private String title;
        private String kind;
        private String skill;
        private BigDecimal effortHours;
        private LocalDate plannedStart;
        private LocalDate dueDate;
        private LocalDate fixedStart;
        private boolean overdue;
        private ItemStatus status;
        private Integer percent;
        private BigDecimal hours;
        private String reason;
        private String assignedBy;
        private String assignmentNote;

        public Long getId() {
            return id;
        }

        public String getResourceCode() {
            return resourceCode;
        }

        /** The mentor who assigned the item, or null when the learner chose it. */
        public String getAssignedBy() {
            return assignedBy;
        }

        public String getAssignmentNote() {
            return assignmentNote;
        }

        public String getTitle() {
            return title;
        }

        public String getKind() {
            return kind;
        }

        public String getSkill() {
            return skill;
        }

        public BigDecimal getEffortHours() {
            return effortHours;
        }

        public LocalDate getPlannedStart() {
            return plannedStart;
        }

        public LocalDate getDueDate() {
            return dueDate;
        }

        public boolean isOverdue() {
            return overdue;
        }

        public LocalDate getFixedStart() {
            return fixedStart;
        }

        public void setFixedStart(LocalDate fixedStart) {
            this.fixedStart = fixedStart;
        }

        public ItemStatus getStatus() {
            return status;
        }

        public void setStatus(ItemStatus status) {
            this.status = status;
        }

        public Integer getPercent() {
            return percent;
        }

        public void setPercent(Integer percent) {
            this.percent = percent;
        }

        public BigDecimal getHours() {
            return hours;
        }

        public void setHours(BigDecimal hours) {
            this.hours = hours;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    @Inject
    PlanService plans;

    @Inject
    ItemThread thread;

    @Inject
    CatalogueService catalogue;

    @Inject
    ActiveUser user;

    private Long id;
    private long version;
    private String title;
    private PlanState state;
    private LocalDate start;
    private BigDecimal weeklyHours;
    private int percentDone;
    private long overdue;
    private LocalDate endDate;
    private String resourceToAdd;
    private boolean rateAgain;
    private final List<ItemRow> items = new ArrayList<>();
    private List<Option> resources;
    private boolean hasMentor;
    private List<Step> history = List.of();

    /** One change of the plan's state, as the page shows it. */
    public static class Step implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String when;
        private final String who;
        private final String to;
        private final String comment;

        Step(PlanTransition transition, String owner) {
            this.when = UtcTime.minute(transition.getAt());
            this.who = transition.getActor().equals(owner) ? "You" : "Your mentor";
            this.to = transition.getTo().getLabel();
            this.comment = transition.getComment();
        }

        public String getWhen() {
            return when;
        }

        public String getWho() {
            return who;
        }

        public String getTo() {
            return to;
        }

        public String getComment() {
            return comment;
        }
    }


    /** Loads the plan named by {@code ?id=}; someone else's plan, or none, is a 404. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            refresh(plans.plan(user.getUsername(), id));
        } catch (PlanService.NotFound e) {
            Pages.notFound("No such plan of yours");
        }
    }

    private void refresh(DevelopmentPlan plan) {
        LocalDate today = plans.today();
        id = plan.getId();
        version = plan.getVersion();
        title = plan.getTitle();
        state = plan.getState();
        start = plan.getStartDate();
        weeklyHours = plan.getWeeklyHours();
        percentDone = plan.getPercentDone();
        overdue = plan.overdueItems(today);
        endDate = plan.getEndDate();
        hasMentor = plans.hasMentor(user.getUsername());
        history = plans.transitions(plan).stream().map(t -> new Step(t, user.getUsername())).toList();
        items.clear();
        for (PlanItem item : plan.getItems()) {
            ItemRow row = new ItemRow();
            row.id = item.getId();
            row.version = item.getVersion();
            row.resourceCode = item.getResource().getCode();
            row.title = item.getResource().getTitle();
            row.kind = item.getResource().getKind().getLabel();
            row.skill = item.getSkill() == null ? null : item.getSkill().getName();
            row.effortHours = item.getResource().getEffortHours();
            row.plannedStart = item.getPlannedStart();
            row.dueDate = item.getDueDate();
            row.fixedStart = item.getFixedStart();
            row.overdue = item.isOverdue(today);
            row.status = item.getStatus();
            row.percent = item.getPercentDone();
            row.hours = item.getHoursSpent();
            row.reason = item.getSkipReason();
            row.assignedBy = item.isAssigned() ? item.getAssignedBy().getDisplayName() : null;
            row.assignmentNote = item.getAssignmentNote();
            items.add(row);
        }
        thread.track(items.stream().map(ItemRow::getId).toList());
        if (resources == null) {
            resources = catalogue.choices();
        }
    }

    /** Runs a change, shows what it did or why not, and shows the plan as it now is. */
    private void change(String success, String rowPrefix, Supplier<DevelopmentPlan> action) {
        try {
            refresh(action.get());
            Messages.info(success);
        } catch (InvalidInput e) {
            Messages.show(rowPrefix == null ? e : e.within(rowPrefix), "plan");
        } catch (PlanService.NotFound e) {
            Messages.error("That item is no longer in your plan. The page shows the plan as it is now.");
            refresh(plans.plan(user.getUsername(), id));
        }
    }

    public void saveSchedule() {
        change("Schedule saved; the items are rescheduled.", null,
                () -> plans.changeSchedule(user.getUsername(), id, title, start, weeklyHours, version));
    }

    public void addResource() {
        change("Added to the plan and rescheduled.", null,
                () -> plans.addItem(user.getUsername(), id, resourceToAdd, version));
        resourceToAdd = null;
    }

    public void remove(ItemRow row) {
        change(row.getTitle() + " removed; the plan is rescheduled.", null,
                () -> plans.removeItem(user.getUsername(), row.getId(), version));
    }

    public void move(ItemRow row, int by) {
        change("Moved; the plan is rescheduled.", null, () -> plans.moveItem(user.getUsername(), row.getId(), by, version));
    }

    public void fixStart(ItemRow row) {
        change("Start date set; the plan is rescheduled.", "items:" + items.indexOf(row) + ":",
                () -> plans.fixStart(user.getUsername(), row.getId(), row.getFixedStart(), version));
    }

    public void saveProgress(ItemRow row) {
        String skill = row.getSkill();
        String saved = row.getStatus() == ItemStatus.COMPLETED && skill != null
                ? row.getTitle() + " completed. It builds " + skill + ": rate yourself again to see your gap move."
                : "Progress of " + row.getTitle() + " saved.";
        rateAgain = row.getStatus() == ItemStatus.COMPLETED && skill != null;
        change(saved, "items:" + items.indexOf(row) + ":", () -> {
            plans.recordProgress(user.getUsername(), row.getId(), row.getStatus(), row.getPercent(), row.getHours(), row.getReason(), row.version);
            return plans.plan(user.getUsername(), id);
        });
    }

    public void changeState(PlanState to) {
        change("The plan is now " + to.getLabel().toLowerCase() + ".", null,
                () -> plans.changeState(user.getUsername(), id, to, version));
    }

    public boolean isHasMentor() {
        return hasMentor;
    }

    /** The plan's changes of state, newest first. */
    public List<Step> getHistory() {
        List<Step> newestFirst = new ArrayList<>(history);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** After completing an item that builds a skill: an invitation to rate that skill afresh. */
    public boolean isRateAgain() {
        return rateAgain && !FacesContext.getCurrentInstance().isValidationFailed();
    }

    public ItemStatus[] getStatuses() {
        return ItemStatus.values();
    }

    public boolean isOnTrack() {
        return overdue == 0;
    }

    public List<ItemRow> getItems() {
        return items;
    }

    public List<Option> getResources() {
        return resources;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public PlanState getState() {
        return state;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public BigDecimal getWeeklyHours() {
        return weeklyHours;
    }

    public void setWeeklyHours(BigDecimal weeklyHours) {
        this.weeklyHours = weeklyHours;
    }

    public int getPercentDone() {
        return percentDone;
    }

    public long getOverdue() {
        return overdue;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getResourceToAdd() {
        return resourceToAdd;
    }

    public void setResourceToAdd(String resourceToAdd) {
        this.resourceToAdd = resourceToAdd;
    }
}
