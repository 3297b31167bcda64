package org.ctopath.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import org.ctopath.identity.Account;
import org.ctopath.identity.AccountService;
import org.ctopath.identity.Role;
import org.ctopath.mentoring.MentorRelations;
import org.ctopath.plan.DevelopmentPlan;
import org.ctopath.plan.ItemStatus;
import org.ctopath.plan.PlanItem;
import org.ctopath.plan.PlanService;
import org.ctopath.plan.PlanState;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.As;
import org.ctopath.testing.callers.AsSystem;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reminders job, run "on" chosen days. Plans start years ahead, where the job the server runs
 * on the present day never looks, and each test has people of its own.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class RemindersIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    Reminders reminders;

    @Inject
    Notifications notifications;

    @Inject
    MailOutbox outbox;

    @Inject
    PlanService plans;

    @Inject
    AccountService accounts;

    @Inject
    MentorRelations relations;

    @Inject
    SentReminders sent;

    @Resource
    ManagedThreadFactory threads;

    private Account newPerson(String name, Role role) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, name + " " + username, "a long enough password", Set.of(role));
        accounts.describe(username, username + "@test.ctopath.example", null);
        return accounts.findByUsername(username).orElseThrow();
    }

    /** A plan of the learner holding just these resources (and their prerequisites), from {@code start}. */
    private DevelopmentPlan planOf(Account learner, LocalDate start, String... resourceCodes) {
        String name = learner.getUsername();
        Long id = plans.createForGaps(name, start, new BigDecimal("5")).getId();
        for (PlanItem item : plans.plan(name, id).getItems()) {
            plans.removeItem(name, item.getId(), plans.plan(name, id).getVersion());
        }
        for (String code : resourceCodes) {
            plans.addItem(name, id, code, plans.plan(name, id).getVersion());
        }
        return plans.plan(name, id);
    }

    private DevelopmentPlan activePlanOf(Account learner, LocalDate start, String... resourceCodes) {
        DevelopmentPlan plan = planOf(learner, start, resourceCodes);
        return plans.changeState(learner.getUsername(), plan.getId(), PlanState.ACTIVE, plan.getVersion());
    }

    private PlanItem firstItem(Account learner, DevelopmentPlan plan) {
        return plans.plan(learner.getUsername(), plan.getId()).getItems().get(0);
    }

    /** Subjects of the person's notifications, newest first. */
    private List<String> told(Account person) {
        return notifications.page(person.getUsername(), 0, 100).stream().map(Notification::getSubject).toList();
    }

    /** A start day years ahead, a different one for each test. */
    private LocalDate start(int test) {
        return plans.today().plusYears(3).plusDays(17L * test);
    }

    @Test
    void aLearnerIsRemindedAWeekAndADayBeforeAnItemIsDue() {
        Account learner = newPerson("Lena", Role.LEARNER);
        DevelopmentPlan plan = activePlanOf(learner, start(1), "BOOK-ACCELERATE");
        PlanItem item = firstItem(learner, plan);
        LocalDate due = item.getDueDate();
        String title = item.getResource().getTitle();

        reminders.runFor(due.minusDays(8));
        assertEquals(List.of(), told(learner), "more than a week ahead");

        reminders.runFor(due.minusDays(7));
        assertEquals(List.of("Due in 7 days: " + title), told(learner));
        Notification weekBefore = notifications.page(learner.getUsername(), 0, 1).get(0);
        assertEquals("/learner/plan?id=" + plan.getId(), weekBefore.getLink());
        assertTrue(weekBefore.getBody().contains("is due in 7 days, on " + due + ". You have not started it yet."), weekBefore.getBody());
        assertTrue(outbox.ofNotification(weekBefore.getId()).isPresent(), "and by mail");

        reminders.runFor(due.minusDays(6));
        reminders.runFor(due.minusDays(2));
        assertEquals(1, told(learner).size(), "the week's reminder goes once");

        reminders.runFor(due.minusDays(1));
        assertEquals(List.of("Due tomorrow: " + title, "Due in 7 days: " + title), told(learner));

        reminders.runFor(due);
        reminders.runFor(due.minusDays(1));
        assertEquals(2, told(learner).size(), "the day's reminder goes once");
    }

    @Test
    void aServerThatMissedTheDaySendsWhatIsStillAhead() {
        Account learner = newPerson("Lars", Role.LEARNER);
        PlanItem item = firstItem(learner, activePlanOf(learner, start(2), "BOOK-ACCELERATE"));
        String title = item.getResource().getTitle();

        reminders.runFor(item.getDueDate().minusDays(4)); // down from a week ahead until now

        assertEquals(List.of("Due in 4 days: " + title), told(learner));
    }

    @Test
    void completedItemsAndPlansThatAreNotActiveGetNoReminders() {
        Account working = newPerson("Wanda", Role.LEARNER);
        DevelopmentPlan active = activePlanOf(working, start(3), "BOOK-ACCELERATE", "BOOK-MANAGERS-PATH");
        List<PlanItem> items = plans.plan(working.getUsername(), active.getId()).getItems();
        PlanItem done = items.get(0);
        PlanItem open = items.get(1);
        plans.recordProgress(working.getUsername(), done.getId(), ItemStatus.COMPLETED, 100, BigDecimal.ONE, null, done.getVersion());
        Account drafting = newPerson("Dora", Role.LEARNER);
        PlanItem drafted = firstItem(drafting, planOf(drafting, start(3), "BOOK-ACCELERATE"));
        Account archiving = newPerson("Arne", Role.LEARNER);
        DevelopmentPlan toArchive = activePlanOf(archiving, start(3), "BOOK-ACCELERATE");
        plans.changeState(archiving.getUsername(), toArchive.getId(), PlanState.ARCHIVED, toArchive.getVersion());
        PlanItem archived = firstItem(archiving, toArchive);

        for (LocalDate due : List.of(done.getDueDate(), open.getDueDate(), drafted.getDueDate(), archived.getDueDate())) {
            reminders.runFor(due.minusDays(7));
            reminders.runFor(due.minusDays(1));
        }

        // The open item follows the completed one, so its week's reminder may have come on any of these days.
        String title = open.getResource().getTitle();
        List<String> told = told(working);
        assertEquals(2, told.size(), told.toString());
        assertEquals("Due tomorrow: " + title, told.get(0));
        assertTrue(told.get(1).matches("Due in [2-7] days: " + java.util.regex.Pattern.quote(title)), told.get(1));
        assertEquals(List.of(), told(drafting), "a draft plan");
        assertEquals(List.of(), told(archiving), "an archived plan");
    }

    @Test
    void runTwiceAndByTwoInstancesAtOnceAReminderGoesOnce() throws Exception {
        Account learner = newPerson("Tomás", Role.LEARNER);
        PlanItem item = firstItem(learner, activePlanOf(learner, start(4), "BOOK-ACCELERATE"));
        LocalDate day = item.getDueDate().minusDays(7);
        CountDownLatch go = new CountDownLatch(1);
        List<FutureTask<Reminders.Outcome>> instances = List.of(
                new FutureTask<>(() -> {
                    go.await();
                    return As.system(() -> reminders.runFor(day)); // as another instance's job runs
                }),
                new FutureTask<>(() -> {
                    go.await();
                    return As.system(() -> reminders.runFor(day)); // as another instance's job runs
                }));
        instances.forEach(instance -> threads.newThread(instance).start());
        go.countDown();
        for (FutureTask<Reminders.Outcome> instance : instances) {
            instance.get();
        }
        reminders.runFor(day);

        assertEquals(List.of("Due in 7 days: " + item.getResource().getTitle()), told(learner));
        Notification reminder = notifications.page(learner.getUsername(), 0, 1).get(0);
        assertTrue(outbox.ofNotification(reminder.getId()).isPresent(), "one mail, queued with it");
    }

    @Test
    void aSecondWriterOfTheSameReminderKeySendsNothing() {
        Account learner = newPerson("Kai", Role.LEARNER);
        Reminder reminder = new Reminder(Reminder.Kind.DAY_BEFORE, 4711L, learner.getId(), start(6), "Due tomorrow: a book", "body", null);
        sent.send(reminder);

        assertThrows(RuntimeException.class, () -> sent.send(reminder), "the key is taken");

        assertEquals(List.of("Due tomorrow: a book"), told(learner), "the second rolled back with its notification");
        assertTrue(sent.isSent(reminder));
    }

    @Test
    void theOverdueDigestGoesToTheLearnersMentorAndNoOther() {
        Account mentor = newPerson("Marco", Role.MENTOR);
        Account mentee = newPerson("Lena", Role.LEARNER);
        Account otherMentor = newPerson("Grace", Role.MENTOR);
        Account otherMentee = newPerson("Priya", Role.LEARNER);
        // Made active before the mentors come: with a mentor, a plan becomes active only through review.
        PlanItem late = firstItem(mentee, activePlanOf(mentee, start(5), "BOOK-ACCELERATE"));
        DevelopmentPlan onTime = activePlanOf(otherMentee, start(5), "BOOK-ACCELERATE");
        relations.assign("test", mentor.getId(), List.of(mentee.getId()));
        relations.assign("test", otherMentor.getId(), List.of(otherMentee.getId()));
        PlanItem finished = firstItem(otherMentee, onTime);
        plans.recordProgress(otherMentee.getUsername(), finished.getId(), ItemStatus.COMPLETED, 100, BigDecimal.ONE, null, finished.getVersion());
        LocalDate day = late.getDueDate().plusDays(3);

        reminders.runFor(day);
        reminders.runFor(day);

        assertEquals(List.of("Overdue items of your mentees: 1"), told(mentor), "one digest a day");
        Notification digest = notifications.page(mentor.getUsername(), 0, 1).get(0);
        assertTrue(digest.getBody().contains(mentee.getDisplayName() + "\n- " + late.getResource().getTitle()
                + ", due " + late.getDueDate() + " (3 days overdue)"), digest.getBody());
        assertEquals("/mentor/home", digest.getLink());
        assertEquals(List.of("Priya " + otherMentee.getUsername() + " completed the plan \"" + onTime.getTitle() + "\""), told(otherMentor),
                "another mentor's mentee has nothing overdue: her one item done, her mentor hears only that her plan is completed");
        assertEquals(List.of(), told(mentee), "the digest is the mentor's");

        reminders.runFor(day.plusDays(1));
        assertEquals(2, told(mentor).size(), "the next day, the next digest");

        relations.end("test", mentee.getId());
        reminders.runFor(day.plusDays(2));
        assertEquals(2, told(mentor).size(), "a former mentee's items are no longer the mentor's");
    }
}
