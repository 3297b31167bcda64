package org.ctopath.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctopath.assessment.AssessmentService;
import org.ctopath.assessment.RatingSource;
import org.ctopath.assessment.SkillGap;
import org.ctopath.assessment.SkillRating;
import org.ctopath.certification.CertificationAttempt;
import org.ctopath.competency.ProficiencyScale;
import org.ctopath.identity.Account;
import org.ctopath.identity.AccountService;
import org.ctopath.identity.ActiveUser;
import org.ctopath.plan.DevelopmentPlan;
import org.ctopath.plan.ItemThread;
import org.ctopath.plan.PlanItem;
import org.ctopath.plan.PlanService;
import org.ctopath.plan.PlanState;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.Messages;
import org.ctopath.platform.Option;
import org.ctopath.platform.Pages;
import org.ctopath.platform.UtcTime;

/**
 * A mentor's page of one mentee ({@code /mentor/mentee?id=...}): their gaps, each self-rating with
 * its note and evidence to confirm or adjust, and their plans.
 */
@Named
@ViewScoped
public class ReviewMentee implements Serializable {

    private static final long serialVersionUID = 1L;


    /** One skill of the mentee's target, with the self-rating to review. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String skillCode;
        private final String skillName;
        private final int gap;
        private final String counting;
        private final boolean confirmed;
        private final String selfLevel;
        private final Integer selfOrdinal;
        private final String selfNote;
        private final String selfWhen;
        private final String evidenceUrl;
        private final Long evidenceFileId;
        private final String evidenceFileName;
        private final Long ratingId;
        private final String verified;
        private Integer level;
        private String comment;

        Row(SkillGap gap, String counting, boolean confirmed, SkillRating self, String selfLevel, String verified) {
            this.ratingId = self == null ? null : self.getId();
            this.verified = verified;
            this.skillCode = gap.getSkillCode();
            this.skillName = gap.getSkillName();
            this.gap = gap.getGap();
            this.counting = counting;
            this.confirmed = confirmed;
            this.selfLevel = selfLevel;
            this.selfOrdinal = self == null ? null : self.getLevel();
            this.selfNote = self == null ? null : self.getNote();
            this.selfWhen = self == null ? null : UtcTime.minute(self.getRatedAt());
            this.evidenceUrl = self == null ? null : self.getEvidenceUrl();
            this.evidenceFileId = self == null || self.getEvidenceFile() == null ? null : self.getEvidenceFile().getId();
            this.evidenceFileName = self == null || self.getEvidenceFile() == null ? null : self.getEvidenceFile().getFileName();
            this.level = selfOrdinal;
        }

        public String getSkillCode() {
            return skillCode;
        }

        public String getSkillName() {
            return skillName;
        }

        public int getGap() {
            return gap;
        }

        public String getCounting() {
            return counting;
        }

        public boolean isConfirmed() {
            return confirmed;
        }

        public boolean isRated() {
            return selfOrdinal != null;
        }

        public String getSelfLevel() {
            return selfLevel;
        }

        public String getSelfNote() {
            return selfNote;
        }

        public String getSelfWhen() {
            return selfWhen;
        }

        public String getEvidenceUrl() {
            return evidenceUrl;
        }

        public Long getEvidenceFileId() {
            return evidenceFileId;
        }

        public String getEvidenceFileName() {
            return evidenceFileName;
        }

        public Integer getLevel() {
            return level;
        }

        public boolean isHasEvidence() {
            return evidenceUrl != null || evidenceFileId != null;
        }

        /** "Verified by … on …", or null while the evidence is not verified. */
        public String getVerified() {
            return verified;
        }

        public void setLevel(Integer level) {
            this.level = level;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    /** One of the mentee's plans, with what the mentor can do to it now. */
    public static class PlanRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final long version;
        private final String title;
        private final PlanState state;
        private final int percentDone;
        private String comment;

        PlanRow(DevelopmentPlan plan) {
            this.id = plan.getId();
            this.version = plan.getVersion();
            this.title = plan.getTitle();
            this.state = plan.getState();
            this.percentDone = plan.getPercentDone();
        }

        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public PlanState getState() {
            return state;
        }

        public int getPercentDone() {
            return percentDone;
        }

        public boolean isUnderReview() {
            return state == PlanState.WAITING_FOR_REVIEW || state == PlanState.IN_REVIEW;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    /** One of the mentee's exam attempts, to verify against its certificate. */
    public static class AttemptView implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Long id;
        private final String certification;
        private final LocalDate on;
        private final Integer score;
        private final boolean passed;
        private final String certificateNumber;
        private final Long fileId;
        private final String fileName;
        private final String verified;

        AttemptView(CertificationAttempt attempt, String verified) {
            this.id = attempt.getId();
            this.certification = attempt.getCertification().getTitle();
            this.on = attempt.getAttemptedOn();
            this.score = attempt.getScore();
            this.passed = attempt.isPassed();
            this.certificateNumber = attempt.getCertificateNumber();
            this.fileId = attempt.getCertificateFile() == null ? null : attempt.getCertificateFile().getId();
            this.fileName = attempt.getCertificateFile() == null ? null : attempt.getCertificateFile().getFileName();
            this.verified = verified;
        }

        public Long getId() {
            return id;
        }

        public String getCertification() {
            return certification;
        }

        public LocalDate getOn() {
            return on;
        }

        public Integer getScore() {
            return score;
        }

        public boolean isPassed() {
            return passed;
        }

        public String getCertificateNumber() {
            return certificateNumber;
        }

        public Long getFileId() {
            return fileId;
        }

        public String getFileName() {
            return fileName;
        }

        public String getVerified() {
            return verified;
        }
    }

    /** One item of the mentee's current plan: where it stands, and why it was skipped. */
    public static class ItemView implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Long id;
        private final String title;
        private final String status;
        private final int percent;
        private final LocalDate due;
        private final boolean overdue;
        private final String skipReason;
        private final String assignedBy;
        private final String assignmentNote;

        ItemView(PlanItem item, LocalDate today) {
            this.id = item.getId();
            this.title = item.getResource().getTitle();
            this.status = item.getStatus().getLabel();
            this.percent = item.getPercentDone();
            this.due = item.getDueDate();
            this.overdue = item.isOverdue(today);
            this.skipReason = item.getSkipReason();
            this.assignedBy = item.isAssigned() ? item.getAssignedBy().getDisplayName() : null;
            this.assignmentNote = item.getAssignmentNote();
        }

        public Long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public String getStatus() {
            return status;
        }

        public int getPercent() {
            return percent;
        }

        public LocalDate getDue() {
            return due;
        }

        public boolean isOverdue() {
            return overdue;
        }

        public String getSkipReason() {
            return skipReason;
        }

        public String getAssignedBy() {
            return assignedBy;
        }

        public String getAssignmentNote() {
            return assignmentNote;
        }
    }

    @Inject
    MentorWork work;

    @Inject
    ItemThread thread;

    @Inject
    AccountService accounts;

    @Inject
    AssessmentService assessment;

    @Inject
    ActiveUser user;

    private Long id;
    private String name;
    private String team;
    private List<Option> levels = List.of();
    private final List<Row> rows = new ArrayList<>();
    private MenteeSummary summary;
    private final List<PlanRow> plans = new ArrayList<>();
    private final List<ItemView> items = new ArrayList<>();
    private final List<AttemptView> attempts = new ArrayList<>();
    /** Display names of those who verified something on the page, looked up once each. */
    private final Map<String, String> verifierNames = new HashMap<>();
    private String currentPlan;

    /** Loads the mentee, or answers 404 when the person is not their current mentor. */
    public void load() {
        try {
            refresh();
        } catch (MentorWork.NotYourMentee e) {
            Pages.notFound("No such mentee of yours");
        }
    }

    private void refresh() {
        MentorWork.MenteeReview review = work.review(user.getUsername(), id);
        name = review.mentee().getDisplayName();
        team = review.mentee().getTeamName();
        summary = review.summary();
        ProficiencyScale scale = assessment.target(review.mentee().getUsername()).getScale();
        List<Option> options = new ArrayList<>();
        options.add(new Option("0", scale.label(0)));
        scale.getLevels().forEach(l -> options.add(new Option(String.valueOf(l.getOrdinal()), scale.label(l.getOrdinal()))));
        levels = options;
        rows.clear();
        for (SkillGap gap : review.gaps()) {
            SkillRating self = review.selfRatings().get(gap.getSkillCode());
            boolean confirmed = gap.getCurrentFrom() == RatingSource.MENTOR;
            String counting = gap.getCurrentFrom() == null ? "Not rated yet"
                    : scale.label(gap.getCurrent()) + (confirmed ? " (mentor-confirmed)" : " (self-rating)");
            rows.add(new Row(gap, counting, confirmed, self, self == null ? null : scale.label(self.getLevel()),
                    self == null || !self.isVerified() ? null : verifiedText(self.getVerifiedBy(), self.getVerifiedAt())));
        }
        plans.clear();
        review.plans().stream().filter(p -> p.getState() != PlanState.ARCHIVED).forEach(p -> plans.add(new PlanRow(p)));
        items.clear();
        Optional<DevelopmentPlan> current = PlanService.current(review.plans())
                .or(() -> review.plans().stream().filter(p -> p.getState() == PlanState.COMPLETED).findFirst());
        currentPlan = current.map(p -> p.getTitle() + (p.getState() == PlanState.COMPLETED ? " (completed)" : "")).orElse(null);
        current.ifPresent(p -> p.getItems().forEach(i -> items.add(new ItemView(i, review.today()))));
        thread.track(items.stream().map(ItemView::getId).toList());
        attempts.clear();
        review.attempts().forEach(a -> attempts.add(new AttemptView(a,
                a.isVerified() ? verifiedText(a.getVerifiedBy(), a.getVerifiedAt()) : null)));
    }

    public void confirm(Row row) {
        try {
            work.confirmRating(user.getUsername(), id, row.getSkillCode(), row.getLevel(), row.getComment());
            Messages.info(row.getSkillName() + ": "
                    + (row.getLevel() != null && row.getLevel().equals(row.selfOrdinal) ? "self-rating confirmed." : "level adjusted.")
                    + " It now counts for " + name + "'s gap.");
            refresh();
        } catch (InvalidInput e) {
            Messages.show(e.within("ratings:" + rows.indexOf(row) + ":"), "review");
        } catch (MentorWork.NotYourMentee e) {
            Messages.error(name + " is no longer your mentee; nothing was saved.");
        }
    }

    /** Moves a plan on in its review: into review, approved (active), back to draft with comments, or closed. */
    public void review(PlanRow plan, PlanState to) {
        try {
            work.reviewPlan(user.getUsername(), id, plan.getId(), to, plan.getComment(), plan.version);
            Messages.info("\"" + plan.getTitle() + "\" is now " + to.getLabel().toLowerCase() + "; " + name + " is told.");
            refresh();
        } catch (InvalidInput e) {
            Messages.show(e.within("plans:" + plans.indexOf(plan) + ":"), "plans");
        } catch (MentorWork.NotYourMentee e) {
            Messages.error(name + " is no longer your mentee, or the plan is gone; nothing was saved.");
        } catch (jakarta.persistence.OptimisticLockException e) {
            Messages.error(Messages.CHANGED_MEANWHILE);
        }
    }

    /** "Verified by Marco Rossi on 2026-11-23". */
    private String verifiedText(String username, Instant at) {
        String who = verifierNames.computeIfAbsent(username,
                u -> accounts.findByUsername(u).map(Account::getDisplayName).orElse(u));
        return "Verified by " + who + " on " + UtcTime.day(at);
    }

    public void verifyEvidence(Row row) {
        try {
            work.verifyEvidence(user.getUsername(), id, row.ratingId);
            Messages.info(row.getSkillName() + ": evidence marked verified.");
            refresh();
        } catch (InvalidInput e) {
            Messages.show(e, "review");
        } catch (MentorWork.NotYourMentee e) {
            Messages.error(name + " is no longer your mentee, or the rating is gone; nothing was saved.");
        }
    }

    public void verifyAttempt(AttemptView attempt) {
        try {
            work.verifyAttempt(user.getUsername(), id, attempt.getId());
            Messages.info(attempt.getCertification() + " on " + attempt.getOn() + ": marked verified.");
            refresh();
        } catch (MentorWork.NotYourMentee e) {
            Messages.error(name + " is no longer your mentee, or the record is gone; nothing was saved.");
        }
    }

    public List<AttemptView> getAttempts() {
        return attempts;
    }

    public List<ItemView> getItems() {
        return items;
    }

    public String getCurrentPlan() {
        return currentPlan;
    }

    public List<PlanRow> getPlans() {
        return plans;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public String getTeam() {
        return team;
    }

    public List<Option> getLevels() {
        return levels;
    }

    public List<Row> getRows() {
        return rows;
    }

    public MenteeSummary getSummary() {
        return summary;
    }
}
