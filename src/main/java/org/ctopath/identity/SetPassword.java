package org.ctopath.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.ctopath.platform.Messages;

/**
 * {@code /password/set?token=...}: the page an invitation or reset link opens. The link's secret
 * travels in the page's form (never in the session); a link that does not work (any more) says so
 * and offers a new one.
 */
@Named
@RequestScoped
public class SetPassword {

    @Inject
    PasswordLinks links;

    @Inject
    FacesContext faces;

    private String token;
    private String newPassword;
    private String confirmation;
    private Optional<PasswordLinks.Valid> link = Optional.empty();

    @PostConstruct
    void read() {
        token = faces.getExternalContext().getRequestParameterMap().get("token");
        if (token == null) {
            token = faces.getExternalContext().getRequestParameterMap().get("set:token");
        }
        link = links.check(token);
    }

    public String save() {
        return Messages.attempt("set", () -> {
            links.use(token, newPassword, confirmation);
            Messages.flashInfo("Your password is set. Sign in with it now.");
            return "/login?faces-redirect=true";
        });
    }

    public boolean isWorking() {
        return link.isPresent();
    }

    public boolean isInvitation() {
        return link.map(l -> l.purpose() == PasswordLink.Purpose.INVITATION).orElse(false);
    }

    public String getUsername() {
        return link.map(PasswordLinks.Valid::username).orElse("");
    }

    public String getDisplayName() {
        return link.map(PasswordLinks.Valid::displayName).orElse("");
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public int getMaxLength() {
        return PasswordPolicy.MAX_LENGTH;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
