package org.ctopath.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in at {@code /login}: a protected page sends an anonymous visitor there and, once
 * signed in, back to the page asked for. The signed-in identity lives in the HTTP session.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"LEARNER", "MENTOR", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
