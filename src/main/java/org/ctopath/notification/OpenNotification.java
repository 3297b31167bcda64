package org.ctopath.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.ctopath.identity.ActiveUser;
import org.ctopath.platform.LocalPaths;
import org.ctopath.platform.Pages;

/**
 * {@code /notifications/open?id=N}: marks the person's notification read and goes where it leads.
 * Someone else's id, or none, is a 404: nobody learns that it exists. It leads only to a page of
 * this application ({@link LocalPaths}); any other link goes to the notifications instead.
 */
@Named
@RequestScoped
public class OpenNotification {

    @Inject
    Notifications notifications;

    @Inject
    ActiveUser user;

    /** As typed in the address: text, so that a malformed id is a 404 like any other that is not theirs. */
    private String id;

    public void open() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Optional<String> target = id == null || !id.matches("\\d{1,18}") ? Optional.empty()
                : notifications.open(user.getUsername(), Long.parseLong(id));
        if (target.isEmpty()) {
            Pages.notFound("No such notification of yours");
            return;
        }
        String context = external.getRequestContextPath();
        external.redirect(LocalPaths.check(context + target.get(), context).orElse(context + "/notifications/index"));
        faces.responseComplete();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
