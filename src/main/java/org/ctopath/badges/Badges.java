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
import org.ctopath.catalogue.Certification;
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
    private record Earned(Account account, Supplier<Achievement> achievement) {
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
        return earned.map(e -> issued(kind, subjectId).orElseGet(() -> issue(e.account(), kind, subjectId, e.achievement().get())));
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

    /** Checks a credential someone brings against this instance's keys. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verification verify(String credential) {
        caller.requireSignedIn();
        return OpenBadges.verify(credential, keys.publicKeys(), clock.instant());
    }

    private Optional<IssuedBadge> issued(BadgeKind kind, long subjectId) {
        return em.createQuery("select b from IssuedBadge b where b.kind = :kind and b.subjectId = :subject", IssuedBadge.class)
                .setParameter("kind", kind).setParameter("subject", subjectId).getResultStream().findFirst();
    }

    private IssuedBadge issue(Account account, BadgeKind kind, long subjectId, Achievement achievement) {
        OpenBadges badges = openBadges();
        String credentialId = "urn:uuid:" + UUID.randomUUID();
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Recipient recipient = new Recipient(recipientId(badges, account), account.getDisplayName(), account.getEmail(),
                HexFormat.of().formatHex(salt));
        java.time.Instant now = clock.instant();
        String jwt = badges.sign(keys.signingKey(), credentialId, recipient, achievement, now);
        IssuedBadge badge = new IssuedBadge(account, kind, subjectId, credentialId, now, jwt);
        em.persist(badge);
        em.flush(); // a second request for the same achievement fails here, and the caller asks again
        return badge;
    }

    /** An opaque, stable id of the account at this issuer: a name-based UUID, so it says nothing of the person. */
    static String recipientId(OpenBadges badges, Account account) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((badges.issuerId() + "#account-" + account.getId()).getBytes(StandardCharsets.UTF_8));
    }

    private Achievement achievement(CertificationAttempt attempt) {
        Certification certification = attempt.getCertification();
        String by = certification.getIssuingBody() == null || certification.getIssuingBody().isBlank() ? ""
                : " of " + certification.getIssuingBody();
        String criteria = "Passed the " + certification.getTitle() + " exam" + by + " on " + attempt.getAttemptedOn()
                + (attempt.getCertificateNumber() == null ? "" : " (certificate " + attempt.getCertificateNumber() + ")")
                + ", as recorded in CTO Path" + (attempt.isVerified() ? " and checked against the certificate by the learner's mentor." : ".");
        return new Achievement(openBadges().achievementId(BadgeKind.CERTIFICATION, certification.getCode()), certification.getTitle(),
                certification.getResource().getDescription(), criteria, "Certificate");
    }

    private Achievement achievement(DevelopmentPlan plan) {
        long completed = plan.getItems().stream().filter(i -> i.getStatus() == ItemStatus.COMPLETED).count();
        String name = "Development plan completed: " + plan.getTitle();
        String description = "A development plan of " + plan.getItems().size() + " learning item" + (plan.getItems().size() == 1 ? "" : "s")
                + " toward a CTO role profile, started on " + plan.getStartDate() + ".";
        String criteria = "Completed the development plan \"" + plan.getTitle() + "\" in CTO Path, with " + completed + " of " + plan.getItems().size()
                + " learning items done.";
        return new Achievement(openBadges().achievementId(BadgeKind.PLAN, String.valueOf(plan.getId())), name,
                description, criteria, "LearningProgram");
    }
}
