package org.ctopath.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/** The roles the application knows; sign-in itself is {@link SessionSignIn}. */
@DeclareRoles({"LEARNER", "MENTOR", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
