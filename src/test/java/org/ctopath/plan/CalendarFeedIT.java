package org.ctopath.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import org.ctopath.identity.AccountService;
import org.ctopath.identity.Role;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The personal iCalendar feed over HTTP, at its secret address. */
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
        String token = feeds.token(learner);

        HttpResponse<String> feed = get(token);

        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElseThrow().startsWith("text/calendar"));
        assertTrue(feed.body().startsWith("BEGIN:VCALENDAR\r\n"));
        assertTrue(feed.body().contains("UID:plan-item-" + first.getId() + "@ctopath\r\n"), feed.body());
        assertEquals(token, feeds.token(learner), "the address stays until renewed");

        String renewed = feeds.renew(learner);

        assertNotEquals(token, renewed);
        assertEquals(404, get(token).statusCode());
        assertEquals(200, get(renewed).statusCode());
    }

    @Test
    void anAddressNobodyHoldsIsNotFound() throws Exception {
        assertEquals(404, get("not-a-token-anybody-has").statusCode());
        assertEquals(404, get("..%2Fetc").statusCode());
    }
}
