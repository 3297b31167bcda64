package org.ctopath.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.regex.Pattern;

/** What the error pages show of a failure: only the reference of a fault, also in its log line. */
@Named
@RequestScoped
public class ErrorPage {

    private static final Pattern REFERENCE = Pattern.compile("[0-9a-z]{8}");

    /** The reference of the fault this request met, or of the one an ajax request was sent here for; else null. */
    public String getReference() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        Object here = external.getRequestMap().get(Failure.REFERENCE);
        String reference = here != null ? here.toString() : external.getRequestParameterMap().get("ref");
        return reference != null && REFERENCE.matcher(reference).matches() ? reference : null;
    }
}
