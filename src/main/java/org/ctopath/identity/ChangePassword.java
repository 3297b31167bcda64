package org.ctopath.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ctopath.platform.Messages;

/**
 * The signed-in person's own password, {@code /account/password}: the current one and the new one
 * twice. Request scoped, so that no password stays in the session.
 */
@Named
@RequestScoped
public class ChangePassword {

    @Inject
    AccountService accounts;

    @Inject
    ActiveUser user;

    private String current;
    private String newPassword;
    private String confirmation;

    public String change() {
        return Messages.attempt("password", () -> {
            accounts.changePassword(user.getUsername(), current, newPassword, confirmation);
            Messages.flashInfo("Your password is changed. Use the new one from your next sign-in; your API tokens still work.");
            return "/account/password?faces-redirect=true";
        });
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public int getMaxLength() {
        return PasswordPolicy.MAX_LENGTH;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
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
