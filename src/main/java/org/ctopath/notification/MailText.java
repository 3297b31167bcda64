package org.ctopath.notification;

/** The text of a notification's mail: what it says, where to open it, and why it came. */
final class MailText {

    private MailText() {
    }

    static String body(String body, String appUrl, String link) {
        StringBuilder text = new StringBuilder();
        if (!body.isEmpty()) {
            text.append(body).append("\n\n");
        }
        if (link != null) {
            text.append("Open it in CTO Path: ").append(appUrl).append(link).append("\n\n");
        }
        return text.append("-- \nCTO Path sends you this because it concerns your development path or your mentees.\n")
                .append("Your notifications: ").append(appUrl).append(Notifications.LIST).append('\n')
                .toString();
    }
}
