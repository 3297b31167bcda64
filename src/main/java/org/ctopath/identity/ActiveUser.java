package org.ctopath.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who is signed in, for pages: {@code #{activeUser.displayName}}, {@code #{activeUser.is('ADMIN')}}.
 * Request scoped: nothing of it is kept in the session, so it is never stale.
 */
@Named
@RequestScoped
public class ActiveUser {

    /** Broadest first: where a person with several roles lands. */
    private static final List<Role> HOME_ORDER = List.of(Role.ADMIN, Role.MENTOR, Role.LEARNER);

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accounts;

    private String displayName;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public boolean is(String role) {
        return securityContext.isCallerInRole(role);
    }

    public String getUsername() {
        Principal caller = securityContext.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }

    public String getDisplayName() {
        if (displayName == null && isSignedIn()) {
            displayName = accounts.findByUsername(getUsername()).map(Account::getDisplayName).orElse(getUsername());
        }
        return displayName;
    }

    public Set<Role> getRoles() {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (is(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** Where this person starts: the home of their broadest role. */
    public String getHome() {
        Set<Role> roles = getRoles();
        return HOME_ORDER.stream().filter(roles::contains).findFirst().map(Role::home).orElse("/login");
    }
}
