package org.ctopath.badges;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.Messages;

/**
 * {@code /admin/badges?person=<username>}: an administrator sees a person's badges, revoked or not,
 * and revokes one with a reason (a POST of the row's form). Request-scoped: the person travels in
 * the address and the form, nothing stays in the session.
 */
@Named
@RequestScoped
public class RevokeBadges {

    @Inject
    Badges badges;

    private String person;
    private String reason;
    private List<IssuedBadge> list;

    /**
     * The person from the request at once: on a postback the rows' forms are decoded before the
     * view parameter reaches this bean, and the rows are that person's badges.
     */
    @jakarta.annotation.PostConstruct
    void init() {
        person = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("person");
    }

    /** The person's badges, newest first; none while no person is chosen, or an unknown one. */
    public List<IssuedBadge> getBadges() {
        if (list == null) {
            try {
                list = person == null || person.isBlank() ? List.of() : badges.issuedTo(person.strip());
            } catch (org.ctopath.platform.NotFound unknown) {
                list = List.of();
                Messages.error("There is nobody with the username " + person.strip() + ".");
            }
        }
        return list;
    }

    public String revoke(long badgeId) {
        try {
            IssuedBadge revoked = badges.revoke(badgeId, reason);
            Messages.info("Revoked the badge " + revoked.getId() + " (" + revoked.getCredentialId() + "). Verifiers now see it as revoked.");
            reason = null;
            list = null;
        } catch (InvalidInput refused) {
            Messages.error(refused.getProblems().get(0).message());
        } catch (Badges.AlreadyRevoked | Badges.NoSuchBadge refused) {
            Messages.error(refused.getMessage());
        }
        return null;
    }

    /** A day for the table. */
    public String day(Instant instant) {
        return instant == null ? "" : instant.toString().substring(0, 10);
    }

    /** The achievement's name a badge carries. */
    public String achievement(IssuedBadge badge) {
        return OpenBadges.achievementOf(badge.getCredential()).map(a -> String.valueOf(a.get("name"))).orElse("");
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
