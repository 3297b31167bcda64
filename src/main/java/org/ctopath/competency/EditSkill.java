package org.ctopath.competency;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.ctopath.competency.FrameworkAdministration.SkillDraft;
import org.ctopath.platform.Messages;
import org.ctopath.platform.Option;
import org.ctopath.platform.Pages;

/** Administration: create a skill ({@code /admin/framework/skill}) or edit one ({@code ?code=ARCH-DESIGN}). */
@Named
@ViewScoped
public class EditSkill extends AdministrationForm {

    private static final long serialVersionUID = 1L;
    static final String FORM = "skill";

    @Inject
    FrameworkAdministration admin;

    private String name;
    private String description;
    private String groupCode;
    private String ecfCode;
    private String sfiaCode;
    private String indicators;
    private List<Option> groups;

    /** Loads the skill named by {@code ?code=}, or prepares a new one; an unknown code is a 404. */
    @Override
    protected String formId() {
        return FORM;
    }

    @Override
    protected String noun() {
        return "Skill";
    }

    @Override
    protected String listPage() {
        return "/admin/framework/skills";
    }

    @Override
    protected void archiveInService(boolean archive) {
        admin.archiveSkill(code, archive);
    }

    public void load() {
        groups = groupOptions(null);
        if (code == null || code.isBlank()) {
            return;
        }
        Skill skill = admin.findSkill(code).orElse(null);
        if (skill == null) {
            Pages.notFound("No skill with this code");
            return;
        }
        existing = true;
        code = skill.getCode();
        archived = skill.isArchived();
        version = skill.getVersion();
        name = skill.getName();
        description = skill.getDescription();
        groupCode = skill.getGroup() == null ? null : skill.getGroup().getCode();
        ecfCode = skill.getEcfCode();
        sfiaCode = skill.getSfiaCode();
        indicators = String.join("\n", skill.getIndicators());
        groups = groupOptions(groupCode);
    }

    public String save() {
        return Messages.attempt(FORM, () -> {
            Skill saved = admin.saveSkill(new SkillDraft(code, name, description, groupCode, ecfCode, sfiaCode,
                    indicators == null ? List.of() : Arrays.asList(indicators.split("\\R")), openedVersion()));
            Messages.flashInfo("Skill " + saved.getCode() + " saved.");
            return "/admin/framework/skills?faces-redirect=true";
        });
    }

    /** Groups in use, and the skill's own group even if archived (it may stay there). */
    private List<Option> groupOptions(String current) {
        return admin.allGroups().stream()
                .filter(g -> !g.isArchived() || g.getCode().equals(current))
                .map(g -> new Option(g.getCode(), g.getFramework().getName() + " › " + g.getName()))
                .toList();
    }

    public List<Option> getGroups() {
        return groups;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getGroupCode() {
        return groupCode;
    }

    public void setGroupCode(String groupCode) {
        this.groupCode = groupCode;
    }

    public String getEcfCode() {
        return ecfCode;
    }

    public void setEcfCode(String ecfCode) {
        this.ecfCode = ecfCode;
    }

    public String getSfiaCode() {
        return sfiaCode;
    }

    public void setSfiaCode(String sfiaCode) {
        this.sfiaCode = sfiaCode;
    }

    public String getIndicators() {
        return indicators;
    }

    public void setIndicators(String indicators) {
        this.indicators = indicators;
    }
}
