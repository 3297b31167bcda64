package org.ctopath.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ctopath.assessment.AssessmentService.RatingDraft;
import org.ctopath.identity.AccountService;
import org.ctopath.identity.Role;
import org.ctopath.platform.InvalidInput;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Self-assessment against the stored CTO profile, each test with a learner of its own. */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class AssessmentIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    AssessmentService assessment;

    @Inject
    AccountService accounts;

    private String newLearner() {
        String username = "rated-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Rated Learner", "a long enough password", Set.of(Role.LEARNER));
        return username;
    }

    @Test
    void aNewLearnerAimsAtTheCtoAndHasEveryGapOpen() {
        String learner = newLearner();

        List<SkillGap> gaps = assessment.gaps(learner);

        assertEquals("CTO", assessment.target(learner).getCode());
        assertEquals(6, gaps.size());
        assertTrue(gaps.stream().allMatch(g -> g.getCurrent() == 0 && g.getGap() == g.getTarget()));
    }

    @Test
    void ratingASkillNarrowsItsGapAndKeepsItsHistory() {
        String learner = newLearner();

        assessment.rate(learner, List.of(new RatingDraft("ARCH-DESIGN", 2, "Led one redesign", null)));
        assessment.rate(learner, List.of(new RatingDraft("ARCH-DESIGN", 3, "Led the platform design", "https://example.org/adr/12")));

        SkillGap arch = assessment.gaps(learner).stream().filter(g -> g.getSkillCode().equals("ARCH-DESIGN")).findFirst().orElseThrow();
        assertEquals(3, arch.getCurrent());
        assertEquals(2, arch.getGap());
        assertEquals(List.of(3, 2), assessment.history(learner, "ARCH-DESIGN").stream().map(SkillRating::getLevel).toList());
        assertEquals("https://example.org/adr/12", assessment.history(learner, "ARCH-DESIGN").get(0).getEvidenceUrl());
    }

    @Test
    void badRatingsAreRefusedTogetherAndNoneIsKept() {
        String learner = newLearner();
        List<RatingDraft> drafts = new ArrayList<>();
        drafts.add(new RatingDraft("ARCH-DESIGN", 3, null, null));
        drafts.add(new RatingDraft("TECH-TRENDS", 9, null, null));
        drafts.add(new RatingDraft("INNOVATING", 2, null, "javascript:alert(1)"));
        drafts.add(new RatingDraft("CLOUD-COST", 2, null, null));

        InvalidInput e = assertThrows(InvalidInput.class, () -> assessment.rate(learner, drafts));

        assertEquals(List.of("ratings:1:level", "ratings:2:evidence", "ratings:3:level"),
                e.getProblems().stream().map(InvalidInput.Problem::field).toList());
        assertEquals(List.of(), assessment.history(learner, "ARCH-DESIGN"), "nothing was kept");
    }

    @Test
    void oneLearnersRatingsNeverReachAnother() {
        String one = newLearner();
        String other = newLearner();

        assessment.rate(one, List.of(new RatingDraft("LEADERSHIP", 4, null, null)));

        assertEquals(List.of(), assessment.history(other, "LEADERSHIP"));
        assertTrue(assessment.gaps(other).stream().allMatch(g -> g.getCurrent() == 0));
    }

    @Test
    void recommendationsFollowTheLargestGapsAndLeaveOutWhatIsAlreadyMet() {
        String learner = newLearner();
        assessment.rate(learner, List.of(new RatingDraft("BEST-PRACTICE", 4, null, null)));

        List<AssessmentService.GapRecommendations> recommendations = assessment.recommendations(learner);

        assertEquals(5, recommendations.size(), "BEST-PRACTICE is at its target");
        assertTrue(recommendations.stream().noneMatch(r -> r.getGap().getSkillCode().equals("BEST-PRACTICE")));
        recommendations.forEach(r -> assertTrue(r.getRecommendations().size() >= 2, r.getGap().getSkillCode()));
        Recommendation first = recommendations.get(0).getRecommendations().get(0);
        assertTrue(first.getReason().startsWith("covers level "), first.getReason());
    }

    @Inject
    org.ctopath.plan.PlanService plans;

    @Test
    void aCompletedResourceIsNotRecommendedAgain() {
        String learner = newLearner();
        Recommendation best = assessment.recommendations(learner).get(0).getRecommendations().get(0);
        org.ctopath.plan.DevelopmentPlan plan = plans.createForGaps(learner, plans.today(), java.math.BigDecimal.TEN);
        org.ctopath.plan.PlanItem item = plans.plan(learner, plan.getId()).getItems().stream()
                .filter(i -> i.getResource().getCode().equals(best.getResourceCode())).findFirst().orElseThrow();

        plans.recordProgress(learner, item.getId(), org.ctopath.plan.ItemStatus.COMPLETED, 100, java.math.BigDecimal.ONE, null, item.getVersion());

        assertTrue(assessment.recommendations(learner).stream().flatMap(r -> r.getRecommendations().stream())
                .noneMatch(r -> r.getResourceCode().equals(best.getResourceCode())));
    }

    @Inject
    org.ctopath.certification.CertificationRecords records;

    private List<String> missingBeforeDpi(String learner) {
        return assessment.recommendations(learner).stream().flatMap(r -> r.getRecommendations().stream())
                .filter(r -> r.getResourceCode().equals("ITIL4-DPI")).findFirst().orElseThrow().getMissingPrerequisites();
    }

    @Test
    void aCertificationShowsThePrerequisiteStillMissingUntilItIsPassed() {
        String learner = newLearner();
        assertEquals(List.of("ITIL 4 Foundation"), missingBeforeDpi(learner));

        records.recordAttempt(learner, new org.ctopath.certification.CertificationRecords.AttemptDraft(
                "ITIL4-F", records.today().minusYears(5), 30, true, null));

        assertEquals(List.of(), missingBeforeDpi(learner), "an expired Foundation still counts");
    }

    @Test
    void aLearnerCanAimAtAnotherProfile() {
        String learner = newLearner();

        assertThrows(InvalidInput.class, () -> assessment.chooseTarget(learner, "NO-SUCH-PROFILE"));
        assessment.chooseTarget(learner, "CTO");

        assertEquals("CTO", assessment.target(learner).getCode());
    }
}
