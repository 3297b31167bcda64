package org.ctopath.identity;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Instant;

/**
 * The sign-in form. Once signed in, the person goes to the page they asked for (when it is one of
 * this application's) or else to their role's home.
 */
@Named
@RequestScoped
public class Login {

    static final String WRONG_CREDENTIALS = "Wrong username or password.";

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    ActiveUser activeUser;

    @NotBlank(message = "Enter your username.")
    @Size(max = Account.USERNAME_MAXLENGTH, message = "A username has at most {max} characters.")
    private String username;

    @NotBlank(message = "Enter your password.")
    @Size(max = 1024, message = "A password has at most {max} characters.")
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a session id known before sign-in is worthless after it
        }
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(false));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(SessionSignIn.takeReturnAddress(request)
                    .orElse(external.getRequestContextPath() + activeUser.getHome()));
        } else {
            refuse(request);
        }
    }

    private void refuse(HttpServletRequest request) {
        String message = SessionSignIn.hold(request).map(hold -> hold.message(Instant.now())).orElse(WRONG_CREDENTIALS);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
