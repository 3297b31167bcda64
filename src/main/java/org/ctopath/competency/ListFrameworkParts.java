package org.ctopath.competency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Administration lists that are short enough to show whole: skill groups, scales and role profiles. Read once per request. */
@Named
@RequestScoped
public class ListFrameworkParts {

    @Inject
    FrameworkAdministration admin;

    private List<SkillGroup> groups;
    private List<RoleProfile> profiles;
    private List<ProficiencyScale> scales;

    public List<SkillGroup> getGroups() {
        if (groups == null) {
            groups = admin.allGroups();
        }
        return groups;
    }

    public List<ProficiencyScale> getScales() {
        if (scales == null) {
            scales = admin.allScales();
        }
        return scales;
    }

    public List<RoleProfile> getProfiles() {
        if (profiles == null) {
            profiles = admin.allProfiles();
        }
        return profiles;
    }
}
