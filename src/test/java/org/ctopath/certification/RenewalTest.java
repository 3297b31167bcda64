package org.ctopath.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ctopath.certification.Renewal.Cpd;
import org.ctopath.certification.Renewal.Standing;
import org.junit.jupiter.api.Test;

/** The ITIL 4 renewal rule of the domain brief. */
class RenewalTest {

    private static final LocalDate FOUNDATION = LocalDate.of(2024, 3, 1);
    private static final LocalDate DPI = LocalDate.of(2025, 6, 10);

    private static Optional<Standing> itil(List<LocalDate> passes, List<Cpd> cpd, LocalDate today) {
        return Renewal.standing(passes, cpd, 36, 20, today);
    }

    private static Cpd cpd(LocalDate on, String points, CpdCategory category) {
        return new Cpd(on, new BigDecimal(points), category);
    }

    @Test
    void oneRenewByDateThreeYearsAfterTheLatestPassOfTheSuite() {
        Standing standing = itil(List.of(FOUNDATION, DPI), List.of(), LocalDate.of(2026, 11, 23)).orElseThrow();

        assertEquals(LocalDate.of(2028, 6, 10), standing.renewBy());
        assertEquals(RenewalStatus.CURRENT, standing.status());
    }

    @Test
    void renewalIsDueWithinNinetyDaysAndNotAlignedAfter() {
        assertEquals(RenewalStatus.RENEWAL_DUE, itil(List.of(FOUNDATION), List.of(), LocalDate.of(2027, 1, 1)).orElseThrow().status());
        assertEquals(RenewalStatus.CURRENT, itil(List.of(FOUNDATION), List.of(), LocalDate.of(2026, 11, 30)).orElseThrow().status());
        assertEquals(RenewalStatus.NOT_ALIGNED, itil(List.of(FOUNDATION), List.of(), LocalDate.of(2027, 3, 1)).orElseThrow().status());
    }

    @Test
    void noPassNoStanding() {
        assertEquals(Optional.empty(), itil(List.of(), List.of(), LocalDate.of(2026, 1, 1)));
    }

    @Test
    void twentyPointsEachYearWithEnoughExperienceRenewForThreeMoreYears() {
        List<Cpd> log = new ArrayList<>();
        for (int year = 0; year < 3; year++) {
            log.add(cpd(FOUNDATION.plusYears(year).plusMonths(2), "6", CpdCategory.EXPERIENCE));
            log.add(cpd(FOUNDATION.plusYears(year).plusMonths(5), "14", CpdCategory.EDUCATION));
        }

        assertEquals(LocalDate.of(2030, 3, 1), itil(List.of(FOUNDATION), log, LocalDate.of(2027, 2, 1)).orElseThrow().renewBy());
    }

    @Test
    void educationCountsAtMostFifteenAndExperienceAtLeastFiveAYear() {
        List<Cpd> tooMuchEducation = new ArrayList<>();
        List<Cpd> tooLittleExperience = new ArrayList<>();
        for (int year = 0; year < 3; year++) {
            tooMuchEducation.add(cpd(FOUNDATION.plusYears(year).plusMonths(1), "4", CpdCategory.EXPERIENCE));
            tooMuchEducation.add(cpd(FOUNDATION.plusYears(year).plusMonths(1), "30", CpdCategory.EDUCATION));
            tooLittleExperience.add(cpd(FOUNDATION.plusYears(year).plusMonths(1), "4", CpdCategory.EXPERIENCE));
            tooLittleExperience.add(cpd(FOUNDATION.plusYears(year).plusMonths(1), "16", CpdCategory.OTHER));
        }

        assertEquals(new BigDecimal("19"), Renewal.countedPoints(tooMuchEducation, FOUNDATION, FOUNDATION.plusYears(1)));
        assertEquals(LocalDate.of(2027, 3, 1), itil(List.of(FOUNDATION), tooMuchEducation, LocalDate.of(2026, 1, 1)).orElseThrow().renewBy());
        assertEquals(LocalDate.of(2027, 3, 1), itil(List.of(FOUNDATION), tooLittleExperience, LocalDate.of(2026, 1, 1)).orElseThrow().renewBy());
    }

    @Test
    void aYearShortOfPointsBreaksTheRenewal() {
        List<Cpd> log = List.of(cpd(FOUNDATION.plusMonths(2), "20", CpdCategory.EXPERIENCE),
                cpd(FOUNDATION.plusYears(1).plusMonths(2), "20", CpdCategory.EXPERIENCE),
                cpd(FOUNDATION.plusYears(2).plusMonths(2), "19", CpdCategory.EXPERIENCE));

        assertEquals(LocalDate.of(2027, 3, 1), itil(List.of(FOUNDATION), log, LocalDate.of(2026, 1, 1)).orElseThrow().renewBy());
    }
}
