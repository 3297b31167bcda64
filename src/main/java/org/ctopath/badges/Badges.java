package org.ctopath.badges;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ctopath.audit.AuditAction;
import org.ctopath.audit.AuditLog;
import org.ctopath.catalogue.Certification;
import org.ctopath.catalogue.SkillRange;
import org.ctopath.competency.Skill;
import org.ctopath.competency.exchange.CaseUris;
import org.ctopath.identity.Role;
import org.ctopath.platform.InvalidInput;
import org.ctopath.certification.CertificationAttempt;
import org.ctopath.identity.Account;
import org.ctopath.identity.Caller;
import org.ctopath.plan.DevelopmentPlan;
import org.ctopath.plan.ItemStatus;
import org.ctopath.plan.PlanState;
import org.ctopath.platform.Settings;

/**
 * Open Badges for learners: a passed certification attempt or a completed development plan is
 * issued, on the learner's asking (a POST: a page's button or the API), as an OpenBadgeCredential
 * signed by the instance; reading it again (the download, a GET) never issues. Asking again for
 * the same achievement gives the very same credential (same id, same text), so a badge shared once
 * never has a twin. Only the owner gets their badge; anyone else is answered as if there were none.
 */
@ApplicationScoped
@Transactional
public class Badges {

    /** Why there is no badge for something the learner does own: a failed attempt, a plan not completed. */
    public static class NotEarned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotEarned(String message) {
            super(message);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    BadgeKeys keys;

    @Inject
    Settings settings;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    public OpenBadges openBadges() {
        return new OpenBadges(settings.appUrl());
    }

    /** Why a badge that is earned cannot be downloaded yet: it has not been issued (issuing is a POST). */
    public static class NotIssued extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotIssued(String message) {
            super(message);
        }
    }

    /** What a badge would be for: the learner's own passed attempt or completed plan. */
    private record Earned(Account account, Supplier<Awarded> awarded) {
    }

    /** The shared achievement and what of it is the recipient's own. */
    private record Awarded(Achievement achievement, OpenBadges.Award award) {
    }

    /**
     * The badge of the learner's passed attempt, issued if need be: empty when there is no such
     * attempt of theirs; {@link NotEarned} when it failed.
     */
    public Optional<IssuedBadge> forAttempt(String username, long attemptId) {
        return forKind(BadgeKind.CERTIFICATION, username, attemptId);
    }

    /** The badge of the learner's completed plan, issued if need be: empty when there is no such plan of theirs; {@link NotEarned} until completed. */
    public Optional<IssuedBadge> forPlan(String username, long planId) {
        return forKind(BadgeKind.PLAN, username, planId);
    }

    /**
     * The learner's badge of this kind and subject, issued if need be; when another request issued
     * the same badge at the same moment (the unique key refused ours), a second asking, in a
     * transaction of its own, finds theirs. Called on the bean (its proxy), from outside a transaction.
     */
    public static Optional<IssuedBadge> issueOnce(Badges badges, BadgeKind kind, String username, long subjectId) {
        try {
            return badges.forKind(kind, username, subjectId);
        } catch (NotEarned | BadgesUnavailable refused) {
            throw refused;
        } catch (RuntimeException raced) {
            return badges.forKind(kind, username, subjectId);
        }
    }

    /** The badge, issued if need be (see {@link #forAttempt}, {@link #forPlan}). */
    public Optional<IssuedBadge> forKind(BadgeKind kind, String username, long subjectId) {
        Optional<Earned> earned = earned(kind, username, subjectId);
        return earned.map(e -> issued(kind, subjectId).orElseGet(() -> issue(e.account(), kind, subjectId, e.awarded().get())));
    }

    /**
     * The learner's badge as issued, never issuing it (a download is a GET): empty when there is no
     * such attempt or plan of theirs; {@link NotEarned} when it is not earned; {@link NotIssued} when
     * it is earned but not issued yet.
     */
    public Optional<IssuedBadge> issuedFor(BadgeKind kind, String username, long subjectId) {
        return earned(kind, username, subjectId).map(e -> issued(kind, subjectId).orElseThrow(() -> new NotIssued(
                "This badge has not been issued yet: use \"Get badge\" on your " + (kind == BadgeKind.PLAN ? "plans" : "certifications")
                        + " page.")));
    }

    /** The learner's own earned subject: empty when it is not there or not theirs; {@link NotEarned} when it is theirs but not earned. */
    private Optional<Earned> earned(BadgeKind kind, String username, long subjectId) {
        caller.requireSelf(username); // only the owner issues or downloads their badge
        if (kind == BadgeKind.CERTIFICATION) {
            CertificationAttempt attempt = em.find(CertificationAttempt.class, subjectId);
            if (attempt == null || !attempt.getAccount().getUsername().equals(username)) {
                return Optional.empty();
            }
            if (!attempt.isPassed()) {
                throw new NotEarned("A failed attempt has no badge: badges are for passed exams.");
            }
            return Optional.of(new Earned(attempt.getAccount(), () -> achievement(attempt)));
        }
        DevelopmentPlan plan = em.find(DevelopmentPlan.class, subjectId);
        if (plan == null || !plan.getOwner().getUsername().equals(username)) {
            return Optional.empty();
        }
        if (plan.getState() != PlanState.COMPLETED) {
            throw new NotEarned("This plan is " + plan.getState().getLabel().toLowerCase() + ": a plan earns its badge once it is completed.");
        }
        return Optional.of(new Earned(plan.getOwner(), () -> achievement(plan)));
    }

    /** The badges issued to the learner, newest first. */
    public List<IssuedBadge> issuedTo(String username) {
        caller.requireSight(username);
        return em.createQuery("select b from IssuedBadge b where b.account.username = :username order by b.issuedAt desc, b.id desc",
                IssuedBadge.class).setParameter("username", username).getResultList();
    }

    /**
     * Checks a credential someone brings against this instance's keys and its records: one of ours
     * that was revoked is REVOKED, with the reason for those who may see its owner (the owner, their
     * mentor, an administrator).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verification verify(String credential) {
        caller.requireSignedIn();
        Verification verification = openBadges().verify(credential, keys.publicKeys(), clock.instant());
        if (verification.getResult() != Verification.Result.VALID && verification.getResult() != Verification.Result.EXPIRED) {
            return verification;
        }
        return byCredentialId(verification.getCredentialId()).filter(IssuedBadge::isRevoked)
                .map(b -> verification.revoked(b.getRevokedAt().toString().substring(0, 10),
                        caller.maySee(b.getAccount()) ? b.getRevocationReason() : null))
                .orElse(verification);
    }

    /** Why a badge cannot be revoked: it is revoked already. */
    public static class AlreadyRevoked extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AlreadyRevoked(String message) {
            super(message);
        }
    }

    /** No badge of that number. */
    public static class NoSuchBadge extends org.ctopath.platform.NotFound {
        private static final long serialVersionUID = 1L;

        NoSuchBadge(long id) {
            super("There is no badge " + id + ".");
        }
    }

    /**
     * An administrator revokes an issued badge, saying why: from then on this application and any
     * verifier reading the published status list know it revoked. Audited. A badge is revoked once:
     * {@link AlreadyRevoked} the second time; {@link NoSuchBadge} for a number that is not one.
     */
    public IssuedBadge revoke(long badgeId, String reason) {
        caller.require(Role.ADMIN);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw InvalidInput.of("reason", "Say why the badge is revoked: the learner and their mentor read it.");
        }
        if (why.length() > IssuedBadge.REASON_MAX) {
            throw InvalidInput.of("reason", "At most " + IssuedBadge.REASON_MAX + " characters.");
        }
        IssuedBadge badge = em.find(IssuedBadge.class, badgeId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (badge == null) {
            throw new NoSuchBadge(badgeId);
        }
        if (badge.isRevoked()) {
            throw new AlreadyRevoked("This badge was revoked already, on " + badge.getRevokedAt().toString().substring(0, 10) + " by "
                    + badge.getRevokedBy() + ": " + badge.getRevocationReason());
        }
        badge.revoke(clock.instant(), caller.requireSignedIn(), why);
        audit.record(AuditAction.UPDATE, "Badge", String.valueOf(badge.getId()), "Revoked the " + badge.getKind().name().toLowerCase()
                + " badge " + badge.getCredentialId() + " of " + badge.getAccount().getUsername() + ": " + why);
        return badge;
    }

    /**
     * The signed status list credential of a list (public: anyone checking a badge reads it), or
     * empty for a list no badge has a bit in.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> statusListCredential(int list) {
        long first = (long) (list - 1) * StatusList.SIZE;
        long last = first + StatusList.SIZE - 1;
        if (list < 1 || em.createQuery("select count(b) from IssuedBadge b where b.id between :first and :last", Long.class)
                .setParameter("first", first).setParameter("last", last).getSingleResult() == 0) {
            return Optional.empty();
        }
        List<Integer> revoked = em.createQuery("select b.id from IssuedBadge b where b.revokedAt is not null and b.id between :first and :last",
                Long.class).setParameter("first", first).setParameter("last", last).getResultStream()
                .map(id -> StatusList.Entry.of(id).index()).toList();
        return Optional.of(openBadges().statusListCredential(keys.signingKey(), list, revoked, clock.instant()));
    }

    /**
     * The achievement at its public address ({@code kind} and {@code key} as in its id), as the
     * newest badge issued for it says it: empty when no badge was issued for it, so that nothing
     * unissued is shown. Public: whoever checks a badge follows its achievement's id.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Map<?, ?>> achievement(BadgeKind kind, String key) {
        List<String> credentials;
        if (kind == BadgeKind.CERTIFICATION) {
            credentials = em.createQuery("select b.credential from IssuedBadge b, CertificationAttempt a where b.kind = :kind"
                    + " and a.id = b.subjectId and a.certification.resource.code = :code order by b.issuedAt desc, b.id desc", String.class)
                    .setParameter("kind", kind).setParameter("code", key).setMaxResults(1).getResultList();
        } else {
            long planId;
            try {
                planId = Long.parseLong(key);
            } catch (NumberFormatException notAPlan) {
                return Optional.empty();
            }
            credentials = em.createQuery("select b.credential from IssuedBadge b where b.kind = :kind and b.subjectId = :plan", String.class)
                    .setParameter("kind", kind).setParameter("plan", planId).getResultList();
        }
        return credentials.stream().findFirst().flatMap(OpenBadges::achievementOf);
    }

    private Optional<IssuedBadge> byCredentialId(String credentialId) {
        if (credentialId == null) {
            return Optional.empty();
        }
        return em.createQuery("select b from IssuedBadge b where b.credentialId = :id", IssuedBadge.class).setParameter("id", credentialId)
                .getResultStream().findFirst();
    }

    private Optional<IssuedBadge> issued(BadgeKind kind, long subjectId) {
        return em.createQuery("select b from IssuedBadge b where b.kind = :kind and b.subjectId = :subject", IssuedBadge.class)
                .setParameter("kind", kind).setParameter("subject", subjectId).getResultStream().findFirst();
    }

    private IssuedBadge issue(Account account, BadgeKind kind, long subjectId, Awarded earned) {
        OpenBadges badges = openBadges();
        String credentialId = "urn:uuid:" + UUID.randomUUID();
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Recipient recipient = new Recipient(recipientId(badges, account), account.getDisplayName(), account.getEmail(),
                HexFormat.of().formatHex(salt));
        java.time.Instant now = clock.instant();
        IssuedBadge badge = new IssuedBadge(account, kind, subjectId, credentialId, now, null);
        em.persist(badge); // gives the badge its number, and so its bit in the status list
        badge.setCredential(badges.sign(keys.signingKey(), credentialId, recipient, earned.achievement(), earned.award(), now,
                badge.getStatusEntry()));
        em.flush(); // a second request for the same achievement fails here, and the caller asks again
        return badge;
    }

    /** An opaque, stable id of the account at this issuer: a name-based UUID, so it says nothing of the person. */
    static String recipientId(OpenBadges badges, Account account) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((badges.issuerId() + "#account-" + account.getId()).getBytes(StandardCharsets.UTF_8));
    }

    private Awarded achievement(CertificationAttempt attempt) {
        Certification certification = attempt.getCertification();
        String by = certification.getIssuingBody() == null || certification.getIssuingBody().isBlank() ? ""
                : " of " + certification.getIssuingBody();
        String criteria = "Pass the " + certification.getTitle() + " exam" + by + ", recorded in CTO Path.";
        String narrative = "Passed on " + attempt.getAttemptedOn() + ", as recorded in CTO Path"
                + (attempt.isVerified() ? " and checked against the certificate by the learner's mentor." : ".");
        Achievement achievement = new Achievement(openBadges().achievementId(BadgeKind.CERTIFICATION, certification.getCode()),
                certification.getTitle(), certification.getResource().getDescription(), criteria, "Certificate",
                alignments(certification.getResource().getSkills()));
        return new Awarded(achievement, new OpenBadges.Award(attempt.getAttemptedOn(), attempt.getCertificateNumber(), narrative));
    }

    private Awarded achievement(DevelopmentPlan plan) {
        long completed = plan.getItems().stream().filter(i -> i.getStatus() == ItemStatus.COMPLETED).count();
        String name = "Development plan completed: " + plan.getTitle();
        String description = "A development plan of " + plan.getItems().size() + " learning item" + (plan.getItems().size() == 1 ? "" : "s")
                + " toward a CTO role profile, started on " + plan.getStartDate() + ".";
        String criteria = "Complete the development plan \"" + plan.getTitle() + "\" in CTO Path: every learning item completed or skipped.";
        List<SkillRange> skills = plan.getItems().stream().filter(i -> i.getStatus() == ItemStatus.COMPLETED)
                .flatMap(i -> i.getResource().getSkills().stream()).toList();
        Achievement achievement = new Achievement(openBadges().achievementId(BadgeKind.PLAN, String.valueOf(plan.getId())), name,
                description, criteria, "LearningProgram", alignments(skills));
        return new Awarded(achievement, new OpenBadges.Award(null, null,
                "Completed " + completed + " of " + plan.getItems().size() + " learning items."));
    }

    /** The CASE items of the skills, each once, in the order given. */
    private List<Achievement.Alignment> alignments(List<SkillRange> skills) {
        String appUrl = openBadges().appUrl();
        Map<String, Achievement.Alignment> byCode = new LinkedHashMap<>();
        for (SkillRange range : skills) {
            Skill skill = range.getSkill();
            byCode.putIfAbsent(skill.getCode(), new Achievement.Alignment(CaseUris.skillItem(appUrl, skill.getCode()), skill.getName(),
                    skill.getCode()));
        }
        return List.copyOf(byCode.values());
    }
}
