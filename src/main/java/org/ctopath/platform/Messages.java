package org.ctopath.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Puts messages on the page: next to a field, or at the top of the page. */
public final class Messages {

    /** What a person reads when someone else saved the same thing first. */
    public static final String CHANGED_MEANWHILE = "Someone else changed this while you were editing it. Nothing of yours was saved: reload to see their change, then make yours again.";

    private Messages() {
    }

    /**
     * Runs a page action that may be refused: refused input is shown next to its fields (or at
     * the top), and an edit that lost a race with another says so; the page then stays as it is.
     */
    public static String attempt(String formId, Supplier<String> action) {
        try {
            return action.get();
        } catch (InvalidInput e) {
            show(e, formId);
        } catch (OptimisticLockException e) {
            error(CHANGED_MEANWHILE);
        }
        return null;
    }

    private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

    /**
     * Each problem next to its field, or at the top when it names none: {@code title} is shown at
     * {@code form:title}, a field of a table row, {@code skills[2].to} or {@code skills:2:to}, at
     * {@code form:skills:2:to}.
     */
    public static void show(InvalidInput invalid, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (InvalidInput.Problem problem : invalid.getProblems()) {
            String clientId = clientId(formId, problem.field());
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), null));
        }
        faces.validationFailed();
    }

    static String clientId(String formId, String field) {
        if (field == null) {
            return null;
        }
        Matcher row = ROW_FIELD.matcher(field);
        return row.matches() ? formId + ":" + row.group(1) + ":" + row.group(2) + ":" + row.group(3) : formId + ":" + field;
    }

    public static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    /** A message that survives the redirect after a save. */
    public static void flashInfo(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }
}
