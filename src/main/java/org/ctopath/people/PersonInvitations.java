package org.ctopath.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ctopath.identity.PasswordLinks;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.Messages;
import org.ctopath.platform.UtcTime;

/**
 * Invitations to set a password, from the people pages: one person's ({@code /admin/people/person})
 * or everyone's who has no password yet ({@code /admin/people/index}). Each is mailed and audited.
 */
@Named
@RequestScoped
public class PersonInvitations {

    @Inject
    PasswordLinks links;

    public void invite(String username, String displayName) {
        try {
            var until = links.invite(username);
            Messages.info("Invitation sent to " + displayName + ": the link works once, until " + UtcTime.minute(until) + " UTC.");
        } catch (InvalidInput refused) {
            Messages.show(refused, "invitation");
        }
    }

    public void inviteEveryone() {
        PasswordLinks.Invited done = links.inviteEveryoneWithoutPassword();
        String text = done.invited() == 0 ? "Nobody was waiting for an invitation." : "Invitations sent to " + people(done.invited())
                + " without a password; each link works once, for " + PasswordLinks.INVITATION_VALID.toDays() + " days.";
        Messages.info(done.withoutEmail() == 0 ? text : text + " " + people(done.withoutEmail())
                + " without a password have no email address: add one on their page, or set a password there.");
    }

    private static String people(int count) {
        return count == 1 ? "1 person" : count + " people";
    }
}
