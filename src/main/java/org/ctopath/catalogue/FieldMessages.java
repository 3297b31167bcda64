package org.ctopath.catalogue;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows a refused change on a form: each problem next to its field (the input whose id is the
 * field's name, or in a row of a table of rows), a problem of the change as a whole at the top.
 */
final class FieldMessages {

    private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

    private FieldMessages() {
    }

    static void show(String formId, CatalogueChangeRefused refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldProblem problem : refusal.getProblems()) {
            faces.addMessage(clientId(formId, problem.field()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), problem.message()));
        }
        faces.validationFailed();
    }

    /** {@code title} → {@code form:title}; {@code skills[2].to} → {@code form:skills:2:to}. */
    static String clientId(String formId, String field) {
        if (field == null) {
            return null;
        }
        Matcher row = ROW_FIELD.matcher(field);
        return row.matches() ? formId + ":" + row.group(1) + ":" + row.group(2) + ":" + row.group(3) : formId + ":" + field;
    }

    static void info(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }

    /** A message that survives the redirect after a save. */
    static void infoAfterRedirect(String message) {
        info(message);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
