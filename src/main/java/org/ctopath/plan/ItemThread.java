package org.ctopath.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctopath.identity.ActiveUser;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.Messages;
import org.ctopath.platform.UtcTime;

/**
 * The comments of one plan item in a dialog, for the learner's plan page and the mentor's page of
 * a mentee alike; and how many unread comments each item of the page has.
 */
@Named
@ViewScoped
public class ItemThread implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One comment as the dialog shows it. */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String author;
        private final String when;
        private final String body;
        private final boolean mine;
        private final boolean fresh;

        Line(String author, String when, String body, boolean mine, boolean fresh) {
            this.author = author;
            this.when = when;
            this.body = body;
            this.mine = mine;
            this.fresh = fresh;
        }

        public String getAuthor() {
            return author;
        }

        public String getWhen() {
            return when;
        }

        public String getBody() {
            return body;
        }

        public boolean isMine() {
            return mine;
        }

        /** Written by the other person since the reader last opened the comments. */
        public boolean isFresh() {
            return fresh;
        }
    }

    @Inject
    ItemComments comments;

    @Inject
    ActiveUser user;

    private final Map<Long, Integer> unread = new HashMap<>();
    private Long itemId;
    private String itemTitle;
    private final List<Line> lines = new ArrayList<>();
    private String body;

    /** Counts the unread comments of the page's items. */
    public void track(Collection<Long> itemIds) {
        unread.clear();
        unread.putAll(comments.unread(user.getUsername(), itemIds));
    }

    public int unread(Long itemId) {
        return unread.getOrDefault(itemId, 0);
    }

    /** Opens an item's comments; they count as read from now on. */
    public void open(Long itemId) {
        try {
            load(itemId);
            body = null;
        } catch (PlanService.NotFound e) {
            this.itemId = null;
            itemTitle = null;
            lines.clear();
            Messages.error("That item is no longer yours to comment on.");
        }
    }

    public void send() {
        try {
            comments.write(user.getUsername(), itemId, body);
            body = null;
            load(itemId);
        } catch (InvalidInput e) {
            Messages.show(e, "thread");
        } catch (PlanService.NotFound e) {
            Messages.error("That item is no longer yours to comment on; nothing was sent.");
        }
    }

    private void load(Long id) {
        ItemComments.Thread thread = comments.read(user.getUsername(), id);
        itemId = id;
        itemTitle = thread.item().getResource().getTitle();
        lines.clear();
        thread.comments().forEach(c -> lines.add(new Line(c.getAuthor().getDisplayName(), UtcTime.minute(c.getWrittenAt()), c.getBody(),
                thread.isMine(c), thread.isNew(c))));
        unread.remove(id);
    }

    public Long getItemId() {
        return itemId;
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public List<Line> getLines() {
        return lines;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
