package org.ctopath.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctopath.catalogue.Certification;
import org.ctopath.catalogue.LearningResource;
import org.ctopath.catalogue.SkillRange;
import org.ctopath.competency.RoleProfile;
import org.ctopath.competency.Skill;
import org.ctopath.competency.SkillTarget;
import org.ctopath.files.FileRules;
import org.ctopath.files.StoredFiles;
import org.ctopath.files.Upload;
import org.ctopath.identity.Account;
import org.ctopath.identity.AccountService;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.UtcTime;
import org.ctopath.identity.Caller;
import org.ctopath.platform.Restricted;

/**
 * A learner's self-assessment against their target role profile: the ratings they give, the gaps
 * that follow and the resources that close them. Every method takes the signed-in username and
 * reaches only that person's data.
 */
@ApplicationScoped
@Transactional
@Restricted
public class AssessmentService {

    /** A self-rating as the learner enters it; the evidence file may be null. */
    public record RatingDraft(String skillCode, Integer level, String note, String evidenceUrl, Upload evidenceFile) {

        public RatingDraft(String skillCode, Integer level, String note, String evidenceUrl) {
            this(skillCode, level, note, evidenceUrl, null);
        }
    }

    @Inject
    Caller caller;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    StoredFiles files;

    @Inject
    Event<RatingConfirmed> ratingConfirmed;

    Clock clock = Clock.systemUTC();

    /** The profile the learner works toward: their choice, or the CTO profile. */
    public RoleProfile target(String username) {
        caller.requireSight(username);
        RoleProfile profile = targetRow(username).map(LearnerTarget::getProfile).orElseGet(() ->
                em.createNamedQuery(RoleProfile.BY_CODE, RoleProfile.class).setParameter("code", RoleProfile.CTO).getSingleResult());
        profile.getTargets().forEach(t -> t.getSkill().getName());
        profile.getScale().getLevels();
        return profile;
    }

    public void chooseTarget(String username, String profileCode) {
        caller.requireSelf(username);
        RoleProfile profile = em.createNamedQuery(RoleProfile.BY_CODE, RoleProfile.class).setParameter("code", profileCode)
                .getResultStream().filter(p -> !p.isArchived()).findFirst()
                .orElseThrow(() -> InvalidInput.of("profile", "Choose a role profile that is in use."));
        Optional<LearnerTarget> existing = targetRow(username);
        if (existing.isPresent()) {
            existing.get().choose(profile, clock.instant());
        } else {
            em.persist(new LearnerTarget(account(username), profile, clock.instant()));
        }
    }

    public List<RoleProfile> profilesToChoose() {
        return em.createQuery("select p from RoleProfile p where p.archived = false order by p.name", RoleProfile.class).getResultList();
    }

    /**
     * Records the self-ratings of the skills whose level is given; all are checked first, and none
     * is recorded if any is wrong. Returns how many were recorded.
     */
    public int rate(String username, List<RatingDraft> drafts) {
        caller.requireSelf(username);
        Account account = account(username);
        RoleProfile profile = target(username);
        Map<String, Skill> skills = new HashMap<>();
        profile.getTargets().forEach(t -> skills.put(t.getSkill().getCode(), t.getSkill()));
        int max = profile.getScale().getMaxOrdinal();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        List<SkillRating> ratings = new ArrayList<>();
        Map<SkillRating, Upload> evidenceFiles = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            RatingDraft draft = drafts.get(i);
            if (draft.level() == null) {
                if (draft.evidenceFile() != null) {
                    problems.add("ratings:" + i + ":level", "Choose a level for the rating this file is evidence of.");
                }
                continue;
            }
            String row = "ratings:" + i;
            Skill skill = skills.get(draft.skillCode());
            if (skill == null) {
                problems.add(row + ":level", "This skill is not part of your target profile.");
                continue;
            }
            if (draft.level() < 0 || draft.level() > max) {
                problems.add(row + ":level", "Choose a level from the scale.");
            }
            String note = draft.note() == null || draft.note().isBlank() ? null : draft.note().trim();
            if (note != null && note.length() > SkillRating.NOTE_MAXLENGTH) {
                problems.add(row + ":note", "A note may have at most " + SkillRating.NOTE_MAXLENGTH + " characters.");
            }
            String evidence = draft.evidenceUrl() == null || draft.evidenceUrl().isBlank() ? null : draft.evidenceUrl().trim();
            if (evidence != null && !isWebAddress(evidence)) {
                problems.add(row + ":evidence", "Evidence must be a web address starting with https:// or http://.");
            }
            SkillRating rating = new SkillRating(account, skill, Math.max(0, draft.level()), note, evidence, RatingSource.SELF, username, clock.instant());
            if (draft.evidenceFile() != null) {
                FileRules.Result file = FileRules.check(draft.evidenceFile());
                if (file.isAccepted()) {
                    evidenceFiles.put(rating, draft.evidenceFile());
                } else {
                    problems.add(row + ":evidenceFile", file.refusal());
                }
            }
            ratings.add(rating);
        }
        problems.throwIfAny();
        for (SkillRating rating : ratings) {
            Upload file = evidenceFiles.get(rating);
            if (file != null) {
                rating.attachEvidence(files.store(account, file, "evidenceFile"));
            }
            em.persist(rating);
        }
        return ratings.size();
    }

    /**
     * A mentor's rating of a mentee's skill, confirming the latest self-rating (same level) or
     * adjusting it (another level, with a comment saying why); from then on it counts for the gap.
     * The caller has checked that the mentor mentors the learner.
     */
    public SkillRating confirm(String mentorUsername, String learnerUsername, String skillCode, Integer level, String comment) {
        caller.requireMentorOf(mentorUsername, learnerUsername);
        RoleProfile profile = target(learnerUsername);
        SkillRating self = latestSelfRatings(learnerUsername).get(skillCode);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (self == null) {
            throw InvalidInput.of("level", "There is no self-rating of this skill to confirm yet.");
        }
        if (level == null || level < 0 || level > profile.getScale().getMaxOrdinal()) {
            problems.add("level", "Choose a level from the scale.");
        }
        String note = comment == null || comment.isBlank() ? null : comment.trim();
        if (note != null && note.length() > SkillRating.NOTE_MAXLENGTH) {
            problems.add("comment", "A comment may have at most " + SkillRating.NOTE_MAXLENGTH + " characters.");
        } else if (note == null && level != null && level != self.getLevel()) {
            problems.add("comment", "Say why you adjust the level: the learner reads it.");
        }
        problems.throwIfAny();
        SkillRating rating = new SkillRating(self.getAccount(), self.getSkill(), level, note, null, RatingSource.MENTOR,
                mentorUsername, clock.instant());
        rating.review(self);
        em.persist(rating);
        ratingConfirmed.fire(new RatingConfirmed(rating, self));
        return rating;
    }

    /**
     * A mentor marks the evidence of a mentee's self-rating checked. The caller has checked that
     * the mentor mentors the learner; a rating that is not the learner's is not there (empty).
     */
    public Optional<SkillRating> verifyEvidence(String mentorUsername, String learnerUsername, Long ratingId) {
        caller.requireMentorOf(mentorUsername, learnerUsername);
        SkillRating rating = ratingId == null ? null : em.find(SkillRating.class, ratingId);
        if (rating == null || !rating.getAccount().getUsername().equals(learnerUsername)) {
            return Optional.empty();
        }
        if (rating.getEvidenceUrl() == null && rating.getEvidenceFile() == null) {
            throw InvalidInput.of(null, "This rating has no evidence to verify.");
        }
        rating.verify(mentorUsername, clock.instant());
        return Optional.of(rating);
    }

    /** When the learner or their mentor last rated any of the learner's skills; empty before the first rating. */
    public Optional<Instant> lastRatedAt(String username) {
        caller.requireSight(username);
        return Optional.ofNullable(em.createQuery("select max(r.ratedAt) from SkillRating r where r.account.username = :username",
                LocalDateTime.class).setParameter("username", username).getSingleResult()).map(UtcTime::fromColumn);
    }

    /** Every rating of one skill, newest first: the skill's trend. */
    public List<SkillRating> history(String username, String skillCode) {
        caller.requireSight(username);
        return em.createQuery("select r from SkillRating r where r.account.username = :username and r.skill.code = :skill"
                        + " order by r.ratedAt desc, r.id desc", SkillRating.class)
                .setParameter("username", username).setParameter("skill", skillCode).getResultList();
    }

    /** The learner's latest self-rating of each skill they rated, by skill code. */
    public Map<String, SkillRating> latestSelfRatings(String username) {
        caller.requireSight(username);
        Map<String, SkillRating> latest = new LinkedHashMap<>();
        ratings(username).stream().filter(r -> r.getSource() == RatingSource.SELF)
                .forEach(r -> latest.putIfAbsent(r.getSkill().getCode(), r));
        return latest;
    }

    public List<SkillGap> gaps(String username) {
        caller.requireSight(username);
        RoleProfile profile = target(username);
        List<GapAnalysis.Target> targets = profile.getTargets().stream()
                .map(t -> new GapAnalysis.Target(t.getSkill().getCode(), t.getSkill().getName(), t.getTargetLevel().getOrdinal()))
                .toList();
        List<GapAnalysis.Rating> ratings = ratings(username).stream()
                .map(r -> new GapAnalysis.Rating(r.getSkill().getCode(), r.getLevel(), r.getSource(), r.getRatedAt()))
                .toList();
        return GapAnalysis.gaps(targets, ratings);
    }

    /** An open gap and the ranked resources that close it. */
    public static final class GapRecommendations {
        private final SkillGap gap;
        private final List<Recommendation> recommendations;

        GapRecommendations(SkillGap gap, List<Recommendation> recommendations) {
            this.gap = gap;
            this.recommendations = recommendations;
        }

        public SkillGap getGap() {
            return gap;
        }

        public List<Recommendation> getRecommendations() {
            return recommendations;
        }
    }

    /** For each open gap, largest first, the ranked resources that close it. */
    public List<GapRecommendations> recommendations(String username) {
        caller.requireSight(username);
        List<GapRecommendations> result = new ArrayList<>();
        Set<String> completed = completedResources(username);
        Set<String> passed = passedCertifications(username);
        Map<String, List<Recommender.Candidate>> candidates = new HashMap<>();
        List<SkillGap> gaps = gaps(username);
        for (SkillGap gap : gaps) {
            if (!gap.isOpen()) {
                continue;
            }
            List<LearningResource> resources = em.createQuery("select distinct r from LearningResource r join r.skills s"
                            + " where s.skill.code = :skill and r.archived = false", LearningResource.class)
                    .setParameter("skill", gap.getSkillCode()).getResultList();
            List<Recommender.Candidate> skillCandidates = candidates.computeIfAbsent(gap.getSkillCode(), code -> new ArrayList<>());
            for (LearningResource resource : resources) {
                for (SkillRange range : resource.getSkills()) {
                    if (range.getSkill().getCode().equals(gap.getSkillCode())) {
                        skillCandidates.add(new Recommender.Candidate(resource.getCode(), resource.getTitle(), resource.getKind().getLabel(),
                                resource.getEffortHours(), range.getFromLevel(), range.getToLevel(), missingPrerequisites(resource, passed)));
                    }
                }
            }
        }
        return recommend(gaps, candidates, completed);
    }

    /**
     * For each open gap, largest first, the ranked candidates of its skill: the one rule for a single
     * learner ({@link #recommendations}) and for plans made for many at once (plan.BulkPlans).
     *
     * @param candidatesBySkill the resources that build each skill, by skill code
     * @param completed the resources the learner completed in any plan
     */
    public static List<GapRecommendations> recommend(List<SkillGap> gaps, Map<String, List<Recommender.Candidate>> candidatesBySkill,
                                                     Set<String> completed) {
        List<GapRecommendations> result = new ArrayList<>();
        for (SkillGap gap : gaps) {
            if (gap.isOpen()) {
                result.add(new GapRecommendations(gap, Recommender.rank(gap, candidatesBySkill.getOrDefault(gap.getSkillCode(), List.of()),
                        completed)));
            }
        }
        return result;
    }

    /** What the learner has completed in any of their plans: not recommended again. */
    private Set<String> completedResources(String username) {
        return Set.copyOf(em.createQuery("select i.resource.code from PlanItem i where i.plan.owner.username = :username"
                + " and i.status = org.ctopath.plan.ItemStatus.COMPLETED", String.class).setParameter("username", username).getResultList());
    }

    /** Certifications the learner has passed, ever: an expired one still satisfies a prerequisite. */
    private Set<String> passedCertifications(String username) {
        return Set.copyOf(em.createQuery("select a.certification.resource.code from CertificationAttempt a"
                + " where a.account.username = :username and a.passed = true", String.class).setParameter("username", username).getResultList());
    }

    /** The prerequisites of a certification the learner has not passed yet, by title. */
    private List<String> missingPrerequisites(LearningResource resource, Set<String> passed) {
        if (!resource.isCertification()) {
            return List.of();
        }
        Certification certification = em.find(Certification.class, resource.getId());
        return certification == null ? List.of() : certification.getPrerequisites().stream()
                .filter(p -> !passed.contains(p.getCode())).map(Certification::getTitle).toList();
    }

    /** The learner's ratings of the skills of their target profile, newest first. */
    private List<SkillRating> ratings(String username) {
        return em.createQuery("select r from SkillRating r where r.account.username = :username order by r.ratedAt desc, r.id desc",
                SkillRating.class).setParameter("username", username).getResultList();
    }

    private Optional<LearnerTarget> targetRow(String username) {
        return em.createQuery("select t from LearnerTarget t where t.account.username = :username", LearnerTarget.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    private Account account(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new IllegalStateException("no account " + username));
    }

    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The skills of the target profile in the profile's order. */
    public List<SkillTarget> targetSkills(String username) {
        caller.requireSight(username);
        return target(username).getTargets();
    }
}
