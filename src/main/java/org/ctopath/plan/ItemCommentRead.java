package org.ctopath.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The newest comment on an item that one person has seen; anything newer is unread for them. */
@Entity
@Table(name = "item_comment_read")
@IdClass(ItemCommentRead.Key.class)
public class ItemCommentRead {

    /** The primary key: item and reader. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long itemId;
        private long accountId;

        public Key() {
        }

        public Key(long itemId, long accountId) {
            this.itemId = itemId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.itemId == itemId && key.accountId == accountId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, accountId);
        }
    }

    @Id
    @Column(name = "item_id")
    private long itemId;

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "read_up_to", nullable = false)
    private long readUpTo;

    protected ItemCommentRead() {
        // for JPA
    }

    ItemCommentRead(long itemId, long accountId, long readUpTo) {
        this.itemId = itemId;
        this.accountId = accountId;
        this.readUpTo = readUpTo;
    }

    public long getItemId() {
        return itemId;
    }

    public long getReadUpTo() {
        return readUpTo;
    }

    /** Moves the mark on; never back. */
    void readUpTo(long commentId) {
        readUpTo = Math.max(readUpTo, commentId);
    }
}
