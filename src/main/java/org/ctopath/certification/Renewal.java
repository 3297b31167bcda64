package org.ctopath.certification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The renewal rule of a scheme whose certificates share one renew-by date (ITIL 4 since 2023): the
 * date is a validity period after the latest exam of the scheme passed; logging enough CPD in each
 * year of the period renews it for another period. For ITIL 4: three years, 20 points a year, of
 * which at least 5 from professional experience and at most 15 counted from professional
 * education. Within 90 days of the date, renewal is due; after it, the person stays on the
 * register but is not aligned with current requirements. Plain logic, no storage.
 */
public final class Renewal {

    public static final int DUE_WITHIN_DAYS = 90;
    static final BigDecimal MIN_EXPERIENCE = new BigDecimal("5");
    static final BigDecimal MAX_EDUCATION = new BigDecimal("15");

    /** CPD points logged on a day. */
    public record Cpd(LocalDate on, BigDecimal points, CpdCategory category) {
    }

    /** Where a person stands: the renew-by date and the status today. */
    public record Standing(LocalDate renewBy, RenewalStatus status) {
    }

    private Renewal() {
    }

    /**
     * @param passes the days exams of the scheme were passed
     * @param validityMonths how long a pass keeps the suite current
     * @param pointsPerYear CPD points needed in each year of the period to renew it
     */
    public static Optional<Standing> standing(List<LocalDate> passes, List<Cpd> cpd, int validityMonths, Integer pointsPerYear,
                                              LocalDate today) {
        Optional<LocalDate> latestPass = passes.stream().max(LocalDate::compareTo);
        if (latestPass.isEmpty()) {
            return Optional.empty();
        }
        LocalDate periodStart = latestPass.get();
        LocalDate renewBy = periodStart.plusMonths(validityMonths);
        while (pointsPerYear != null && renewedByCpd(cpd, periodStart, validityMonths, BigDecimal.valueOf(pointsPerYear))) {
            periodStart = renewBy;
            renewBy = renewBy.plusMonths(validityMonths);
        }
        RenewalStatus status = !today.isBefore(renewBy) ? RenewalStatus.NOT_ALIGNED
                : !today.isBefore(renewBy.minusDays(DUE_WITHIN_DAYS)) ? RenewalStatus.RENEWAL_DUE : RenewalStatus.CURRENT;
        return Optional.of(new Standing(renewBy, status));
    }

    /** Whether every year of the period from {@code start} has enough CPD of the right kinds. */
    static boolean renewedByCpd(List<Cpd> cpd, LocalDate start, int validityMonths, BigDecimal pointsPerYear) {
        int years = Math.max(1, validityMonths / 12);
        for (int year = 0; year < years; year++) {
            LocalDate from = start.plusYears(year);
            LocalDate to = from.plusYears(1);
            if (countedPoints(cpd, from, to).compareTo(pointsPerYear) < 0 || experience(cpd, from, to).compareTo(MIN_EXPERIENCE) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The points a year counts: education at most 15, everything else in full. */
    public static BigDecimal countedPoints(List<Cpd> cpd, LocalDate from, LocalDate to) {
        BigDecimal education = sum(cpd, from, to, CpdCategory.EDUCATION).min(MAX_EDUCATION);
        return education.add(sum(cpd, from, to, CpdCategory.EXPERIENCE)).add(sum(cpd, from, to, CpdCategory.OTHER));
    }

    public static BigDecimal experience(List<Cpd> cpd, LocalDate from, LocalDate to) {
        return sum(cpd, from, to, CpdCategory.EXPERIENCE);
    }

    private static BigDecimal sum(List<Cpd> cpd, LocalDate from, LocalDate to, CpdCategory category) {
        return cpd.stream().filter(c -> c.category() == category && !c.on().isBefore(from) && c.on().isBefore(to))
                .map(Cpd::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
