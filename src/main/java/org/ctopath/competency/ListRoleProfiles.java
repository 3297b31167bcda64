package org.ctopath.competency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The role profiles in use, for the administrator's overview. */
@Named
@RequestScoped
public class ListRoleProfiles {

    @Inject
    RoleProfileService profiles;

    private List<RoleProfile> all;

    public List<RoleProfile> getProfiles() {
        if (all == null) {
            all = profiles.findAll();
        }
        return all;
    }
}
