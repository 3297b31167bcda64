package org.ctopath.competency;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ctopath.competency.FrameworkAdministration.GroupDraft;
import org.ctopath.platform.Messages;
import org.ctopath.platform.Option;
import org.ctopath.platform.Pages;

/** Administration: the skill groups ({@code /admin/framework/groups}) and one group's form. */
@Named
@ViewScoped
public class EditGroup extends AdministrationForm {

    private static final long serialVersionUID = 1L;

    @Inject
    FrameworkAdministration admin;

    private String frameworkCode = Framework.CTO_PATH;
    private String name;
    private String description;
    private int position;
    private List<Option> frameworks;

    @Override
    protected String formId() {
        return "group";
    }

    @Override
    protected String noun() {
        return "Group";
    }

    @Override
    protected String listPage() {
        return "/admin/framework/groups";
    }

    @Override
    protected void archiveInService(boolean archive) {
        admin.archiveGroup(code, archive);
    }

    public void load() {
        frameworks = admin.allFrameworks().stream().map(f -> new Option(f.getCode(), f.getName())).toList();
        if (code == null || code.isBlank()) {
            return;
        }
        SkillGroup group = admin.allGroups().stream().filter(g -> g.getCode().equalsIgnoreCase(code.trim())).findFirst().orElse(null);
        if (group == null) {
            Pages.notFound("No skill group with this code");
            return;
        }
        existing = true;
        code = group.getCode();
        archived = group.isArchived();
        version = group.getVersion();
        frameworkCode = group.getFramework().getCode();
        name = group.getName();
        description = group.getDescription();
        position = group.getPosition();
    }

    public String save() {
        return Messages.attempt("group", () -> {
            SkillGroup saved = admin.saveGroup(new GroupDraft(frameworkCode, code, name, description, position, openedVersion()));
            Messages.flashInfo("Group " + saved.getCode() + " saved.");
            return "/admin/framework/groups?faces-redirect=true";
        });
    }

    public List<Option> getFrameworks() {
        return frameworks;
    }

    public String getFrameworkCode() {
        return frameworkCode;
    }

    public void setFrameworkCode(String frameworkCode) {
        this.frameworkCode = frameworkCode;
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

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
