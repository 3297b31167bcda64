package org.ctopath.platform;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What a page bean answers instead of rendering itself. */
public final class Pages {

    private Pages() {
    }

    /**
     * Answers the current request with 404 and the error page, and renders nothing more: for an id
     * or code that names nothing, or something the person may not see (which must look the same).
     */
    public static void notFound(String reason) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
