package org.ctopath.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ctopath.certification.CpdCategory;
import org.ctopath.certification.Renewal;
import org.ctopath.certification.RenewalStatus;

/**
 * Turns the renewal facts (passes and CPD, ordered by person and scheme) into each person's renew-by
 * date and status by the scheme's rule ({@link Renewal}, the same code the learner's own page uses),
 * one person and scheme at a time, so that memory holds one person's facts and the per-scheme counts.
 */
final class RenewalRows implements ReportRunner.RowSink {

    private final ReportTable output;
    private final LocalDate today;
    private final ReportRunner.RowSink downstream;
    private final Map<Long, long[]> byScheme = new LinkedHashMap<>();
    private final Map<Long, String> schemeNames = new LinkedHashMap<>();
    private ReportRow first;
    private final List<LocalDate> passes = new ArrayList<>();
    private final List<Renewal.Cpd> cpd = new ArrayList<>();

    RenewalRows(ReportTable output, LocalDate today, ReportRunner.RowSink downstream) {
        this.output = output;
        this.today = today;
        this.downstream = downstream;
    }

    @Override
    public void row(ReportRow fact) throws Exception {
        if (first != null && !(Objects.equals(first.get("account_id"), fact.get("account_id"))
                && Objects.equals(first.get("scheme_id"), fact.get("scheme_id")))) {
            flush();
        }
        if (first == null) {
            first = fact;
        }
        if ("PASS".equals(fact.get("kind"))) {
            passes.add((LocalDate) fact.get("on_day"));
        } else {
            cpd.add(new Renewal.Cpd((LocalDate) fact.get("on_day"), (BigDecimal) fact.get("points"),
                    CpdCategory.valueOf((String) fact.get("category"))));
        }
    }

    private void flush() throws Exception {
        Object points = first.get("points_per_year");
        Optional<Renewal.Standing> standing = Renewal.standing(passes, cpd, ((Number) first.get("validity_months")).intValue(),
                points == null ? null : ((Number) points).intValue(), today);
        if (standing.isPresent()) {
            long scheme = (Long) first.get("scheme_id");
            schemeNames.put(scheme, (String) first.get("scheme"));
            long[] counts = byScheme.computeIfAbsent(scheme, s -> new long[4]);
            counts[0]++;
            counts[1 + standing.get().status().ordinal()]++;
            if (output == ReportTable.RENEWAL_PEOPLE) {
                LinkedHashMap<String, Object> row = new LinkedHashMap<>();
                row.put("account_id", first.get("account_id"));
                row.put("person", first.get("person"));
                row.put("team", first.get("team"));
                row.put("scheme", first.get("scheme"));
                row.put("renew_by", standing.get().renewBy());
                row.put("status", standing.get().status().getLabel());
                downstream.row(new ReportRow(row));
            }
        }
        first = null;
        passes.clear();
        cpd.clear();
    }

    /** After the last fact: the last person, and for the summary one row per scheme. */
    void finish() throws Exception {
        if (first != null) {
            flush();
        }
        if (output == ReportTable.RENEWALS) {
            for (Map.Entry<Long, long[]> scheme : byScheme.entrySet()) {
                LinkedHashMap<String, Object> row = new LinkedHashMap<>();
                row.put("scheme_id", scheme.getKey());
                row.put("scheme", schemeNames.get(scheme.getKey()));
                row.put("holders", scheme.getValue()[0]);
                row.put("current", scheme.getValue()[1 + RenewalStatus.CURRENT.ordinal()]);
                row.put("renewal_due", scheme.getValue()[1 + RenewalStatus.RENEWAL_DUE.ordinal()]);
                row.put("not_aligned", scheme.getValue()[1 + RenewalStatus.NOT_ALIGNED.ordinal()]);
                downstream.row(new ReportRow(row));
            }
        }
    }
}
