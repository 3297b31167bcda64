package org.ctopath.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctopath.identity.Account;
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
 * The notifications page and the bell over HTTP, as a signed-in person gets them: whatever a
 * notification says is shown as text, and only its recipient sees or opens it.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class NotificationPageIT {

    private static final String PASSWORD = "a long enough password";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseURL;

    @Inject
    Notifications notifications;

    @Inject
    AccountService accounts;

    private Account newLearner() {
        String username = "reader-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(username, "Rita Reader", PASSWORD, Set.of(Role.LEARNER));
    }

    private long newestOf(Account person) {
        return notifications.page(person.getUsername(), 0, 1).get(0).getId();
    }

    @Test
    void theRecipientSeesItAsTextWithTheBellAndOpensItOnlyTheirs() throws Exception {
        Account owner = newLearner();
        Account other = newLearner();
        notifications.notify(owner, "<script>alert('subject')</script> & <b>bold</b>", "Said <img src=x onerror=alert(1)>", "/learner/plans");
        long own = newestOf(owner);
        notifications.notify(other, "Someone else's secret", "", "/learner/plans");
        long othersId = newestOf(other);
        Visitor visitor = new Visitor(baseURL);
        visitor.signIn(owner.getUsername(), PASSWORD);

        HttpResponse<String> page = visitor.get("/notifications/index");

        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("&lt;script&gt;alert('subject')&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;")
                || html.contains("&lt;script&gt;alert(&#39;subject&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"), html);
        assertTrue(html.contains("Said &lt;img src=x onerror=alert(1)&gt;"), html);
        assertFalse(html.contains("<script>alert("), "nothing of it runs");
        assertFalse(html.contains("<img src=x"), "nothing of it renders");
        assertFalse(html.contains("Someone else's secret"), "another person's notification is not listed");
        assertTrue(bell(html).equals("1"), "the bell counts one unread: " + bell(html));

        HttpResponse<String> tampered = visitor.get("/notifications/open?id=" + othersId);
        assertEquals(404, tampered.statusCode());
        assertTrue(tampered.body().contains("id=\"error-404\""));
        assertEquals(404, visitor.get("/notifications/open?id=not-a-number").statusCode());
        assertEquals(1, notifications.unreadCount(other.getUsername()), "someone else's stays unread");

        HttpResponse<String> opened = visitor.get("/notifications/open?id=" + own);
        assertEquals(302, opened.statusCode());
        assertTrue(opened.headers().firstValue("Location").orElseThrow().endsWith("/learner/plans"), opened.headers().toString());
        assertEquals(0, notifications.unreadCount(owner.getUsername()));
        assertEquals("", bell(visitor.get("/notifications/index").body()), "no count once read");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        HttpResponse<String> response = new Visitor(baseURL).get("/notifications/index");

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/login"));
    }

    /** The bell's unread count as the header shows it; empty when it shows none. */
    private static String bell(String html) {
        Matcher count = Pattern.compile("<span id=\"bell-count\"[^>]*>(\\d+)</span>").matcher(html);
        return count.find() ? count.group(1) : "";
    }
}
