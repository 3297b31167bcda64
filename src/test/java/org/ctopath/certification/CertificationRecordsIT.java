package org.ctopath.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ctopath.certification.CertificationRecords.AttemptDraft;
import org.ctopath.certification.CertificationRecords.CpdDraft;
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

/** Certification attempts and CPD against the shipped ITIL 4 scheme, each test with a learner of its own. */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class CertificationRecordsIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    CertificationRecords records;

    @Inject
    AccountService accounts;

    private String newLearner() {
        String username = "certified-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Certified Learner", "a long enough password", Set.of(Role.LEARNER));
        return username;
    }

    private Map<String, String> progress(String learner) {
        return records.designations(learner).stream()
                .collect(Collectors.toMap(CertificationRecords.DesignationProgress::getName, d -> d.getHeld() + " of " + d.getTotal()));
    }

    @Test
    void passingItilExamsSetsOneRenewByDateAndMovesTheDesignations() {
        String learner = newLearner();
        LocalDate foundation = records.today().minusMonths(20);
        LocalDate dpi = records.today().minusMonths(2);

        records.recordAttempt(learner, new AttemptDraft("ITIL4-F", foundation, 33, true, "GR671234"));
        records.recordAttempt(learner, new AttemptDraft("ITIL4-DPI", dpi.minusMonths(1), 25, false, null));
        records.recordAttempt(learner, new AttemptDraft("ITIL4-DPI", dpi, 31, true, "GR679999"));

        List<CertificationRecords.SchemeStanding> standings = records.standings(learner);
        assertEquals(1, standings.size());
        assertEquals(dpi.plusMonths(36), standings.get(0).getRenewBy(), "three years after the latest ITIL 4 pass");
        assertEquals(RenewalStatus.CURRENT, standings.get(0).getStatus());
        assertEquals(Map.of("ITIL 4 Managing Professional", "1 of 4", "ITIL 4 Strategic Leader", "1 of 2"), progress(learner));
        assertEquals(Set.of("ITIL4-F", "ITIL4-DPI"), records.passed(learner));
    }

    @Test
    void anOldFoundationPassIsNotAlignedButStillPassed() {
        String learner = newLearner();

        records.recordAttempt(learner, new AttemptDraft("ITIL4-F", records.today().minusYears(4), null, true, null));

        assertEquals(RenewalStatus.NOT_ALIGNED, records.standings(learner).get(0).getStatus());
        assertTrue(records.passed(learner).contains("ITIL4-F"), "an expired Foundation still satisfies the prerequisite");
    }

    @Test
    void scoresMustAgreeWithThePassMarkAndExamsMustHaveHappened() {
        String learner = newLearner();

        InvalidInput belowPass = assertThrows(InvalidInput.class,
                () -> records.recordAttempt(learner, new AttemptDraft("ITIL4-F", records.today(), 20, true, null)));
        InvalidInput future = assertThrows(InvalidInput.class,
                () -> records.recordAttempt(learner, new AttemptDraft("ITIL4-F", records.today().plusDays(3), 30, true, null)));
        InvalidInput tooHigh = assertThrows(InvalidInput.class,
                () -> records.recordAttempt(learner, new AttemptDraft("ITIL4-DITS", records.today(), 31, true, null)));

        assertEquals("A score below the pass mark (26) is a fail.", belowPass.getProblems().get(0).message());
        assertEquals("on", future.getProblems().get(0).field());
        assertEquals("A score from 0 to 30.", tooHigh.getProblems().get(0).message());
        assertEquals(List.of(), records.attempts(learner));
    }

    @Test
    void cpdIsLoggedAndCountedForTheCurrentYear() {
        String learner = newLearner();
        records.recordAttempt(learner, new AttemptDraft("ITIL4-F", records.today().minusMonths(3), 30, true, null));

        records.logCpd(learner, new CpdDraft("ITIL4", records.today().minusDays(10), new BigDecimal("6"), CpdCategory.EXPERIENCE, "Ran the incident review"));
        records.logCpd(learner, new CpdDraft("ITIL4", records.today().minusDays(5), new BigDecimal("18"), CpdCategory.EDUCATION, "Conference"));
        InvalidInput bad = assertThrows(InvalidInput.class,
                () -> records.logCpd(learner, new CpdDraft("ITIL4", records.today(), BigDecimal.ZERO, null, " ")));

        CertificationRecords.SchemeStanding standing = records.standings(learner).get(0);
        assertEquals(0, new BigDecimal("21").compareTo(standing.getPointsThisYear()), "education counts up to 15");
        assertEquals(0, new BigDecimal("6").compareTo(standing.getExperienceThisYear()));
        assertEquals(List.of("points", "category", "description"), bad.getProblems().stream().map(InvalidInput.Problem::field).toList());
    }

    @Test
    void oneLearnersRecordsNeverReachAnother() {
        String one = newLearner();
        String other = newLearner();

        records.recordAttempt(one, new AttemptDraft("ITIL4-F", records.today(), 30, true, null));

        assertEquals(List.of(), records.attempts(other));
        assertEquals(List.of(), records.standings(other));
    }
}
