package org.ctopath.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ctopath.assessment.GapAnalysis.Rating;
import org.ctopath.assessment.GapAnalysis.Target;
import org.ctopath.assessment.Recommender.Candidate;
import org.junit.jupiter.api.Test;

class GapAnalysisTest {

    private static final Instant MONDAY = Instant.parse("2026-11-02T09:00:00Z");
    private static final Instant TUESDAY = MONDAY.plusSeconds(86_400);
    private static final List<Target> CTO = List.of(new Target("ARCH", "Architecture Design", 5),
            new Target("LEAD", "Leadership and teamwork", 5), new Target("BEST", "Best Practice", 4));

    @Test
    void theLatestSelfRatingCountsAndAnUnratedSkillIsAtZero() {
        List<SkillGap> gaps = GapAnalysis.gaps(CTO, List.of(
                new Rating("ARCH", 2, RatingSource.SELF, MONDAY), new Rating("ARCH", 3, RatingSource.SELF, TUESDAY),
                new Rating("BEST", 4, RatingSource.SELF, MONDAY)));

        assertEquals("[LEAD 0/5, ARCH 3/5, BEST 4/4]", gaps.toString());
        assertEquals(List.of(5, 2, 0), gaps.stream().map(SkillGap::getGap).toList());
    }

    @Test
    void aMentorsConfirmedRatingCountsOverANewerSelfRating() {
        List<SkillGap> gaps = GapAnalysis.gaps(CTO, List.of(
                new Rating("ARCH", 2, RatingSource.MENTOR, MONDAY), new Rating("ARCH", 4, RatingSource.SELF, TUESDAY)));

        SkillGap arch = gaps.stream().filter(g -> g.getSkillCode().equals("ARCH")).findFirst().orElseThrow();
        assertEquals(2, arch.getCurrent());
        assertEquals(RatingSource.MENTOR, arch.getCurrentFrom());
    }

    @Test
    void aRatingAboveTheTargetIsANegativeGapAndClosed() {
        SkillGap best = GapAnalysis.gaps(CTO, List.of(new Rating("BEST", 5, RatingSource.SELF, MONDAY))).get(2);

        assertEquals(-1, best.getGap());
        assertEquals(false, best.isOpen());
    }

    @Test
    void recommendationsCoverMissingLevelsMostFirstThenLeastEffort() {
        SkillGap arch = new SkillGap("ARCH", "Architecture Design", 5, 2, RatingSource.SELF);
        List<Candidate> candidates = List.of(
                new Candidate("BOOK", "Fundamentals", "Book", new BigDecimal("12"), 2, 4, List.of()),
                new Candidate("ARTICLE", "Short read", "Article", new BigDecimal("2.0"), 1, 3, List.of()),
                new Candidate("CERT", "TOGAF", "Certification", new BigDecimal("40"), 3, 5, List.of("Foundation")),
                new Candidate("EASY", "Beginner course", "Course", new BigDecimal("5"), 0, 2, List.of()),
                new Candidate("DONE", "Already read", "Book", new BigDecimal("1"), 2, 5, List.of()),
                new Candidate("BOOK2", "Another book", "Book", new BigDecimal("10"), 3, 5, List.of()));

        List<Recommendation> ranked = Recommender.rank(arch, candidates, Set.of("DONE"));

        assertEquals(List.of("BOOK2", "BOOK", "CERT", "ARTICLE"), ranked.stream().map(Recommendation::getResourceCode).toList());
        assertEquals("covers level 2 to 4 of Architecture Design, 12 h", ranked.get(1).getReason());
        assertEquals("covers level 2 to 3 of Architecture Design, 2 h", ranked.get(3).getReason());
        assertEquals(List.of("Foundation"), ranked.get(2).getMissingPrerequisites());
    }

    @Test
    void aClosedGapGetsNoRecommendations() {
        SkillGap closed = new SkillGap("ARCH", "Architecture Design", 4, 4, RatingSource.SELF);

        assertEquals(List.of(), Recommender.rank(closed, List.of(
                new Candidate("BOOK", "Fundamentals", "Book", BigDecimal.ONE, 3, 5, List.of())), Set.of()));
    }
}
