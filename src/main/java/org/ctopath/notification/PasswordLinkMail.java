package org.ctopath.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.ctopath.identity.PasswordLink.Purpose;
import org.ctopath.identity.PasswordLinkIssued;
import org.ctopath.platform.UtcTime;

/**
 * Mails the link of an invitation or a password reset, in the transaction that made it (the outbox
 * sends it, once, like every mail). No in-app notification: the person cannot sign in yet.
 */
@ApplicationScoped
public class PasswordLinkMail {

    @Inject
    MailOutbox outbox;

    void mail(@Observes PasswordLinkIssued link) {
        outbox.queue(null, link.email().strip(), subject(link.purpose()), body(link));
    }

    static String subject(Purpose purpose) {
        return purpose == Purpose.INVITATION ? "You are invited to CTO Path: set your password" : "Set a new password for CTO Path";
    }

    static String body(PasswordLinkIssued link) {
        String until = UtcTime.minute(link.expiresAt()) + " UTC";
        String why = link.purpose() == Purpose.INVITATION
                ? "Hello " + link.displayName() + ",\n\nyour organisation uses CTO Path for your development path. Your username is "
                        + link.username() + ". Choose your password here:\n\n"
                : "Hello " + link.displayName() + ",\n\nsomeone (we hope you) asked for a new password for the CTO Path account "
                        + link.username() + ". Choose it here:\n\n";
        String after = link.purpose() == Purpose.INVITATION
                ? "The link works once, until " + until + ". If it has expired, ask your administrator for a new invitation.\n"
                : "The link works once, until " + until + ". If you did not ask for it, ignore this mail: your password stays as it is.\n";
        return why + link.url() + "\n\n" + after + "\n-- \nCTO Path\n";
    }
}
