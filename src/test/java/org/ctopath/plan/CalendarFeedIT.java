package org.ctopath.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.io.StringReader;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.ctopath.identity.AccountService;
import org.ctopath.identity.Role;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.ctopath.testing.http.Visitor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The personal iCalendar feed over HTTP, at its secret address, of which only the hash is kept; what
 * it serves is valid under ical4j's strict parsing and validation, as deployed (the library in the WAR).
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class CalendarFeedIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    CalendarFeeds feeds;

    @Inject
    PlanService plans;

    @Inject
    AccountService accounts;

    @PersistenceContext
    EntityManager em;

    @ArquillianResource
    URL baseURL;

    private HttpResponse<String> get(String token) throws Exception {
        URI uri = URI.create(baseURL.toExternalForm().replaceAll("/$", "") + "/calendar/" + token + ".ics");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theFeedListsDueDatesAndANewAddressRetiresTheOld() throws Exception {
        String learner = "calendar-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(learner, "Calendar Learner", "a long enough password", Set.of(Role.LEARNER));
        DevelopmentPlan plan = plans.createForGaps(learner, plans.today(), new BigDecimal("5"));
        PlanItem first = plans.plan(learner, plan.getId()).getItems().get(0);
        assertTrue(feeds.madeAt(learner).isEmpty(), "no address until the learner asks for one");
        String token = feeds.renew(learner);

        HttpResponse<String> feed = get(token);

        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElseThrow().startsWith("text/calendar"));
        assertEquals("private, no-store", feed.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(feed.body().startsWith("BEGIN:VCALENDAR\r\n"));
        assertTrue(feed.body().contains("UID:plan-item-" + first.getId() + "@ctopath\r\n"), feed.body());
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body())); // ical4j's strict parsing
        ValidationResult validation = calendar.validate();
        assertFalse(validation.hasErrors(), validation + "\n" + feed.body());
        assertTrue(calendar.getProperty("METHOD").isEmpty(), "a feed, no iTIP message: " + feed.body());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(plans.plan(learner, plan.getId()).getItems().size(), events.size(), "each open item on its due date");
        for (VEvent event : events) {
            assertEquals(1, event.getAlarms().size(), feed.body());
            VAlarm reminder = event.getAlarms().get(0);
            assertEquals("DISPLAY", reminder.getProperty("ACTION").map(p -> ((Property) p).getValue()).orElseThrow());
            assertEquals("-P1D", reminder.getProperty("TRIGGER").map(p -> ((Property) p).getValue()).orElseThrow(), "a day before");
            assertTrue(reminder.getProperty("DESCRIPTION").map(p -> ((Property) p).getValue()).orElseThrow().startsWith("Tomorrow: Due: "));
        }
        assertTrue(feeds.madeAt(learner).isPresent());
        assertEquals(200, get(token).statusCode(), "the address stays until renewed");

        String renewed = feeds.renew(learner);

        assertNotEquals(token, renewed);
        assertEquals(404, get(token).statusCode());
        assertEquals(200, get(renewed).statusCode());
    }

    @Test
    void onlyTheHashOfTheSecretIsStored() throws Exception {
        String learner = "calendar-hash-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(learner, "Calendar Hash Learner", "a long enough password", Set.of(Role.LEARNER));
        String secret = feeds.renew(learner);

        String stored = (String) em.createNativeQuery("SELECT f.token_hash FROM calendar_feed f JOIN account a ON a.id = f.account_id"
                + " WHERE a.username = ?1").setParameter(1, learner).getSingleResult();

        assertNotEquals(secret, stored);
        assertFalse(stored.contains(secret));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8))), stored);
        assertEquals(200, get(secret).statusCode(), "the feed is found by the hash of its secret");
        assertEquals(404, get(stored).statusCode(), "the stored hash is no address");
        String wrong = (secret.charAt(0) == 'A' ? "B" : "A") + secret.substring(1);
        assertEquals(404, get(wrong).statusCode(), "one character off");
    }

    @Test
    void anAddressNobodyHoldsIsNotFound() throws Exception {
        assertEquals(404, get("not-a-token-anybody-has").statusCode());
        assertEquals(404, get("..%2Fetc").statusCode());
    }

    @Test
    void thePlansPageShowsTheAddressOnlyWhenItIsMade() throws Exception {
        String learner = "calendar-page-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(learner, "Calendar Page Learner", "a long enough password", Set.of(Role.LEARNER));
        Visitor visitor = new Visitor(baseURL);
        visitor.signIn(learner, "a long enough password");
        assertTrue(visitor.get("/learner/plans").body().contains("You have no calendar address yet."));

        HttpResponse<String> made = visitor.submit("/learner/plans", "calendar=calendar&calendar%3Arenew=");

        assertEquals(200, made.statusCode());
        Matcher address = Pattern.compile("<code id=\"calendar-address\">[^<]*/calendar/([A-Za-z0-9_-]{43})\\.ics</code>").matcher(made.body());
        assertTrue(address.find(), made.body());
        assertTrue(made.body().contains("Copy it now: it will not be shown again."), made.body());
        assertEquals(200, get(address.group(1)).statusCode(), "the address shown works");
        String later = visitor.get("/learner/plans").body();
        assertFalse(later.contains(address.group(1)), "never shown again");
        assertTrue(later.contains("Your calendar address was made on"), later);

        HttpResponse<String> renewed = visitor.submit("/learner/plans", "calendar=calendar&calendar%3Arenew=");
        Matcher next = Pattern.compile("/calendar/([A-Za-z0-9_-]{43})\\.ics").matcher(renewed.body());
        assertTrue(next.find(), renewed.body());
        assertNotEquals(address.group(1), next.group(1));
        assertEquals(404, get(address.group(1)).statusCode(), "a new address retires the old");
        assertEquals(200, get(next.group(1)).statusCode());
    }
}
