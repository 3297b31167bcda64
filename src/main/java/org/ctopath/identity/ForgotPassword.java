package org.ctopath.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.ctopath.platform.Messages;

/**
 * "Forgot password", {@code /password/forgot}: the person gives their username or email address and
 * gets the same answer whether it is known or not; a known one gets a reset link by mail
 * ({@link PasswordLinks#forgot}). A client address may ask {@link ForgotThrottle#PER_QUARTER_HOUR}
 * times a quarter hour; beyond, nothing is sent and the answer is still the same.
 */
@Named
@RequestScoped
public class ForgotPassword {

    static final String ANSWER = "If an account with that username or email address exists and has an email address, a link to set a"
            + " new password is on its way. It works once, for one hour. Nothing arrived? Check the spelling, or ask your administrator.";

    @Inject
    PasswordLinks links;

    @Inject
    ForgotThrottle throttle;

    @Inject
    FacesContext faces;

    @NotBlank(message = "Enter your username or email address.")
    @Size(max = 254, message = "A username or email address has at most {max} characters.")
    private String nameOrEmail;

    private boolean sent;

    public String send() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (throttle.allow(Objects.requireNonNullElse(request.getRemoteAddr(), "unknown"))) {
            links.forgot(nameOrEmail);
        }
        sent = true;
        Messages.info(ANSWER);
        return null;
    }

    public boolean isSent() {
        return sent;
    }

    public String getNameOrEmail() {
        return nameOrEmail;
    }

    public void setNameOrEmail(String nameOrEmail) {
        this.nameOrEmail = nameOrEmail;
    }
}
