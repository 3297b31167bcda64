package org.ctopath.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Puts messages on the page: next to a field, or at the top of the page. */
public final class Messages {

    private Messages() {
    }

    /** Each problem next to its field ({@code formId:field}), or at the top when it names none. */
    public static void show(InvalidInput invalid, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (InvalidInput.Problem problem : invalid.getProblems()) {
            String clientId = problem.field() == null ? null : formId + ":" + problem.field();
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), null));
        }
        faces.validationFailed();
    }

    public static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A message that survives the redirect after a save. */
    public static void flashInfo(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }
}
