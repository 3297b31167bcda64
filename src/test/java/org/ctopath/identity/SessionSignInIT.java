package org.ctopath.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctopath.audit.AuditEntry;
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
 * A signed-in session over plain HTTP: the roles come from the account on every request, so they
 * never go missing, and a change to the account counts at once. Sign-in sends nobody to another
 * site, and its throttle holds back guessing without letting strangers lock a person out.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class SessionSignInIT {

    private static final String PASSWORD = "a long enough password";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseURL;

    @Inject
    AccountService accounts;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    private Account newLearner() {
        return accounts.create("session-" + UUID.randomUUID().toString().substring(0, 8), "Sam Session", PASSWORD,
                Set.of(Role.LEARNER));
    }

    private void sql(String statement, Object... parameters) throws Exception {
        transaction.begin();
        var query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
        transaction.commit();
    }

    @Test
    void everyRequestOfTheSessionHasTheLearnersRole() throws Exception {
        Account learner = newLearner();
        Visitor visitor = new Visitor(baseURL);
        visitor.signIn(learner.getUsername(), PASSWORD);

        for (int i = 0; i < 25; i++) {
            for (String page : new String[] {"/learner/home", "/notifications/index", "/learner/assessment"}) {
                assertEquals(200, visitor.get(page).statusCode(), page + ", request " + i);
            }
        }
        assertEquals(403, visitor.get("/admin/home").statusCode(), "and no other role");
    }

    @Test
    void aRoleGrantedAfterSignInCountsOnTheNextRequest() throws Exception {
        Account learner = newLearner();
        Visitor visitor = new Visitor(baseURL);
        visitor.signIn(learner.getUsername(), PASSWORD);
        assertEquals(403, visitor.get("/mentor/home").statusCode());

        sql("INSERT INTO account_role (account_id, role) VALUES (?, 'MENTOR')", learner.getId());

        assertEquals(200, visitor.get("/mentor/home").statusCode());
    }

    @Test
    void anAccountDeactivatedAfterSignInIsSentToSignIn() throws Exception {
        Account learner = newLearner();
        Visitor visitor = new Visitor(baseURL);
        visitor.signIn(learner.getUsername(), PASSWORD);
        assertEquals(200, visitor.get("/learner/home").statusCode());

        sql("UPDATE account SET active = FALSE WHERE id = ?", learner.getId());

        HttpResponse<String> next = visitor.get("/learner/home");
        assertEquals(302, next.statusCode());
        assertEquals("/login", visitor.location(next));
    }

    @Test
    void thePageAskedForBeforeSignInOpensAfterIt() throws Exception {
        Account learner = newLearner();
        Visitor visitor = new Visitor(baseURL);
        HttpResponse<String> asked = visitor.get("/learner/skill?code=e-CF-E.9&from=x");
        assertEquals("/login", visitor.location(asked));

        HttpResponse<String> signedIn = visitor.signIn(learner.getUsername(), PASSWORD);

        assertEquals("/learner/skill?code=e-CF-E.9&from=x", visitor.location(signedIn));
        HttpResponse<String> again = visitor.signIn(learner.getUsername(), PASSWORD);
        assertEquals("/learner/home", visitor.location(again), "remembered once only; then the role's home");
    }

    @Test
    void anAddressOfAnotherSiteAskedForBeforeSignInIsNotFollowedAfterIt() throws Exception {
        Account learner = newLearner();
        Visitor visitor = new Visitor(baseURL);
        HttpResponse<String> asked = visitor.get("//evil.example/%2e%2e%2flearner/home");
        assertEquals(302, asked.statusCode(), "the server reads it as the learner's home, which asks for sign-in");
        assertEquals("/login", visitor.location(asked));

        HttpResponse<String> signedIn = visitor.signIn(learner.getUsername(), PASSWORD);

        String location = signedIn.headers().firstValue("Location").orElseThrow();
        assertFalse(location.contains("evil.example"), location);
        assertEquals("/learner/home", visitor.location(signedIn));
    }

    // --- the sign-in throttle; every client here shares 127.0.0.1: the device cookie tells them apart

    private static final String HELD_BACK = "Too many failed sign-ins for this account from unrecognised browsers; try again in 15 minutes,"
            + " or sign in from a browser you have used before.";

    private static final Pattern ERROR = Pattern.compile("class=\"ui-messages-error-summary\">([^<]*)<");

    /** Tries to sign in; the page's message, asserting that the try was refused. */
    private static String refused(Visitor visitor, String username, String password) throws Exception {
        HttpResponse<String> response = visitor.trySignIn(username, password);
        assertNotEquals(302, response.statusCode(), "refused: " + response.headers().firstValue("Location").orElse(""));
        Matcher message = ERROR.matcher(response.body());
        assertTrue(message.find(), "a message on the page");
        return message.group(1);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void strangersCannotLockOutAnAdministratorAndAnAdministratorClearsTheThrottle() throws Exception {
        Account admin = accounts.create(unique("lockout"), "Ada Lockout", PASSWORD, Set.of(Role.ADMIN));
        String username = admin.getUsername();
        Visitor own = new Visitor(baseURL);
        HttpResponse<String> first = own.signIn(username, PASSWORD);
        String setCookie = first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("ctopath_device="))
                .findFirst().orElseThrow(() -> new AssertionError("a device cookie: " + first.headers().map()));
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertTrue(setCookie.contains("Secure"), "the suite's APP_URL is https: " + setCookie);
        assertTrue(setCookie.contains("Max-Age=31536000"), "a year: " + setCookie);
        String genuine = own.cookie("ctopath_device").orElseThrow().getValue();

        // strangers guess, with the name written in several ways
        String[] spellings = {username.toUpperCase(), " " + username + " ", username, "\t" + username + " ", username.toUpperCase() + " "};
        for (int i = 0; i < spellings.length - 1; i++) {
            assertEquals(Login.WRONG_CREDENTIALS, refused(new Visitor(baseURL), spellings[i], "guess " + i), "try " + i);
        }
        assertEquals(HELD_BACK, refused(new Visitor(baseURL), spellings[spellings.length - 1], "guess 5"),
                "ADMIN, ' admin ' and admin are one name to the throttle");
        for (int i = 0; i < 3; i++) {
            assertEquals(HELD_BACK, refused(new Visitor(baseURL), username, "guess while held " + i));
        }
        assertEquals(HELD_BACK, refused(new Visitor(baseURL), username, PASSWORD), "an unrecognised browser with the right password waits too");

        // the administrator's own browser is not held back
        HttpResponse<String> again = own.signIn(username, PASSWORD);
        assertEquals("/admin/home", own.location(again));

        // a forged or tampered device cookie, or another person's, is no device cookie
        Visitor forger = new Visitor(baseURL);
        forger.setCookie("ctopath_device", genuine.substring(0, genuine.length() - 2) + (genuine.endsWith("AA") ? "BB" : "AA"));
        assertEquals(HELD_BACK, refused(forger, username, PASSWORD), "tampered signature");
        String[] parts = genuine.split("\\.");
        forger.setCookie("ctopath_device", parts[0] + "." + "bm9uY2U" + "." + parts[2]);
        assertEquals(HELD_BACK, refused(forger, username, PASSWORD), "another nonce");
        Visitor someoneElse = new Visitor(baseURL);
        someoneElse.signIn(newLearner().getUsername(), PASSWORD);
        assertEquals(HELD_BACK, refused(someoneElse, username, PASSWORD), "a device cookie of another person");

        // a username that does not exist is held back alike, with the very same message
        String ghost = unique("ghost");
        for (int i = 0; i < 4; i++) {
            assertEquals(Login.WRONG_CREDENTIALS, refused(new Visitor(baseURL), ghost, "guess " + i));
        }
        assertEquals(HELD_BACK, refused(new Visitor(baseURL), ghost, "guess 5"));

        // the administrator sees the throttle on the person's page and clears it
        String page = "/admin/people/person?id=" + admin.getId();
        String before = own.get(page).body();
        assertTrue(before.contains("Sign-in from unrecognised browsers held back until "), before);
        assertTrue(before.contains("(12 failed tries)."),
                "five guesses, three more while held back, the right password and three false device cookies: " + before);
        HttpResponse<String> cleared = own.submit(page, "sign-in-throttle=sign-in-throttle&sign-in-throttle%3Aclear=");
        assertTrue(cleared.body().contains("Cleared the sign-in throttle (12 failed tries forgotten): " + username), cleared.body());
        assertFalse(own.get(page).body().contains("held back until"), "nothing left to show");
        List<AuditEntry> audit = em.createQuery("select e from AuditEntry e where e.entityType = 'Person' and e.entityCode = :username"
                + " and e.details like 'Cleared the sign-in throttle%'", AuditEntry.class).setParameter("username", username).getResultList();
        assertEquals(1, audit.size(), "recorded in the audit log");
        assertEquals(username, audit.get(0).getActor());

        HttpResponse<String> fromAnywhere = new Visitor(baseURL).signIn(username, PASSWORD);
        assertEquals("/admin/home", new Visitor(baseURL).location(fromAnywhere), "any browser may sign in again");
    }

    @Test
    void aRecognisedBrowserThatKeepsFailingIsNoLongerRecognised() throws Exception {
        Account learner = newLearner();
        String username = learner.getUsername();
        Visitor browser = new Visitor(baseURL);
        browser.signIn(username, PASSWORD);

        for (int i = 0; i < ThrottlePolicy.DEVICE.maxFailures() + ThrottlePolicy.USERNAME.maxFailures() - 1; i++) {
            assertEquals(Login.WRONG_CREDENTIALS, refused(browser, username, "slip " + i), "try " + i);
        }
        assertEquals(HELD_BACK, refused(browser, username, "one more slip"),
                "after ten failures of its own it is an unrecognised browser, whose failures count for the username");
        assertEquals(HELD_BACK, refused(browser, username, PASSWORD));
    }

    @Test
    void aHeldBackTryIsAnsweredNoFasterThanAWrongPassword() throws Exception {
        String held = unique("slow");
        for (int i = 0; i < ThrottlePolicy.USERNAME.maxFailures(); i++) {
            refused(new Visitor(baseURL), held, "guess " + i);
        }
        long fastestWrong = Long.MAX_VALUE;
        long fastestHeld = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) { // interleaved, so that the machine's load falls on both alike
            long start = System.nanoTime();
            assertEquals(Login.WRONG_CREDENTIALS, refused(new Visitor(baseURL), unique("ghost"), "a wrong password"));
            fastestWrong = Math.min(fastestWrong, System.nanoTime() - start);
            start = System.nanoTime();
            assertEquals(HELD_BACK, refused(new Visitor(baseURL), held, "a wrong password"));
            fastestHeld = Math.min(fastestHeld, System.nanoTime() - start);
        }
        assertTrue(fastestHeld * 2 > fastestWrong, "the password hash is checked while held back too, so the answer does not tell: "
                + fastestHeld / 1_000_000 + " ms held back, " + fastestWrong / 1_000_000 + " ms wrong password");
    }
}
