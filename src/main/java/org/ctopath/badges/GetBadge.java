package org.ctopath.badges;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.ctopath.identity.ActiveUser;
import org.ctopath.platform.Messages;

/**
 * The "Get badge" buttons of the learner's certifications and plans pages: a POST (a Faces form, so
 * it carries the view state) that issues the learner's own badge, or finds the one issued before,
 * then sends the browser to its read-only download. A refusal stays on the page as a message.
 */
@Named
@RequestScoped
public class GetBadge {

    @Inject
    Badges badges;

    @Inject
    ActiveUser user;

    public String certification(long attemptId) {
        return get(BadgeKind.CERTIFICATION, attemptId);
    }

    public String plan(long planId) {
        return get(BadgeKind.PLAN, planId);
    }

    private String get(BadgeKind kind, long subjectId) {
        Optional<IssuedBadge> badge;
        try {
            badge = Badges.issueOnce(badges, kind, user.getUsername(), subjectId);
        } catch (Badges.NotEarned | BadgesUnavailable refused) {
            Messages.error(refused.getMessage());
            return null;
        }
        if (badge.isEmpty()) {
            Messages.error("There is no such " + (kind == BadgeKind.PLAN ? "plan" : "attempt") + " of yours.");
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + BadgeServlet.downloadPath(kind, subjectId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }
}
