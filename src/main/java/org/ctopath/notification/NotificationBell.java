package org.ctopath.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ctopath.identity.ActiveUser;

/** The bell in the header: {@code #{bell.unread}}, counted once per request. */
@Named("bell")
@RequestScoped
public class NotificationBell {

    @Inject
    Notifications notifications;

    @Inject
    ActiveUser user;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = user.isSignedIn() ? notifications.unreadCount(user.getUsername()) : 0L;
        }
        return unread;
    }

    /** What a screen reader says for the bell. */
    public String getLabel() {
        long count = getUnread();
        return count == 0 ? "Notifications, none unread" : "Notifications, " + count + " unread";
    }
}
