package org.ctopath.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
    Caller caller;

    @Inject
    CertificationRecords records;

    Clock clock = Clock.systemUTC();

    /** The learner's token, made on first use. */
    public String token(String username) {
        caller.requireSelf(username);
        return feed(username).orElseGet(() -> {
            Account account = accounts.findByUsername(username).orElseThrow(() -> new IllegalStateException("no account " + username));
            CalendarFeed feed = new CalendarFeed(account, clock.instant());
            em.persist(feed);
            return feed;
        }).getToken();
    }

    /** A new token; the old address answers 404 from now on. */
    public String renew(String username) {
        caller.requireSelf(username);
        Optional<CalendarFeed> feed = feed(username);
        if (feed.isEmpty()) {
            return token(username);
        }
        feed.get().renew(clock.instant());
        return feed.get().getToken();
    }

    /** The calendar of whoever holds the token; empty for a token nobody holds. */
    public Optional<String> calendar(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return em.createQuery("select f from CalendarFeed f where f.token = :token", CalendarFeed.class).setParameter("token", token)
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
                    return ICalendar.of("CTO Path: " + f.getAccount().getDisplayName(), events, clock.instant());
                }));
    }

    private Optional<CalendarFeed> feed(String username) {
        return em.createQuery("select f from CalendarFeed f where f.account.username = :username", CalendarFeed.class)
                .setParameter("username", username).getResultStream().findFirst();
    }
}
