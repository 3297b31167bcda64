package org.ctopath.assessment;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Ranks the resources that build a skill across the levels a person is missing. Plain logic, no storage. */
public final class Recommender {

    /** A resource as ranking needs it: the levels of one skill it takes a person from and to. */
    public record Candidate(String code, String title, String kind, BigDecimal effortHours, int fromLevel, int toLevel,
                            List<String> prerequisiteTitles) {
    }

    private Recommender() {
    }

    /**
     * The candidates that cover at least one missing level of the gap, most missing levels first,
     * then least effort, then title; those already completed are left out.
     */
    public static List<Recommendation> rank(SkillGap gap, List<Candidate> candidates, Set<String> completed) {
        if (!gap.isOpen()) {
            return List.of();
        }
        return candidates.stream()
                .filter(c -> !completed.contains(c.code()))
                .filter(c -> Math.min(c.toLevel(), gap.getTarget()) > Math.max(c.fromLevel(), gap.getCurrent()))
                .map(c -> {
                    int from = Math.max(c.fromLevel(), gap.getCurrent());
                    int to = Math.min(c.toLevel(), gap.getTarget());
                    String reason = "covers level " + from + " to " + to + " of " + gap.getSkillName() + ", "
                            + c.effortHours().stripTrailingZeros().toPlainString() + " h";
                    return new Recommendation(c.code(), c.title(), c.kind(), c.effortHours(), from, to, reason, c.prerequisiteTitles());
                })
                .sorted(Comparator.comparingInt(Recommendation::getLevelsCovered).reversed()
                        .thenComparing(Recommendation::getEffortHours)
                        .thenComparing(Recommendation::getTitle))
                .toList();
    }
}
