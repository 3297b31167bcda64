package org.ctopath.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctopath.catalogue.Certification;
import org.ctopath.catalogue.CertificationScheme;
import org.ctopath.catalogue.Designation;
import org.ctopath.files.FileRules;
import org.ctopath.files.StoredFiles;
import org.ctopath.files.Upload;
import org.ctopath.identity.Account;
import org.ctopath.identity.AccountService;
import org.ctopath.platform.InvalidInput;
import org.ctopath.identity.Caller;
import org.ctopath.platform.Restricted;

/**
 * A learner's certification attempts and CPD log, and what follows from them: the renew-by date
 * and status per scheme, and progress toward designations. Every method takes the signed-in
 * username and reaches only that person's records.
 */
@ApplicationScoped
@Transactional(rollbackOn = InvalidInput.class)
@Restricted
public class CertificationRecords {

    /** An attempt as the learner enters it; the certificate file may be null. */
    public record AttemptDraft(String certificationCode, LocalDate on, Integer score, boolean passed, String certificateNumber,
            Upload certificateFile) {

        public AttemptDraft(String certificationCode, LocalDate on, Integer score, boolean passed, String certificateNumber) {
            this(certificationCode, on, score, passed, certificateNumber, null);
        }
    }

    public record CpdDraft(String schemeCode, LocalDate on, BigDecimal points, CpdCategory category, String description) {
    }

    /** Where a learner stands in a scheme whose certificates share a renew-by date. */
    public static final class SchemeStanding {
        private final String scheme;
        private final LocalDate renewBy;
        private final RenewalStatus status;
        private final BigDecimal pointsThisYear;
        private final BigDecimal experienceThisYear;
        private final Integer pointsPerYear;

        SchemeStanding(String scheme, LocalDate renewBy, RenewalStatus status, BigDecimal pointsThisYear, BigDecimal experienceThisYear,
                       Integer pointsPerYear) {
            this.scheme = scheme;
            this.renewBy = renewBy;
            this.status = status;
            this.pointsThisYear = pointsThisYear;
            this.experienceThisYear = experienceThisYear;
            this.pointsPerYear = pointsPerYear;
        }

        public String getScheme() {
            return scheme;
        }

        public LocalDate getRenewBy() {
            return renewBy;
        }

        public RenewalStatus getStatus() {
            return status;
        }

        public BigDecimal getPointsThisYear() {
            return pointsThisYear;
        }

        public BigDecimal getExperienceThisYear() {
            return experienceThisYear;
        }

        public Integer getPointsPerYear() {
            return pointsPerYear;
        }
    }

    /** How far a learner is toward a designation: "Managing Professional 2 of 4". */
    public static final class DesignationProgress {
        private final String name;
        private final int held;
        private final int total;
        private final List<String> missing;

        DesignationProgress(String name, int held, int total, List<String> missing) {
            this.name = name;
            this.held = held;
            this.total = total;
            this.missing = missing;
        }

        public String getName() {
            return name;
        }

        public int getHeld() {
            return held;
        }

        public int getTotal() {
            return total;
        }

        public List<String> getMissing() {
            return missing;
        }
    }

    @Inject
    Caller caller;

    @PersistenceContext
    EntityManager em;

    @Inject
    StoredFiles files;

    @Inject
    AccountService accounts;

    @Inject
    Event<AttemptRecorded> attemptRecorded;

    Clock clock = Clock.systemUTC();

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    public List<CertificationAttempt> attempts(String username) {
        caller.requireSight(username);
        return em.createQuery("select a from CertificationAttempt a where a.account.username = :username"
                + " order by a.attemptedOn desc, a.id desc", CertificationAttempt.class).setParameter("username", username).getResultList();
    }

    /**
     * A mentor marks a mentee's exam attempt checked against its certificate. The caller has
     * checked that the mentor mentors the learner; an attempt that is not the learner's is not
     * there (empty).
     */
    public Optional<CertificationAttempt> verifyAttempt(String mentorUsername, String learnerUsername, Long attemptId) {
        caller.requireMentorOf(mentorUsername, learnerUsername);
        CertificationAttempt attempt = attemptId == null ? null : em.find(CertificationAttempt.class, attemptId);
        if (attempt == null || !attempt.getAccount().getUsername().equals(learnerUsername)) {
            return Optional.empty();
        }
        attempt.verify(mentorUsername, clock.instant());
        return Optional.of(attempt);
    }

    public List<CpdEntry> cpd(String username) {
        caller.requireSight(username);
        return em.createQuery("select c from CpdEntry c where c.account.username = :username order by c.earnedOn desc, c.id desc",
                CpdEntry.class).setParameter("username", username).getResultList();
    }

    /** The codes of the certifications the learner has passed, ever: an expired Foundation still counts as a prerequisite. */
    public Set<String> passed(String username) {
        caller.requireSight(username);
        return attempts(username).stream().filter(CertificationAttempt::isPassed).map(a -> a.getCertification().getCode())
                .collect(Collectors.toSet());
    }

    public CertificationAttempt recordAttempt(String username, AttemptDraft draft) {
        caller.requireSelf(username);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Certification certification = draft.certificationCode() == null ? null
                : em.createNamedQuery(Certification.BY_CODE, Certification.class).setParameter("code", draft.certificationCode())
                        .getResultStream().findFirst().orElse(null);
        if (certification == null) {
            problems.add("certification", "Choose the certification.");
        }
        if (draft.on() == null) {
            problems.add("on", "Give the day of the exam.");
        } else if (draft.on().isAfter(today())) {
            problems.add("on", "Record an exam once it has taken place.");
        } else if (draft.on().isBefore(LocalDate.of(1990, 1, 1))) {
            problems.add("on", "Give a day from 1990 on.");
        }
        if (draft.score() != null && certification != null) {
            Integer questions = certification.getExamQuestions();
            Integer passMark = certification.getExamPassMark();
            if (draft.score() < 0 || (questions != null && draft.score() > questions)) {
                problems.add("score", questions == null ? "A score of 0 or more." : "A score from 0 to " + questions + ".");
            } else if (passMark != null && draft.passed() && draft.score() < passMark) {
                problems.add("score", "A score below the pass mark (" + passMark + ") is a fail.");
            } else if (passMark != null && !draft.passed() && draft.score() >= passMark) {
                problems.add("score", "A score at or above the pass mark (" + passMark + ") is a pass.");
            }
        }
        String number = draft.certificateNumber() == null || draft.certificateNumber().isBlank() ? null : draft.certificateNumber().trim();
        if (number != null && number.length() > 64) {
            problems.add("number", "At most 64 characters.");
        }
        if (draft.certificateFile() != null) {
            FileRules.Result file = FileRules.check(draft.certificateFile());
            if (!file.isAccepted()) {
                problems.add("certificateFile", file.refusal());
            } else if (!draft.passed()) {
                problems.add("certificateFile", "A certificate belongs to a passed exam.");
            }
        }
        problems.throwIfAny();
        Account account = account(username);
        Instant now = clock.instant();
        CertificationAttempt attempt = new CertificationAttempt(account, certification, draft.on(), draft.score(),
                draft.passed(), number, now);
        if (draft.certificateFile() != null) {
            attempt.attachCertificate(files.store(account, draft.certificateFile(), "certificateFile"));
        }
        em.persist(attempt);
        attemptRecorded.fire(new AttemptRecorded(attempt, now));
        return attempt;
    }

    public CpdEntry logCpd(String username, CpdDraft draft) {
        caller.requireSelf(username);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        CertificationScheme scheme = draft.schemeCode() == null ? null
                : em.createQuery("select s from CertificationScheme s where s.code = :code", CertificationScheme.class)
                        .setParameter("code", draft.schemeCode()).getResultStream().findFirst().orElse(null);
        if (scheme == null || scheme.getCpdPointsPerYear() == null) {
            problems.add("scheme", "Choose a scheme renewed by CPD.");
        }
        if (draft.on() == null) {
            problems.add("cpdOn", "Give the day.");
        } else if (draft.on().isAfter(today())) {
            problems.add("cpdOn", "Log CPD once it is done.");
        }
        if (draft.points() == null || draft.points().signum() <= 0 || draft.points().compareTo(new BigDecimal("100")) > 0) {
            problems.add("points", "Points: more than 0 and at most 100.");
        }
        if (draft.category() == null) {
            problems.add("category", "Choose the kind of CPD.");
        }
        String description = draft.description() == null ? "" : draft.description().trim();
        if (description.isEmpty()) {
            problems.add("description", "Say what you did.");
        } else if (description.length() > CpdEntry.DESCRIPTION_MAXLENGTH) {
            problems.add("description", "At most " + CpdEntry.DESCRIPTION_MAXLENGTH + " characters.");
        }
        problems.throwIfAny();
        CpdEntry entry = new CpdEntry(account(username), scheme, draft.on(), draft.points(), draft.category(), description, clock.instant());
        em.persist(entry);
        return entry;
    }

    /** The learner's standing in each scheme with one renew-by date for its suite, where they passed an exam of it. */
    public List<SchemeStanding> standings(String username) {
        caller.requireSight(username);
        List<SchemeStanding> standings = new ArrayList<>();
        List<CertificationAttempt> passes = attempts(username).stream().filter(CertificationAttempt::isPassed).toList();
        List<CpdEntry> log = cpd(username);
        LocalDate today = today();
        for (CertificationScheme scheme : passes.stream().map(a -> a.getCertification().getScheme()).filter(s -> s != null).distinct().toList()) {
            if (!scheme.isSharedRenewalDate() || scheme.getValidityMonths() == null) {
                continue;
            }
            List<LocalDate> dates = passes.stream().filter(a -> scheme.equals(a.getCertification().getScheme()))
                    .map(CertificationAttempt::getAttemptedOn).toList();
            List<Renewal.Cpd> cpd = log.stream().filter(c -> c.getScheme().equals(scheme))
                    .map(c -> new Renewal.Cpd(c.getEarnedOn(), c.getPoints(), c.getCategory())).toList();
            Optional<Renewal.Standing> standing = Renewal.standing(dates, cpd, scheme.getValidityMonths(), scheme.getCpdPointsPerYear(), today);
            standing.ifPresent(s -> {
                LocalDate yearStart = s.renewBy().minusMonths(scheme.getValidityMonths());
                while (!yearStart.plusYears(1).isAfter(today)) {
                    yearStart = yearStart.plusYears(1);
                }
                LocalDate yearEnd = yearStart.plusYears(1);
                standings.add(new SchemeStanding(scheme.getName(), s.renewBy(), s.status(),
                        Renewal.countedPoints(cpd, yearStart, yearEnd), Renewal.experience(cpd, yearStart, yearEnd), scheme.getCpdPointsPerYear()));
            });
        }
        return standings;
    }

    public List<DesignationProgress> designations(String username) {
        caller.requireSight(username);
        Set<String> passed = passed(username);
        return em.createQuery("select d from Designation d where d.archived = false order by d.name", Designation.class).getResultList()
                .stream().map(d -> {
                    List<Certification> members = d.getCertifications();
                    List<String> missing = members.stream().filter(c -> !passed.contains(c.getCode())).map(Certification::getTitle).toList();
                    return new DesignationProgress(d.getName(), members.size() - missing.size(), members.size(), missing);
                }).toList();
    }

    public List<Certification> certifications() {
        return em.createNamedQuery(Certification.ALL, Certification.class).getResultList().stream()
                .filter(c -> !c.getResource().isArchived()).toList();
    }

    public List<CertificationScheme> cpdSchemes() {
        return em.createQuery("select s from CertificationScheme s where s.cpdPointsPerYear is not null and s.archived = false order by s.name",
                CertificationScheme.class).getResultList();
    }

    private Account account(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new IllegalStateException("no account " + username));
    }
}
