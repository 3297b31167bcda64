package org.ctopath.assessment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ctopath.assessment.AssessmentService.RatingDraft;
import org.ctopath.competency.ProficiencyScale;
import org.ctopath.competency.RoleProfile;
import org.ctopath.files.FileRules;
import org.ctopath.files.Upload;
import org.ctopath.files.Uploads;
import org.ctopath.identity.ActiveUser;
import org.ctopath.platform.Messages;
import org.ctopath.platform.Option;
import org.primefaces.model.file.UploadedFile;

/** The learner rates themselves on each skill of their target profile ({@code /learner/assessment}). */
@Named
@ViewScoped
public class SelfAssessment implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One skill of the profile, with the learner's latest self-rating and a new one to give. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String skillCode;
        private final String skillName;
        private final String target;
        private final String lastRating;
        private Integer level;
        private String note;
        private String evidenceUrl;
        /** Only for the request that submits it; never kept in the view state. */
        private transient UploadedFile evidenceFile;

        Row(String skillCode, String skillName, String target, String lastRating) {
            this.skillCode = skillCode;
            this.skillName = skillName;
            this.target = target;
            this.lastRating = lastRating;
        }

        public String getSkillCode() {
            return skillCode;
        }

        public String getSkillName() {
            return skillName;
        }

        public String getTarget() {
            return target;
        }

        public String getLastRating() {
            return lastRating;
        }

        public Integer getLevel() {
            return level;
        }

        public void setLevel(Integer level) {
            this.level = level;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public String getEvidenceUrl() {
            return evidenceUrl;
        }

        public void setEvidenceUrl(String evidenceUrl) {
            this.evidenceUrl = evidenceUrl;
        }

        public UploadedFile getEvidenceFile() {
            return evidenceFile;
        }

        public void setEvidenceFile(UploadedFile evidenceFile) {
            this.evidenceFile = evidenceFile;
        }

        Upload upload() {
            return Uploads.of(evidenceFile);
        }
    }

    @Inject
    AssessmentService assessment;

    @Inject
    ActiveUser user;

    private String profileCode;
    private String profileName;
    private List<Option> profiles;
    private List<Option> levels;
    private final List<Row> rows = new ArrayList<>();

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        String username = user.getUsername();
        RoleProfile profile = assessment.target(username);
        profileCode = profile.getCode();
        profileName = profile.getName();
        profiles = assessment.profilesToChoose().stream().map(p -> new Option(p.getCode(), p.getName())).toList();
        ProficiencyScale scale = profile.getScale();
        List<Option> options = new ArrayList<>();
        options.add(new Option("0", scale.label(0)));
        scale.getLevels().forEach(l -> options.add(new Option(String.valueOf(l.getOrdinal()), l.getCode() + " " + l.getName())));
        levels = options;
        Map<String, SkillRating> latest = assessment.latestSelfRatings(username);
        rows.clear();
        profile.getTargets().forEach(t -> {
            SkillRating last = latest.get(t.getSkill().getCode());
            rows.add(new Row(t.getSkill().getCode(), t.getSkill().getName(),
                    t.getTargetLevel().getCode() + " " + t.getTargetLevel().getName(),
                    last == null ? "Not rated yet" : scale.label(last.getLevel())));
        });
    }

    public void changeProfile() {
        Messages.attempt("assessment", () -> {
            assessment.chooseTarget(user.getUsername(), profileCode);
            load();
            Messages.info("Your target is now " + profileName + ".");
            return null;
        });
    }

    public String save() {
        return Messages.attempt("assessment", () -> {
            int saved = assessment.rate(user.getUsername(), rows.stream()
                    .map(r -> new RatingDraft(r.getSkillCode(), r.getLevel(), r.getNote(), r.getEvidenceUrl(), r.upload())).toList());
            rows.forEach(r -> r.setEvidenceFile(null));
            if (saved == 0) {
                Messages.error("Choose a level for at least one skill to rate it.");
                return null;
            }
            Messages.flashInfo(saved + (saved == 1 ? " rating" : " ratings") + " saved. Your gaps are up to date.");
            return "/learner/gaps?faces-redirect=true";
        });
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Option> getLevels() {
        return levels;
    }

    public List<Option> getProfiles() {
        return profiles;
    }

    public String getProfileCode() {
        return profileCode;
    }

    public void setProfileCode(String profileCode) {
        this.profileCode = profileCode;
    }

    public String getProfileName() {
        return profileName;
    }

    public String getAcceptedFiles() {
        return FileRules.ACCEPTED;
    }

    public String getAcceptAttribute() {
        return FileRules.ACCEPT_ATTRIBUTE;
    }

    public String getRule() {
        return GapAnalysis.RULE;
    }
}
