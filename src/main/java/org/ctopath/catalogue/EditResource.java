package org.ctopath.catalogue;

import org.ctopath.platform.Messages;
import org.ctopath.platform.InvalidInput;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctopath.competency.FrameworkService;
import org.ctopath.competency.Skill;
import org.ctopath.platform.Pages;

/**
 * Creates a resource ({@code /admin/catalogue/resource}) or edits one ({@code ?code=ITIL4-F}):
 * its facts, the skills it builds and, for a certification, its exam and prerequisites.
 */
@Named
@ViewScoped
public class EditResource implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "resource";

    @Inject
    CatalogueAdministration administration;

    @Inject
    FrameworkService frameworks;

    private String code;
    private ResourceData resource;
    private boolean creating;
    private List<SelectItem> skillOptions;
    private List<SelectItem> schemeOptions;
    private List<SelectItem> certificationOptions;

    public void load() {
        creating = code == null || code.isBlank();
        resource = creating ? new ResourceData() : administration.resource(code.strip()).orElse(null);
        if (resource == null) {
            Pages.notFound("No learning resource with this code");
            return;
        }
        loadOptions();
    }

    /** Active skills by group, and any archived one the resource still names. */
    private void loadOptions() {
        Map<String, List<SelectItem>> byGroup = new LinkedHashMap<>();
        for (Skill skill : frameworks.activeSkills()) {
            byGroup.computeIfAbsent(skill.getGroup().getName(), g -> new ArrayList<>())
                    .add(new SelectItem(skill.getCode(), skill.getName() + " (" + skill.getCode() + ")"));
        }
        Set<String> offered = byGroup.values().stream().flatMap(List::stream).map(i -> (String) i.getValue()).collect(Collectors.toSet());
        List<SelectItem> others = resource.getSkills().stream().map(ResourceData.SkillRow::getSkillCode)
                .filter(c -> c != null && !offered.contains(c)).map(c -> new SelectItem(c, c)).toList();
        if (!others.isEmpty()) {
            byGroup.put("No longer offered", others);
        }
        skillOptions = new ArrayList<>();
        byGroup.forEach((group, skills) -> skillOptions.add(new SelectItemGroup(group, null, false, skills.toArray(SelectItem[]::new))));

        schemeOptions = administration.schemes().stream()
                .filter(s -> !s.isArchived() || s.getCode().equals(resource.getSchemeCode()))
                .map(s -> new SelectItem(s.getCode(), s.getName() + (s.isArchived() ? " (archived)" : ""))).toList();
        certificationOptions = administration.certifications().stream()
                .filter(c -> !c.getCode().equals(resource.getCode()))
                .filter(c -> !c.getResource().isArchived() || resource.getPrerequisiteCodes().contains(c.getCode()))
                .map(c -> new SelectItem(c.getCode(), c.getTitle() + " (" + c.getCode() + ")")).toList();
    }

    public String save() {
        try {
            if (creating) {
                administration.createResource(resource);
            } else {
                administration.updateResource(resource);
            }
        } catch (InvalidInput refused) {
            Messages.show(refused, FORM);
            return null;
        }
        Messages.flashInfo("Saved " + resource.getCode() + ".");
        return editPage(resource.getCode());
    }

    public String archive() {
        administration.archiveResource(resource.getCode());
        Messages.flashInfo("Archived " + resource.getCode() + ": it is no longer offered in the catalogue.");
        return editPage(resource.getCode());
    }

    public String restore() {
        administration.restoreResource(resource.getCode());
        Messages.flashInfo("Restored " + resource.getCode() + ": it is offered in the catalogue again.");
        return editPage(resource.getCode());
    }

    public void addSkill() {
        resource.addSkill();
    }

    public void removeSkill(int index) {
        resource.getSkills().remove(index);
    }

    private static String editPage(String code) {
        return "/admin/catalogue/resource?faces-redirect=true&code=" + code;
    }

    /** The kinds to choose from: a certification stays one, and nothing else becomes one. */
    public List<ResourceKind> getKinds() {
        return java.util.Arrays.stream(ResourceKind.values())
                .filter(k -> creating || (k == ResourceKind.CERTIFICATION) == resource.isCertification()).toList();
    }

    public boolean isCreating() {
        return creating;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ResourceData getResource() {
        return resource;
    }

    public List<SelectItem> getSkillOptions() {
        return skillOptions;
    }

    public List<SelectItem> getSchemeOptions() {
        return schemeOptions;
    }

    public List<SelectItem> getCertificationOptions() {
        return certificationOptions;
    }
}
