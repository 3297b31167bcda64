package org.ctopath.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntUnaryOperator;
import org.ctopath.assessment.AssessmentService;
import org.ctopath.assessment.AssessmentService.RatingDraft;
import org.ctopath.competency.SkillTarget;
import org.ctopath.identity.Account;
import org.ctopath.identity.AccountService;
import org.ctopath.identity.Role;
import org.ctopath.identity.Team;
import org.ctopath.identity.Teams;
import org.ctopath.platform.InvalidInput;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.ctopath.testing.http.Visitor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Plans for many learners at once are the plans each would make alone: every learner of the test's
 * own team has a twin outside it with the same ratings (and completed items), who makes a plan
 * with {@link PlanService#createForGaps}.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class BulkPlansIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    BulkPlans bulkPlans;

    @Inject
    PlanService plans;

    @Inject
    AssessmentService assessment;

    @Inject
    AccountService accounts;

    @Inject
    Teams teams;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @ArquillianResource
    URL baseURL;

    private static final LocalDate START = LocalDate.now().plusDays(7);
    private static final BigDecimal HOURS = new BigDecimal("5");

    private Account learner(Team team) throws Exception {
        String username = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
        Account account = accounts.create(username, "Bulk " + username, "a long enough password", Set.of(Role.LEARNER));
        if (team != null) {
            sql("UPDATE account SET team_id = " + team.getId() + " WHERE id = " + account.getId());
        }
        return account;
    }

    private void sql(String statement) throws Exception {
        transaction.begin();
        em.createNativeQuery(statement).executeUpdate();
        transaction.commit();
    }

    /** Rates every skill of the learner's profile at a level that follows from its target. */
    private void rate(Account learner, IntUnaryOperator levelFromTarget) {
        List<RatingDraft> drafts = new ArrayList<>();
        for (SkillTarget target : assessment.targetSkills(learner.getUsername())) {
            drafts.add(new RatingDraft(target.getSkill().getCode(), levelFromTarget.applyAsInt(target.getTargetLevel().getOrdinal()), null, null));
        }
        assessment.rate(learner.getUsername(), drafts);
    }

    /** An old plan whose first item the learner completed, archived since: that resource is not chosen again. */
    private void completedFirstItemOfAnArchivedPlan(Account learner) throws Exception {
        DevelopmentPlan plan = plans.createForGaps(learner.getUsername(), START, HOURS);
        PlanItem first = plans.plan(learner.getUsername(), plan.getId()).getItems().get(0);
        plans.recordProgress(learner.getUsername(), first.getId(), ItemStatus.COMPLETED, 100, BigDecimal.ONE, null, first.getVersion());
        sql("UPDATE development_plan SET state = 'ARCHIVED' WHERE id = " + plan.getId());
    }

    private record ItemView(String code, String skill, int position, LocalDate start, LocalDate due) {
    }

    private static List<ItemView> items(DevelopmentPlan plan) {
        return plan.getItems().stream().map(i -> new ItemView(i.getResource().getCode(), i.getSkill() == null ? null : i.getSkill().getCode(),
                i.getPosition(), i.getPlannedStart(), i.getDueDate())).toList();
    }

    private void assertSamePlan(Account bulk, Account twin) {
        DevelopmentPlan made = plans.current(bulk.getUsername()).orElseThrow(() -> new AssertionError("no bulk plan for " + bulk.getUsername()));
        DevelopmentPlan alone = plans.createForGaps(twin.getUsername(), START, HOURS);
        alone = plans.plan(twin.getUsername(), alone.getId());
        assertEquals(PlanState.DRAFT, made.getState());
        assertEquals(alone.getTitle(), made.getTitle());
        assertEquals(alone.getStartDate(), made.getStartDate());
        assertEquals(0, alone.getWeeklyHours().compareTo(made.getWeeklyHours()));
        assertFalse(alone.getItems().isEmpty());
        assertEquals(items(alone), items(made));
    }

    @Test
    void everyLearnerOfTheTeamWithoutAPlanGetsThePlanTheyWouldMakeThemselves() throws Exception {
        Team team = teams.topLevel("Bulk team " + UUID.randomUUID().toString().substring(0, 8));
        Team inner = teams.create("Inner", team);

        Account unrated = learner(team);
        Account unratedTwin = learner(null);

        Account midway = learner(team);
        Account midwayTwin = learner(null);
        rate(midway, t -> Math.max(0, t - 2));
        rate(midwayTwin, t -> Math.max(0, t - 2));

        Account uneven = learner(inner);
        Account unevenTwin = learner(null);
        for (Account a : List.of(uneven, unevenTwin)) {
            rate(a, t -> t % 2 == 0 ? t : Math.max(0, t - 3));
            completedFirstItemOfAnArchivedPlan(a);
        }

        Account withPlan = learner(team);
        DevelopmentPlan existing = plans.createForGaps(withPlan.getUsername(), START.plusDays(3), new BigDecimal("2"));

        Account atTarget = learner(team);
        rate(atTarget, t -> t);

        Account elsewhere = learner(null);

        BulkPlans.Outcome outcome = bulkPlans.createForGaps(team.getId(), START, HOURS);

        assertEquals(3, outcome.plans());
        assertEquals(1, outcome.withoutGaps());
        assertTrue(outcome.describe().startsWith("Made 3 plans with " + outcome.items() + " items; 1 learner has no open gap"), outcome.describe());
        assertSamePlan(unrated, unratedTwin);
        assertSamePlan(midway, midwayTwin);
        assertSamePlan(uneven, unevenTwin);

        List<DevelopmentPlan> left = plans.plans(withPlan.getUsername());
        assertEquals(1, left.size(), "a learner with a current plan is left alone");
        assertEquals(existing.getId(), left.get(0).getId());
        assertTrue(plans.plans(atTarget.getUsername()).isEmpty(), "no gap, no plan");
        assertTrue(plans.plans(elsewhere.getUsername()).isEmpty(), "only the team and the teams inside it");

        BulkPlans.Outcome again = bulkPlans.createForGaps(team.getId(), START, HOURS);
        assertEquals(0, again.plans(), "everyone has a current plan now");
    }

    @Test
    void anAdministratorMakesThePlansOfATeamFromThePage() throws Exception {
        Team team = teams.topLevel("Bulk page " + UUID.randomUUID().toString().substring(0, 8));
        Account unrated = learner(team);
        Visitor admin = new Visitor(baseURL);
        admin.signIn("admin", "admin-demo");

        String answer = admin.submit("/admin/bulk-plans", "jakarta.faces.partial.ajax=true&jakarta.faces.source=bulk%3Amake"
                + "&jakarta.faces.partial.execute=bulk%3Amake+bulk%3Ateam+bulk%3Astart+bulk%3Ahours&jakarta.faces.partial.render=bulk"
                + "&bulk%3Amake=bulk%3Amake&bulk=bulk&bulk%3Ateam_input=" + team.getId() + "&bulk%3Astart_input=" + START
                + "&bulk%3Ahours_input=5&bulk%3Ahours_hinput=5").body();

        assertTrue(answer.contains("Made 1 plan with"), answer);
        assertEquals(START, plans.current(unrated.getUsername()).orElseThrow().getStartDate());
    }

    @Test
    void aBadScheduleOrTeamIsRefusedByField() {
        assertEquals("start", assertThrows(InvalidInput.class, () -> bulkPlans.createForGaps(null, null, HOURS)).getProblems().get(0).field());
        assertEquals("hours", assertThrows(InvalidInput.class, () -> bulkPlans.createForGaps(null, START, BigDecimal.ZERO)).getProblems().get(0).field());
        assertEquals("team", assertThrows(InvalidInput.class, () -> bulkPlans.createForGaps(-5L, START, HOURS)).getProblems().get(0).field());
    }
}
