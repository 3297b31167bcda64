package org.ctopath.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Who actually calls, never taken from a parameter: the identity a {@link RunAs} block set, else the
 * signed-in person of the request (Jakarta Security), else nobody.
 *
 * <p>The signed-in person is asked of the request (which the authentication mechanism told), not of
 * {@code SecurityContext}: Payara's implementation of that looks {@code java:comp/EJBContext} up
 * whenever the request has no caller or lacks a role, and the first such look-up in an application
 * without EJBs logs "Internal error: EJBContainerUtilImpl is null" with a stack trace.
 */
@ApplicationScoped
public class CallerIdentity {

    private static final Logger LOG = Logger.getLogger(CallerIdentity.class.getName());

    @Inject
    HttpServletRequest request;

    /** The caller; empty when nobody is signed in and no block runs as someone. */
    public Optional<RunAs.Identity> current() {
        Optional<RunAs.Identity> runAs = RunAs.current();
        if (runAs.isPresent()) {
            return runAs;
        }
        Principal principal = principal();
        return principal == null ? Optional.empty() : Optional.of(new RunAs.Identity(principal.getName(), Set.of(), false));
    }

    /** Whether the caller is the system or holds the role (by name). */
    public boolean has(String role) {
        Optional<RunAs.Identity> runAs = RunAs.current();
        if (runAs.isPresent()) {
            return runAs.get().system() || runAs.get().roles().contains(role);
        }
        return principal() != null && inRole(role);
    }

    private Principal principal() {
        try {
            return request.getUserPrincipal();
        } catch (RuntimeException e) { // no request on this thread: nobody
            LOG.log(Level.FINE, "no security context", e);
            return null;
        }
    }

    private boolean inRole(String role) {
        try {
            return request.isUserInRole(role);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "no security context", e);
            return false;
        }
    }
}
