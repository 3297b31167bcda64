package org.ctopath.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ctopath.certification.CertificationRecords;
import org.ctopath.identity.Account;
import org.ctopath.identity.AccountService;
import org.ctopath.identity.Caller;

/** The learner's personal calendar: open plan items on their due dates and each scheme's renew-by date. */
@ApplicationScoped
@Transactional
public class CalendarFeeds {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    PlanService plans;

    @Inject
    CertificationRecords records;

    @Inject
    Caller caller;

    Clock clock = Clock.systemUTC();

    /** When the learner's current address was made; empty while they have none. */
    public Optional<Instant> madeAt(String username) {
        caller.requireSelf(username);
        return feed(username).map(CalendarFeed::getCreatedAt);
    }

    /**
     * A new secret address for the learner, their first or one that retires the old (which answers
     * 404 from now on). Only its hash is kept: the secret answered here is never shown again.
     */
    public String renew(String username) {
        caller.requireSelf(username);
        Optional<CalendarFeed> existing = feed(username);
        if (existing.isPresent()) {
            return existing.get().renew(clock.instant());
        }
        Account account = accounts.findByUsername(username).orElseThrow(() -> new IllegalStateException("no account " + username));
        CalendarFeed feed = new CalendarFeed(account);
        String secret = feed.renew(clock.instant());
        em.persist(feed);
        return secret;
    }

    /** The calendar of whoever holds the secret, found by its hash; empty for a secret nobody holds. */
    public Optional<String> calendar(String secret) {
        if (secret == null || secret.isEmpty() || secret.length() > 64) {
            return Optional.empty();
        }
        return em.createQuery("select f from CalendarFeed f where f.tokenHash = :hash", CalendarFeed.class)
                .setParameter("hash", CalendarFeed.hash(secret))
                .getResultStream().findFirst().map(f -> Caller.as(f.getAccount(), () -> { // the secret authenticates its owner
                    String username = f.getAccount().getUsername();
                    List<ICalendar.Event> events = new ArrayList<>();
                    for (DevelopmentPlan plan : plans.plans(username)) {
                        if (plan.getState() == PlanState.ARCHIVED || plan.getState() == PlanState.COMPLETED) {
                            continue;
                        }
                        for (PlanItem item : plan.getItems()) {
                            if (!item.getStatus().isClosed()) {
                                events.add(new ICalendar.Event("plan-item-" + item.getId() + "@ctopath", item.getDueDate(),
                                        "Due: " + item.getResource().getTitle(), "Plan: " + plan.getTitle()));
                            }
                        }
                    }
                    records.standings(username).forEach(s -> events.add(new ICalendar.Event(
                            "renew-by-" + s.getScheme().replaceAll("[^A-Za-z0-9]", "") + "-" + f.getAccount().getId() + "@ctopath",
                            s.getRenewBy(), "Renew by: " + s.getScheme(), "Renew by an exam or CPD before this day.")));
                    return ICalendar.of("calendar-" + f.getAccount().getId() + "@ctopath", "CTO Path: " + f.getAccount().getDisplayName(),
                            events, clock.instant());
                }));
    }

    private Optional<CalendarFeed> feed(String username) {
        return em.createQuery("select f from CalendarFeed f where f.account.username = :username", CalendarFeed.class)
                .setParameter("username", username).getResultStream().findFirst();
    }
}
