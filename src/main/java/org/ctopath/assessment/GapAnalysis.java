package org.ctopath.assessment;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Gaps between where a person stands and what a role profile asks, skill by skill. Plain logic, no storage. */
public final class GapAnalysis {

    /** The rule, as people read it on their pages. */
    public static final String RULE = "Your current level in a skill is your mentor's latest confirmed rating where there is one, "
            + "otherwise your latest self-rating; a skill you have not rated counts as not yet at the first level.";

    /** A rating as the analysis needs it. */
    public record Rating(String skillCode, int level, RatingSource source, Instant at) {
    }

    /** A skill of the profile and the level the profile asks for. */
    public record Target(String skillCode, String skillName, int level) {
    }

    private GapAnalysis() {
    }

    /** The rating that counts for a skill: the latest mentor rating, else the latest self rating. */
    static Optional<Rating> counting(List<Rating> ratingsOfOneSkill) {
        Comparator<Rating> byTime = Comparator.comparing(Rating::at);
        Optional<Rating> mentor = ratingsOfOneSkill.stream().filter(r -> r.source() == RatingSource.MENTOR).max(byTime);
        return mentor.isPresent() ? mentor : ratingsOfOneSkill.stream().filter(r -> r.source() == RatingSource.SELF).max(byTime);
    }

    /** Every skill of the profile with its gap, largest gap first; equal gaps keep the profile's order. */
    public static List<SkillGap> gaps(List<Target> targets, List<Rating> ratings) {
        Map<String, List<Rating>> bySkill = ratings.stream().collect(Collectors.groupingBy(Rating::skillCode));
        List<SkillGap> gaps = targets.stream().map(t -> {
            Optional<Rating> counting = counting(bySkill.getOrDefault(t.skillCode(), List.of()));
            return new SkillGap(t.skillCode(), t.skillName(), t.level(),
                    counting.map(Rating::level).orElse(0), counting.map(Rating::source).orElse(null));
        }).toList();
        return gaps.stream().sorted(Comparator.comparingInt(SkillGap::getGap).reversed()).toList();
    }
}
