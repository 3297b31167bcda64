package org.ctopath.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ctopath.identity.AccountService;
import org.ctopath.identity.Role;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.Messages;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Development plans against the stored catalogue, each test with a learner of its own. */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class PlanIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    PlanService plans;

    @Inject
    AccountService accounts;

    private String newLearner() {
        String username = "planner-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Plan Learner", "a long enough password", Set.of(Role.LEARNER));
        return username;
    }

    private LocalDate start() {
        return plans.today().plusDays(1);
    }

    private static List<String> codes(DevelopmentPlan plan) {
        return plan.getItems().stream().map(i -> i.getResource().getCode()).toList();
    }

    @Test
    void aPlanForAllGapsCoversEverySkillAndIsScheduledEndToEnd() {
        String learner = newLearner();

        DevelopmentPlan plan = plans.plan(learner, plans.createForGaps(learner, start(), new BigDecimal("5")).getId());

        assertEquals(PlanState.DRAFT, plan.getState());
        assertEquals(6, plan.getItems().stream().map(PlanItem::getSkill).filter(s -> s != null).map(s -> s.getCode()).distinct().count(),
                "an item for each of the six open gaps");
        assertEquals(start(), plan.getItems().get(0).getPlannedStart());
        for (int i = 1; i < plan.getItems().size(); i++) {
            assertEquals(plan.getItems().get(i - 1).getDueDate().plusDays(1), plan.getItems().get(i).getPlannedStart());
        }
        assertEquals(0, plan.getPercentDone());
        assertTrue(plan.isOnTrack(plans.today()));
    }

    /** A plan holding exactly these resources, in this order as far as prerequisites allow. */
    private DevelopmentPlan planOf(String learner, String... resourceCodes) {
        Long id = plans.createForGaps(learner, start(), new BigDecimal("5")).getId();
        for (PlanItem item : plans.plan(learner, id).getItems()) {
            plans.removeItem(learner, item.getId(), plans.plan(learner, id).getVersion());
        }
        for (String code : resourceCodes) {
            plans.addItem(learner, id, code, plans.plan(learner, id).getVersion());
        }
        return plans.plan(learner, id);
    }

    @Test
    void aCertificationBringsItsPrerequisiteAlongAndAfterIt() {
        String learner = newLearner();

        DevelopmentPlan plan = planOf(learner, "BOOK-ACCELERATE", "ITIL4-DPI");

        assertEquals(List.of("BOOK-ACCELERATE", "ITIL4-F", "ITIL4-DPI"), codes(plan));
        InvalidInput twice = assertThrows(InvalidInput.class, () -> plans.addItem(learner, plan.getId(), "ITIL4-F", plan.getVersion()));
        assertEquals("The plan holds ITIL 4 Foundation already.", twice.getProblems().get(0).message());
    }

    @Test
    void progressIsWeightedByEffortAndSkippingNeedsAReason() {
        String learner = newLearner();
        DevelopmentPlan plan = plans.createForGaps(learner, start(), new BigDecimal("5"));
        PlanItem first = plans.plan(learner, plan.getId()).getItems().get(0);

        InvalidInput e = assertThrows(InvalidInput.class,
                () -> plans.recordProgress(learner, first.getId(), ItemStatus.SKIPPED, 0, BigDecimal.ZERO, " ", first.getVersion()));
        assertEquals("reason", e.getProblems().get(0).field());

        plans.recordProgress(learner, first.getId(), ItemStatus.COMPLETED, 0, new BigDecimal("3"), null, first.getVersion());

        DevelopmentPlan after = plans.plan(learner, plan.getId());
        assertEquals(100, after.getItems().get(0).getPercentDone());
        assertTrue(after.getPercentDone() > 0 && after.getPercentDone() < 100, String.valueOf(after.getPercentDone()));
    }

    @Test
    void aSecondTabsStaleSaveIsRefusedAndTheFirstKept() {
        String learner = newLearner();
        DevelopmentPlan plan = plans.createForGaps(learner, start(), new BigDecimal("5"));
        PlanItem item = plans.plan(learner, plan.getId()).getItems().get(0);
        plans.recordProgress(learner, item.getId(), ItemStatus.IN_PROGRESS, 40, BigDecimal.ONE, null, item.getVersion());

        InvalidInput e = assertThrows(InvalidInput.class,
                () -> plans.recordProgress(learner, item.getId(), ItemStatus.NOT_STARTED, 0, BigDecimal.ZERO, null, item.getVersion()));

        assertEquals(Messages.CHANGED_MEANWHILE, e.getProblems().get(0).message());
        assertEquals(40, plans.plan(learner, plan.getId()).getItems().get(0).getPercentDone());
    }

    @Test
    void aStructuralChangeFromAStaleTabIsRefused() {
        String learner = newLearner();
        DevelopmentPlan plan = planOf(learner, "BOOK-ACCELERATE", "BOOK-MANAGERS-PATH");
        long seen = plan.getVersion();
        plans.moveItem(learner, plan.getItems().get(1).getId(), -1, seen);

        InvalidInput e = assertThrows(InvalidInput.class, () -> plans.removeItem(learner, plan.getItems().get(0).getId(), seen));

        assertEquals(Messages.CHANGED_MEANWHILE, e.getProblems().get(0).message());
        assertEquals(List.of("BOOK-MANAGERS-PATH", "BOOK-ACCELERATE"), codes(plans.plan(learner, plan.getId())));
    }

    @Test
    void anotherLearnersPlanAndItemsAreNotThere() {
        String owner = newLearner();
        String other = newLearner();
        DevelopmentPlan plan = plans.createForGaps(owner, start(), new BigDecimal("5"));
        PlanItem item = plans.plan(owner, plan.getId()).getItems().get(0);

        assertThrows(PlanService.NotFound.class, () -> plans.plan(other, plan.getId()));
        assertThrows(PlanService.NotFound.class, () -> plans.recordProgress(other, item.getId(), ItemStatus.COMPLETED, 100, BigDecimal.ONE, null, item.getVersion()));
        assertFalse(plans.findItem(other, item.getId()).isPresent());
        assertEquals(List.of(), plans.plans(other));
    }

    @Test
    void aBadScheduleIsExplainedFieldByField() {
        String learner = newLearner();

        InvalidInput e = assertThrows(InvalidInput.class, () -> plans.createForGaps(learner, null, new BigDecimal("0")));

        assertEquals(List.of("start", "hours"), e.getProblems().stream().map(InvalidInput.Problem::field).toList());
    }

    @Test
    void movingAnItemReschedulesButPrerequisitesStayFirst() {
        String learner = newLearner();
        DevelopmentPlan plan = planOf(learner, "BOOK-ACCELERATE", "ITIL4-DPI", "BOOK-MANAGERS-PATH");
        PlanItem dpi = plan.getItems().stream().filter(i -> i.getResource().getCode().equals("ITIL4-DPI")).findFirst().orElseThrow();
        PlanItem managersPath = plan.getItems().get(3);

        plans.moveItem(learner, dpi.getId(), -10, plan.getVersion());
        assertEquals(List.of("ITIL4-F", "ITIL4-DPI", "BOOK-ACCELERATE", "BOOK-MANAGERS-PATH"), codes(plans.plan(learner, plan.getId())),
                "DPI moves to the top, yet Foundation stays before it");

        plans.moveItem(learner, managersPath.getId(), -10, plans.plan(learner, plan.getId()).getVersion());
        DevelopmentPlan moved = plans.plan(learner, plan.getId());
        assertEquals("BOOK-MANAGERS-PATH", moved.getItems().get(0).getResource().getCode());
        assertEquals(start(), moved.getItems().get(0).getPlannedStart());
    }
}
