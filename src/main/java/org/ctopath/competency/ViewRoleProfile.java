package org.ctopath.competency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The role profile page: {@code /competency/profile?code=CTO}. */
@Named
@RequestScoped
public class ViewRoleProfile {

    @Inject
    RoleProfileService profiles;

    @Inject
    FacesContext faces;

    private String code = RoleProfile.CTO;
    private RoleProfile profile;

    public void load() throws IOException {
        profile = profiles.findByCode(code).orElse(null);
        if (profile == null) {
            faces.getExternalContext().responseSendError(404, "No role profile with code " + code);
            faces.responseComplete();
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
