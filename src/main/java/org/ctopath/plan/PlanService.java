package org.ctopath.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ctopath.assessment.AssessmentService;
import org.ctopath.catalogue.CatalogueService;
import org.ctopath.catalogue.LearningResource;
import org.ctopath.catalogue.PrerequisiteGraph;
import org.ctopath.competency.Skill;
import org.ctopath.identity.Account;
import org.ctopath.identity.AccountService;
import org.ctopath.mentoring.MentorRelations;
import org.ctopath.notification.Notifications;
import org.ctopath.platform.InvalidInput;
import org.ctopath.identity.Caller;
import org.ctopath.platform.Restricted;

/**
 * A learner's development plans. Every method takes the signed-in username and finds plans and
 * items only among that person's own: anyone else's id is treated as not there at all.
 */
@ApplicationScoped
@Transactional(rollbackOn = InvalidInput.class)
@Restricted
public class PlanService {

    /** A plan or item that is not there, or not the learner's: the page answers 404. */
    public static class NotFound extends org.ctopath.platform.NotFound {
        private static final long serialVersionUID = 1L;

        NotFound() {
            super("No such plan or item of yours");
        }
    }

    /** The weekly hours of a plan made to hold a mentor's assignments; the learner can change them. */
    static final BigDecimal DEFAULT_WEEKLY_HOURS = new BigDecimal("4");

    @Inject
    Caller caller;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    AssessmentService assessment;

    @Inject
    CatalogueService catalogue;

    @Inject
    MentorRelations relations;

    @Inject
    Notifications notifications;

    @Inject
    Event<ItemProgressRecorded> progressRecorded;

    @Inject
    Event<PlanCompleted> planCompleted;

    Clock clock = Clock.systemUTC();

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    public List<DevelopmentPlan> plans(String username) {
        caller.requireSight(username);
        List<DevelopmentPlan> plans = em.createQuery("select p from DevelopmentPlan p where p.owner.username = :username"
                + " order by p.createdAt desc, p.id desc", DevelopmentPlan.class).setParameter("username", username).getResultList();
        plans.forEach(p -> p.getItems().forEach(i -> i.getResource().getTitle()));
        return plans;
    }

    /** The plan the learner works on: the newest active one, else the newest under review, else the newest draft. */
    public Optional<DevelopmentPlan> current(String username) {
        return current(plans(username));
    }

    /** The plan worked on among a learner's plans, newest first (as {@link #plans} gives them). */
    public static Optional<DevelopmentPlan> current(List<DevelopmentPlan> newestFirst) {
        for (List<PlanState> states : List.of(List.of(PlanState.ACTIVE), List.of(PlanState.IN_REVIEW, PlanState.WAITING_FOR_REVIEW),
                List.of(PlanState.DRAFT))) {
            Optional<DevelopmentPlan> found = newestFirst.stream().filter(p -> states.contains(p.getState())).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    public DevelopmentPlan plan(String username, Long planId) {
        caller.requireSight(username);
        DevelopmentPlan plan = planId == null ? null : em.find(DevelopmentPlan.class, planId);
        if (plan == null || !plan.getOwner().getUsername().equals(username)) {
            throw new NotFound();
        }
        plan.getItems().forEach(i -> i.getResource().getTitle());
        return plan;
    }

    /**
     * A draft plan for every open gap, largest first: for each, the best-ranked resources until the
     * missing levels are covered (at most two), plus the prerequisites of chosen certifications;
     * prerequisites first, then scheduled.
     */
    public DevelopmentPlan createForGaps(String username, LocalDate start, BigDecimal weeklyHours) {
        caller.requireSelf(username);
        checkSchedule(start, weeklyHours);
        DevelopmentPlan plan = new DevelopmentPlan(account(username), GapPlan.title(assessment.target(username).getName(), start),
                start, weeklyHours, clock.instant());
        PrerequisiteGraph graph = catalogue.prerequisiteGraph();
        for (GapPlan.Choice choice : GapPlan.choose(assessment.recommendations(username), graph::prerequisitesOf)) {
            plan.add(resource(choice.resourceCode()), choice.skillCode() == null ? null : skill(choice.skillCode()));
        }
        em.persist(plan);
        plan.reschedule(prerequisites(plan));
        return plan;
    }

    public DevelopmentPlan addItem(String username, Long planId, String resourceCode, long version) {
        caller.requireSelf(username);
        DevelopmentPlan plan = editable(username, planId, version);
        LearningResource resource = catalogue.findByCode(resourceCode).filter(r -> !r.isArchived())
                .orElseThrow(() -> InvalidInput.of("resource", "Choose a resource from the catalogue."));
        if (!plan.add(em.merge(resource), null)) {
            throw InvalidInput.of("resource", "The plan holds " + resource.getTitle() + " already.");
        }
        addPrerequisites(plan);
        plan.reschedule(prerequisites(plan));
        return plan;
    }

    public DevelopmentPlan removeItem(String username, Long itemId, long version) {
        caller.requireSelf(username);
        PlanItem item = item(username, itemId, version);
        if (item.isAssigned()) {
            throw InvalidInput.of(null, item.getAssignedBy().getDisplayName() + " assigned \"" + item.getResource().getTitle()
                    + "\": it stays in the plan. Complete it, or skip it with a reason your mentor reads.");
        }
        DevelopmentPlan plan = item.getPlan();
        plan.remove(item);
        plan.reschedule(prerequisites(plan));
        return plan;
    }

    public DevelopmentPlan moveItem(String username, Long itemId, int by, long version) {
        caller.requireSelf(username);
        PlanItem item = item(username, itemId, version);
        DevelopmentPlan plan = item.getPlan();
        plan.move(item, by);
        plan.reschedule(prerequisites(plan));
        return plan;
    }

    /** Fixes when an item starts (null: as soon as the one before it is done); the rest follows on. */
    public DevelopmentPlan fixStart(String username, Long itemId, LocalDate start, long version) {
        caller.requireSelf(username);
        PlanItem item = item(username, itemId, version);
        DevelopmentPlan plan = item.getPlan();
        if (start != null && start.isBefore(plan.getStartDate())) {
            throw InvalidInput.of("start", "An item cannot start before its plan (" + plan.getStartDate() + ").");
        }
        plan.fixStart(item, start);
        plan.reschedule(prerequisites(plan));
        return plan;
    }

    public DevelopmentPlan changeSchedule(String username, Long planId, String title, LocalDate start, BigDecimal weeklyHours, long version) {
        caller.requireSelf(username);
        DevelopmentPlan plan = editable(username, planId, version);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (title == null || title.isBlank()) {
            problems.add("title", "Give the plan a title.");
        } else if (title.trim().length() > DevelopmentPlan.TITLE_MAXLENGTH) {
            problems.add("title", "At most " + DevelopmentPlan.TITLE_MAXLENGTH + " characters.");
        }
        scheduleProblems(problems, start, weeklyHours);
        problems.throwIfAny();
        plan.rename(title.trim());
        plan.setSchedule(start, weeklyHours);
        plan.reschedule(prerequisites(plan));
        return plan;
    }

    /** The learner's own change of state (see {@link PlanReview}); sending for review tells the mentor. */
    public DevelopmentPlan changeState(String username, Long planId, PlanState state, long version) {
        caller.requireSelf(username);
        DevelopmentPlan plan = editable(username, planId, version);
        PlanState from = plan.getState();
        Optional<Account> mentor = relations.mentorOf(plan.getOwner().getId());
        PlanReview.learnerRefusal(from, state, mentor.isPresent()).ifPresent(refusal -> {
            throw InvalidInput.of(null, refusal);
        });
        move(plan, state, username, null);
        if (state == PlanState.WAITING_FOR_REVIEW) {
            notifications.notify(mentor.get(), plan.getOwner().getDisplayName() + " sent a plan for your review",
                    plan.getOwner().getDisplayName() + " asks you to review \"" + plan.getTitle() + "\".",
                    "/mentor/mentee?id=" + plan.getOwner().getId());
        }
        return plan;
    }

    /**
     * A mentor's step in the review of a mentee's plan: take it into review, approve it, send it back
     * to draft with comments (required), or close an active plan. The caller has checked that the
     * mentor mentors the plan's owner. The learner is told.
     */
    public DevelopmentPlan review(String mentorUsername, long learnerId, Long planId, PlanState to, String comment, long version) {
        caller.requireMentorOf(mentorUsername, em.find(Account.class, learnerId));
        DevelopmentPlan plan = planId == null ? null : em.find(DevelopmentPlan.class, planId);
        if (plan == null || plan.getOwner().getId() != learnerId) {
            throw new NotFound();
        }
        checkVersion(plan.getVersion(), version);
        em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        PlanReview.mentorRefusal(plan.getState(), to).ifPresent(refusal -> {
            throw InvalidInput.of(null, refusal);
        });
        String text = comment == null || comment.isBlank() ? null : comment.trim();
        if (text != null && text.length() > PlanTransition.COMMENT_MAXLENGTH) {
            throw InvalidInput.of("comment", "At most " + PlanTransition.COMMENT_MAXLENGTH + " characters.");
        }
        if (to == PlanState.DRAFT && text == null) {
            throw InvalidInput.of("comment", "Say what to change: the learner reads it.");
        }
        move(plan, to, mentorUsername, text);
        String what = switch (to) {
            case IN_REVIEW -> "Your mentor is reviewing \"" + plan.getTitle() + "\"";
            case ACTIVE -> "Your mentor approved \"" + plan.getTitle() + "\": it is active";
            case DRAFT -> "Your mentor sent \"" + plan.getTitle() + "\" back with comments";
            default -> "Your mentor closed \"" + plan.getTitle() + "\"";
        };
        notifications.notify(plan.getOwner(), what, text == null ? what + "." : what + ":\n\n" + text,
                "/learner/plan?id=" + plan.getId());
        return plan;
    }

    /** What assigning an item to one learner came to. */
    public enum Assignment {
        /** The item was added to the learner's plan. */
        ADDED,
        /** The plan held the resource already, as the learner's own choice; it is now assigned. */
        MARKED,
        /** The item was assigned already; nothing changed. */
        ALREADY_ASSIGNED
    }

    /**
     * A mentor's assignment of a catalogue resource to a mentee, due on a date, with a note: it
     * joins the learner's current plan (a new active plan if they have none), keeps the mentor's due
     * date, and cannot be removed by the learner. The caller has checked the relation and the input.
     * The learner is told.
     */
    public Assignment assign(Account mentor, Account learner, LearningResource resource, LocalDate due, String note) {
        caller.requireMentorOf(mentor.getUsername(), learner);
        DevelopmentPlan plan = current(learner.getUsername()).orElseGet(() -> planForAssignments(mentor, learner));
        em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Optional<PlanItem> held = plan.item(resource.getCode());
        if (held.isPresent() && held.get().isAssigned()) {
            return Assignment.ALREADY_ASSIGNED;
        }
        if (held.isEmpty()) {
            plan.add(em.merge(resource), null);
            addPrerequisites(plan);
        }
        plan.item(resource.getCode()).orElseThrow().assign(mentor, due, note, clock.instant());
        plan.reschedule(prerequisites(plan));
        notifications.notify(learner, mentor.getDisplayName() + " assigned you \"" + resource.getTitle() + "\"",
                "Due " + due + "." + (note == null || note.isBlank() ? "" : "\n\n" + note.trim()),
                "/learner/plan?id=" + plan.getId());
        return held.isEmpty() ? Assignment.ADDED : Assignment.MARKED;
    }

    private DevelopmentPlan planForAssignments(Account mentor, Account learner) {
        DevelopmentPlan plan = new DevelopmentPlan(learner, "Learning assigned by " + mentor.getDisplayName(), today(),
                DEFAULT_WEEKLY_HOURS, clock.instant());
        em.persist(plan);
        move(plan, PlanState.ACTIVE, mentor.getUsername(), "Started to hold the items " + mentor.getDisplayName() + " assigned.");
        return plan;
    }

    /** Every change of the plan's state, oldest first. */
    public List<PlanTransition> transitions(DevelopmentPlan plan) {
        caller.requireSight(plan.getOwner());
        return em.createQuery("select t from PlanTransition t where t.plan = :plan order by t.at, t.id", PlanTransition.class)
                .setParameter("plan", plan).getResultList();
    }

    /** Whether the learner has a mentor to review their plans. */
    public boolean hasMentor(String username) {
        caller.requireSight(username);
        return relations.mentorOf(account(username).getId()).isPresent();
    }

    private void move(DevelopmentPlan plan, PlanState to, String actor, String comment) {
        Instant at = clock.instant();
        em.persist(new PlanTransition(plan, plan.getState(), to, actor, at, comment));
        plan.moveTo(to);
        if (to == PlanState.COMPLETED) {
            planCompleted.fire(new PlanCompleted(plan, actor, at));
        }
    }

    public PlanItem recordProgress(String username, Long itemId, ItemStatus status, Integer percent, BigDecimal hours,
                                   String skipReason, long version) {
        caller.requireSelf(username);
        PlanItem item = item(username, itemId, null);
        checkVersion(item.getVersion(), version);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (status == null) {
            problems.add("status", "Choose where the item stands.");
        }
        int pct = percent == null ? 0 : percent;
        if (pct < 0 || pct > 100) {
            problems.add("percent", "A percentage from 0 to 100.");
        }
        BigDecimal spent = hours == null ? BigDecimal.ZERO : hours;
        if (spent.signum() < 0 || spent.compareTo(new BigDecimal("10000")) > 0) {
            problems.add("hours", "Hours from 0 to 10000.");
        }
        if (status == ItemStatus.SKIPPED && (skipReason == null || skipReason.isBlank())) {
            problems.add("reason", "Say why you skip it.");
        } else if (skipReason != null && skipReason.length() > PlanItem.SKIP_REASON_MAXLENGTH) {
            problems.add("reason", "At most " + PlanItem.SKIP_REASON_MAXLENGTH + " characters.");
        }
        problems.throwIfAny();
        ItemStatus before = item.getStatus();
        int percentBefore = item.getPercentDone();
        BigDecimal hoursBefore = item.getHoursSpent();
        Instant at = clock.instant();
        item.record(status, pct, spent, skipReason, at);
        if (status != before || item.getPercentDone() != percentBefore || item.getHoursSpent().compareTo(hoursBefore) != 0) {
            progressRecorded.fire(new ItemProgressRecorded(item, before, at));
        }
        if (item.isAssigned() && status != before && (status == ItemStatus.COMPLETED || status == ItemStatus.SKIPPED)) {
            tellMentorAbout(item);
        }
        DevelopmentPlan plan = item.getPlan();
        if (plan.getState() == PlanState.ACTIVE && plan.isAllDone()) {
            em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            move(plan, PlanState.COMPLETED, username, "Every item is completed or skipped.");
            Account learner = plan.getOwner();
            relations.mentorOf(learner.getId()).ifPresent(mentor -> notifications.notify(mentor,
                    learner.getDisplayName() + " completed the plan \"" + plan.getTitle() + "\"",
                    "Every item of \"" + plan.getTitle() + "\" is completed or skipped.", "/mentor/mentee?id=" + learner.getId()));
        }
        return item;
    }

    /** The learner's current mentor hears when an assigned item is completed or skipped. */
    private void tellMentorAbout(PlanItem item) {
        Account learner = item.getPlan().getOwner();
        relations.mentorOf(learner.getId()).ifPresent(mentor -> {
            String title = learner.getDisplayName() + (item.getStatus() == ItemStatus.COMPLETED ? " completed \"" : " skipped \"")
                    + item.getResource().getTitle() + "\"";
            String body = item.getStatus() == ItemStatus.COMPLETED ? title + ", which " + item.getAssignedBy().getDisplayName() + " assigned."
                    : title + ", saying:\n\n" + item.getSkipReason();
            notifications.notify(mentor, title, body, "/mentor/mentee?id=" + learner.getId());
        });
    }

    private void addPrerequisites(DevelopmentPlan plan) {
        PrerequisiteGraph graph = catalogue.prerequisiteGraph();
        boolean added = true;
        while (added) {
            added = false;
            for (PlanItem item : plan.getItems()) {
                for (String code : graph.prerequisitesOf(item.getResource().getCode())) {
                    if (!plan.contains(code)) {
                        added |= plan.add(resource(code), null);
                    }
                }
            }
        }
    }

    private Map<String, Set<String>> prerequisites(DevelopmentPlan plan) {
        PrerequisiteGraph graph = catalogue.prerequisiteGraph();
        Map<String, Set<String>> map = new HashMap<>();
        plan.getItems().forEach(i -> map.put(i.getResource().getCode(), graph.prerequisitesOf(i.getResource().getCode())));
        return map;
    }

    /** The plan, if the page saw its latest version; its version moves on with this change. */
    private DevelopmentPlan editable(String username, Long planId, long version) {
        DevelopmentPlan plan = plan(username, planId);
        checkVersion(plan.getVersion(), version);
        em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return plan;
    }

    private PlanItem item(String username, Long itemId, Long planVersion) {
        PlanItem item = itemId == null ? null : em.find(PlanItem.class, itemId);
        if (item == null || !item.getPlan().getOwner().getUsername().equals(username)) {
            throw new NotFound();
        }
        if (planVersion != null) {
            checkVersion(item.getPlan().getVersion(), planVersion);
            em.lock(item.getPlan(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        return item;
    }

    private static void checkVersion(long current, long opened) {
        if (!Objects.equals(current, opened)) {
            throw InvalidInput.changedMeanwhile();
        }
    }

    private void checkSchedule(LocalDate start, BigDecimal weeklyHours) {
        checkSchedule(today(), start, weeklyHours);
    }

    /** A plan's start and weekly hours as every way of making a plan checks them. */
    static void checkSchedule(LocalDate today, LocalDate start, BigDecimal weeklyHours) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        scheduleProblems(today, problems, start, weeklyHours);
        problems.throwIfAny();
    }

    private void scheduleProblems(InvalidInput.Collector problems, LocalDate start, BigDecimal weeklyHours) {
        scheduleProblems(today(), problems, start, weeklyHours);
    }

    private static void scheduleProblems(LocalDate today, InvalidInput.Collector problems, LocalDate start, BigDecimal weeklyHours) {
        if (start == null) {
            problems.add("start", "Choose the day the plan starts.");
        } else if (start.isBefore(today.minusYears(1)) || start.isAfter(today.plusYears(5))) {
            problems.add("start", "Choose a start within a year ago and five years ahead.");
        }
        if (weeklyHours == null || weeklyHours.signum() <= 0 || weeklyHours.compareTo(new BigDecimal("80")) > 0) {
            problems.add("hours", "Hours a week: more than 0 and at most 80.");
        }
    }

    private Account account(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new IllegalStateException("no account " + username));
    }

    private Skill skill(String code) {
        return em.createQuery("select s from Skill s where s.code = :code", Skill.class).setParameter("code", code).getSingleResult();
    }

    private LearningResource resource(String code) {
        return em.createNamedQuery(LearningResource.BY_CODE, LearningResource.class).setParameter("code", code).getSingleResult();
    }

    public Optional<PlanItem> findItem(String username, Long itemId) {
        caller.requireSight(username);
        try {
            return Optional.of(item(username, itemId, null));
        } catch (NotFound e) {
            return Optional.empty();
        }
    }
}
