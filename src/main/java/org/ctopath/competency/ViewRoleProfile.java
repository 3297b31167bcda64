package org.ctopath.competency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ctopath.platform.Pages;

/** The role profile page: {@code /competency/profile?code=CTO}. */
@Named
@RequestScoped
public class ViewRoleProfile {

    @Inject
    RoleProfileService profiles;

    private String code = RoleProfile.CTO;
    private RoleProfile profile;

    public void load() {
        profile = profiles.findByCode(code).orElse(null);
        if (profile == null) {
            Pages.notFound("No role profile with code " + code);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null || code.isBlank() ? RoleProfile.CTO : code.trim();
    }

    public RoleProfile getProfile() {
        return profile;
    }
}
