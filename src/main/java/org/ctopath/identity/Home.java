package org.ctopath.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The root address: sends a signed-in person to their home, anyone else to sign in. */
@Named
@RequestScoped
public class Home {

    @Inject
    FacesContext faces;

    @Inject
    ActiveUser activeUser;

    public void redirect() throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + (activeUser.isSignedIn() ? activeUser.getHome() : "/login"));
    }
}
