package org.ctopath.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who is signed in, for pages: {@code #{activeUser.displayName}}, {@code #{activeUser.is('ADMIN')}}.
 * Request scoped: nothing of it is kept in the session, so it is never stale.
 *
 * <p>Asked of the request, which the sign-in mechanism told who calls ({@code SessionSignIn}), not
 * of Jakarta Security's {@code SecurityContext}: Payara's implementation (Soteria) looks
 * {@code java:comp/EJBContext} up whenever a page is public or a role is missing, and in an
 * application without EJBs the first such look-up makes Payara log "Internal error:
 * EJBContainerUtilImpl is null" with a stack trace (several at once under load). The answers are
 * the same: the caller and roles the mechanism gave the container.
 */
@Named
@RequestScoped
public class ActiveUser {

    /** Broadest first: where a person with several roles lands. */
    private static final List<Role> HOME_ORDER = List.of(Role.ADMIN, Role.MENTOR, Role.LEARNER);

    @Inject
    HttpServletRequest request;

    @Inject
    AccountService accounts;

    private String displayName;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public boolean is(String role) {
        return request.getUserPrincipal() != null && request.isUserInRole(role);
    }

    public String getUsername() {
        Principal caller = request.getUserPrincipal();
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
