package org.ctopath.competency;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ctopath.competency.FrameworkAdministration.ProfileDraft;
import org.ctopath.competency.FrameworkAdministration.TargetDraft;
import org.ctopath.platform.Messages;
import org.ctopath.platform.Option;
import org.ctopath.platform.Pages;

/** Administration: create a role profile ({@code /admin/framework/profile}) or edit one ({@code ?code=CTO}). */
@Named
@ViewScoped
public class EditProfile extends AdministrationForm {

    private static final long serialVersionUID = 1L;

    /** One row of the targets table. */
    public static class TargetRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String skillCode;
        private Integer level;

        public TargetRow() {
        }

        TargetRow(String skillCode, Integer level) {
            this.skillCode = skillCode;
            this.level = level;
        }

        public String getSkillCode() {
            return skillCode;
        }

        public void setSkillCode(String skillCode) {
            this.skillCode = skillCode;
        }

        public Integer getLevel() {
            return level;
        }

        public void setLevel(Integer level) {
            this.level = level;
        }
    }

    @Inject
    FrameworkAdministration admin;

    @Inject
    FrameworkService frameworks;

    private String name;
    private String summary;
    private String purpose;
    private String responsibilities;
    private String scaleCode = "ECF";
    private final List<TargetRow> targets = new ArrayList<>();
    private List<Option> skills;
    private List<Option> scales;
    private List<Option> levels;

    @Override
    protected String formId() {
        return "profile";
    }

    @Override
    protected String noun() {
        return "Role profile";
    }

    @Override
    protected String listPage() {
        return "/admin/framework/profiles";
    }

    @Override
    protected void archiveInService(boolean archive) {
        admin.archiveProfile(code, archive);
    }

    public void load() {
        scales = admin.allScales().stream().filter(s -> !s.isArchived()).map(s -> new Option(s.getCode(), s.getName())).toList();
        if (code != null && !code.isBlank()) {
            RoleProfile profile = admin.findProfile(code).orElse(null);
            if (profile == null) {
                Pages.notFound("No role profile with this code");
                return;
            }
            existing = true;
            code = profile.getCode();
            archived = profile.isArchived();
            version = profile.getVersion();
            name = profile.getName();
            summary = profile.getSummary();
            purpose = profile.getPurpose();
            responsibilities = String.join("\n", profile.getResponsibilities());
            scaleCode = profile.getScale().getCode();
            profile.getTargets().forEach(t -> targets.add(new TargetRow(t.getSkill().getCode(), t.getTargetLevel().getOrdinal())));
        }
        if (targets.isEmpty()) {
            targets.add(new TargetRow());
        }
        List<String> targeted = targets.stream().map(TargetRow::getSkillCode).toList();
        skills = admin.findSkills(null, null, true, 0, Integer.MAX_VALUE).stream()
                .filter(s -> !s.isArchived() || targeted.contains(s.getCode()))
                .map(s -> new Option(s.getCode(), s.getName() + (s.isArchived() ? " (archived)" : "")))
                .toList();
        loadLevels();
    }

    /** The levels of the chosen scale, offered for every target row. */
    public void loadLevels() {
        levels = admin.allScales().stream().filter(s -> s.getCode().equals(scaleCode)).findFirst()
                .map(s -> s.getLevels().stream().map(l -> new Option(String.valueOf(l.getOrdinal()), l.getCode() + " " + l.getName())).toList())
                .orElse(List.of());
    }

    public void addTarget() {
        targets.add(new TargetRow());
    }

    public void removeTarget(TargetRow row) {
        targets.remove(row);
    }

    public String save() {
        return Messages.attempt("profile", () -> {
            RoleProfile saved = admin.saveProfile(new ProfileDraft(code, name, summary, purpose, scaleCode,
                    responsibilities == null ? List.of() : Arrays.asList(responsibilities.split("\\R")),
                    targets.stream().map(t -> new TargetDraft(t.getSkillCode(), t.getLevel() == null ? 0 : t.getLevel())).toList(),
                    openedVersion()));
            Messages.flashInfo("Role profile " + saved.getCode() + " saved.");
            return "/admin/framework/profiles?faces-redirect=true";
        });
    }

    public List<TargetRow> getTargets() {
        return targets;
    }

    public List<Option> getSkills() {
        return skills;
    }

    public List<Option> getScales() {
        return scales;
    }

    public List<Option> getLevels() {
        return levels;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getResponsibilities() {
        return responsibilities;
    }

    public void setResponsibilities(String responsibilities) {
        this.responsibilities = responsibilities;
    }

    public String getScaleCode() {
        return scaleCode;
    }

    public void setScaleCode(String scaleCode) {
        this.scaleCode = scaleCode;
    }
}
