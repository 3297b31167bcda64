package org.ctopath.notification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ctopath.identity.AccountService;
import org.ctopath.identity.ActiveUser;
import org.ctopath.platform.Messages;
import org.ctopath.platform.Settings;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.ctopath.platform.UtcTime;

/**
 * The signed-in person's notifications, {@code /notifications/index}: newest first, one page at a
 * time, unread ones marked; each opens where it leads. Administrators can send themselves a test
 * notification to see that mail reaches them.
 */
@Named
@ViewScoped
public class MyNotifications implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    Notifications notifications;

    @Inject
    AccountService accounts;

    @Inject
    Settings settings;

    @Inject
    ActiveUser user;

    /** The table's current page of entities: a cache, transient (entities stay out of the session); made again after the session moves. */
    private transient Entries entries;

    public LazyDataModel<Notification> getEntries() {
        if (entries == null) {
            entries = new Entries();
        }
        return entries;
    }

    public String when(Instant at) {
        return UtcTime.minute(at);
    }

    public long getUnread() {
        return notifications.unreadCount(user.getUsername());
    }

    public String markAllRead() {
        int marked = notifications.markAllRead(user.getUsername());
        Messages.flashInfo(marked == 1 ? "1 notification marked read." : marked + " notifications marked read.");
        return "/notifications/index?faces-redirect=true";
    }

    /** For administrators: a notification to themselves, whose mail shows whether mail gets through. */
    public String sendTest() {
        if (!user.is("ADMIN")) {
            Messages.error("Only administrators send test notifications.");
            return null;
        }
        accounts.findByUsername(user.getUsername()).ifPresent(me -> {
            String route = settings.smtp().map(smtp -> "through " + smtp).orElse("to the server's log, as no SMTP_HOST is set");
            notifications.notify(me, "Test notification",
                    "You sent yourself this test notification. Its mail goes " + route + (me.getEmail() == null
                            ? "; but your account has no email address, so no mail goes." : " to " + me.getEmail() + "."),
                    Notifications.LIST);
            Messages.flashInfo("Test notification sent" + (me.getEmail() == null ? "." : "; its mail goes to " + me.getEmail() + "."));
        });
        return "/notifications/index?faces-redirect=true";
    }

    private class Entries extends LazyDataModel<Notification> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(notifications.count(user.getUsername()));
        }

        @Override
        public List<Notification> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return notifications.page(user.getUsername(), first, pageSize);
        }

        @Override
        public String getRowKey(Notification notification) {
            return String.valueOf(notification.getId());
        }
    }
}
