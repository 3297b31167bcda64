package org.ctopath.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctopath.identity.Account;
import org.ctopath.identity.AccountService;
import org.ctopath.mentoring.MentorRelations;
import org.ctopath.notification.Notifications;
import org.ctopath.platform.InvalidInput;
import org.ctopath.identity.Caller;
import org.ctopath.platform.Restricted;

/**
 * Comments on plan items between a learner and their current mentor, in the order written, with
 * what each of them has read. Only those two reach an item's comments; anyone else's id is not
 * there ({@link PlanService.NotFound}).
 */
@ApplicationScoped
@Transactional(rollbackOn = InvalidInput.class)
@Restricted
public class ItemComments {

    /** An item's comments for one reader: each comment, and which were new to them. */
    public record Thread(PlanItem item, Account reader, List<ItemComment> comments, long readUpToBefore) {

        public boolean isMine(ItemComment comment) {
            return comment.getAuthor().getId().equals(reader.getId());
        }

        /** Written by the other person since the reader last opened the comments. */
        public boolean isNew(ItemComment comment) {
            return comment.getId() > readUpToBefore && !isMine(comment);
        }
    }

    @Inject
    Caller caller;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    MentorRelations relations;

    @Inject
    Notifications notifications;

    Clock clock = Clock.systemUTC();

    /** The item's comments, oldest first; all of them count as read by the reader from now on. */
    public Thread read(String username, Long itemId) {
        caller.requireSelf(username);
        Account reader = account(username);
        PlanItem item = reachable(reader, itemId);
        List<ItemComment> comments = em.createQuery("select c from ItemComment c where c.item = :item order by c.id", ItemComment.class)
                .setParameter("item", item).getResultList();
        ItemCommentRead mark = em.find(ItemCommentRead.class, new ItemCommentRead.Key(item.getId(), reader.getId()));
        long before = mark == null ? 0 : mark.getReadUpTo();
        if (!comments.isEmpty()) {
            long newest = comments.get(comments.size() - 1).getId();
            if (mark == null) {
                em.persist(new ItemCommentRead(item.getId(), reader.getId(), newest));
            } else {
                mark.readUpTo(newest);
            }
        }
        return new Thread(item, reader, comments, before);
    }

    /** Adds a comment; the other of the two is told. */
    public ItemComment write(String username, Long itemId, String body) {
        caller.requireSelf(username);
        Account author = account(username);
        PlanItem item = reachable(author, itemId);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw InvalidInput.of("comment", "Write something first.");
        }
        if (text.length() > ItemComment.BODY_MAXLENGTH) {
            throw InvalidInput.of("comment", "At most " + ItemComment.BODY_MAXLENGTH + " characters.");
        }
        ItemComment comment = new ItemComment(item, author, text, clock.instant());
        em.persist(comment);
        em.flush();
        Account learner = item.getPlan().getOwner();
        String subject = author.getDisplayName() + " commented on \"" + item.getResource().getTitle() + "\"";
        if (learner.getId().equals(author.getId())) {
            relations.mentorOf(learner.getId()).ifPresent(mentor ->
                    notifications.notify(mentor, subject, text, "/mentor/mentee?id=" + learner.getId()));
        } else {
            notifications.notify(learner, subject, text, "/learner/plan?id=" + item.getPlan().getId());
        }
        return comment;
    }

    /** For each of the items, how many comments the reader has not read; items with none are left out. */
    public Map<Long, Integer> unread(String username, Collection<Long> itemIds) {
        caller.requireSelf(username);
        Map<Long, Integer> unread = new HashMap<>();
        if (itemIds.isEmpty()) {
            return unread;
        }
        Account reader = account(username);
        Map<Long, Long> marks = new HashMap<>();
        em.createQuery("select r from ItemCommentRead r where r.accountId = :reader and r.itemId in :items", ItemCommentRead.class)
                .setParameter("reader", reader.getId()).setParameter("items", itemIds).getResultList()
                .forEach(r -> marks.put(r.getItemId(), r.getReadUpTo()));
        List<Object[]> others = em.createQuery("select c.item.id, c.id from ItemComment c where c.item.id in :items and c.author <> :reader",
                Object[].class).setParameter("items", itemIds).setParameter("reader", reader).getResultList();
        for (Object[] row : others) {
            long item = (Long) row[0];
            if ((Long) row[1] > marks.getOrDefault(item, 0L)) {
                unread.merge(item, 1, Integer::sum);
            }
        }
        return unread;
    }

    /** The item, when the person is its learner or the learner's current mentor. */
    private PlanItem reachable(Account person, Long itemId) {
        PlanItem item = itemId == null ? null : em.find(PlanItem.class, itemId);
        if (item == null) {
            throw new PlanService.NotFound();
        }
        Account learner = item.getPlan().getOwner();
        boolean own = learner.getId().equals(person.getId());
        if (!own && !relations.isMentorOf(person.getUsername(), learner.getId())) {
            throw new PlanService.NotFound();
        }
        return item;
    }

    private Account account(String username) {
        return accounts.findByUsername(username).orElseThrow(PlanService.NotFound::new);
    }
}
