package org.ctopath.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import org.ctopath.identity.Account;
import org.ctopath.platform.UtcTime;

/**
 * A comment on a plan item, between the learner and their mentor. Ids come one at a time from the
 * sequence, so a later comment has a larger id, and "read up to" is a single number per reader.
 */
@Entity
@Table(name = "item_comment")
public class ItemComment {

    public static final int BODY_MAXLENGTH = 4000;

    @Id
    @SequenceGenerator(name = "item_comment_seq", sequenceName = "mentoring_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_comment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private PlanItem item;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(nullable = false, length = BODY_MAXLENGTH)
    private String body;

    @Column(name = "written_at", nullable = false)
    private LocalDateTime writtenAt;

    protected ItemComment() {
        // for JPA
    }

    ItemComment(PlanItem item, Account author, String body, Instant now) {
        this.item = Objects.requireNonNull(item);
        this.author = Objects.requireNonNull(author);
        this.body = Objects.requireNonNull(body);
        this.writtenAt = UtcTime.toColumn(now);
    }

    public Long getId() {
        return id;
    }

    public PlanItem getItem() {
        return item;
    }

    public Account getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return UtcTime.fromColumn(writtenAt);
    }
}
