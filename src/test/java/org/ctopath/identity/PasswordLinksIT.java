package org.ctopath.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.ctopath.notification.MailDelivery;
import org.ctopath.people.People;
import org.ctopath.people.PersonData;
import org.ctopath.platform.Database;
import org.ctopath.platform.InvalidInput;
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
 * Invitations and "forgot password" end to end: the link arrives by mail (the suite's GreenMail,
 * read over IMAP), opens the page, sets the password once; an expired or used link does nothing;
 * the database holds only the link's hash; "forgot" answers alike for known and unknown addresses
 * and mails a person at most three links an hour. Each test has people of its own.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class PasswordLinksIT {

    private static final Pattern LINK = Pattern.compile("https://ctopath\\.test\\.example/password/set\\?token=([A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "seven quiet harbour lights";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseURL;

    @Inject
    PasswordLinks links;

    @Inject
    People people;

    @Inject
    AccountService accounts;

    @Inject
    MailDelivery delivery;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource database;

    /** A learner imported without a password (as from an HR file), with an address of their own, or none. */
    private String passwordless(boolean withEmail) {
        String username = "invited-" + UUID.randomUUID().toString().substring(0, 8);
        PersonData data = new PersonData();
        data.setUsername(username);
        data.setDisplayName("Ines Invited");
        data.setEmail(withEmail ? username + "@test.ctopath.example" : null);
        data.setRoles(List.of(Role.LEARNER.name()));
        people.save(data, "admin");
        return username;
    }

    private static String address(String username) {
        return username + "@test.ctopath.example";
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> setThroughPage(Visitor visitor, String token, String password, String again) throws Exception {
        return visitor.submit("/password/set?token=" + token, "set=set&set%3Atoken=" + enc(token) + "&set%3AnewPassword=" + enc(password)
                + "&set%3Aconfirmation=" + enc(again) + "&set%3Asave=");
    }

    @Test
    void anInvitationArrivesByMailAndItsLinkSetsThePasswordOnce() throws Exception {
        String username = passwordless(true);
        assertEquals(200, new Visitor(baseURL).trySignIn(username, NEW_PASSWORD).statusCode(), "no password yet: nobody signs in");

        links.invite(username);
        delivery.deliverDue();

        List<Mail> inbox = inboxOf(address(username));
        assertEquals(1, inbox.size());
        assertEquals("You are invited to CTO Path: set your password", inbox.get(0).subject());
        assertTrue(inbox.get(0).body().contains("Your username is " + username), inbox.get(0).body());
        String token = token(inbox.get(0));
        assertFalse(storedAnywhere(token), "only the link's hash is kept");

        Visitor visitor = new Visitor(baseURL);
        HttpResponse<String> page = visitor.get("/password/set?token=" + token);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(username), page.body());

        HttpResponse<String> weak = setThroughPage(visitor, token, "1234567890qwerty", "1234567890qwerty");
        assertTrue(weak.body().contains("one of the most common leaked passwords"), weak.body());

        HttpResponse<String> set = setThroughPage(visitor, token, NEW_PASSWORD, NEW_PASSWORD);
        assertEquals(302, set.statusCode(), set.body());
        assertTrue(visitor.location(set).endsWith("/login"), visitor.location(set));
        assertTrue(visitor.get("/login").body().contains("Your password is set"));
        new Visitor(baseURL).signIn(username, NEW_PASSWORD);

        HttpResponse<String> again = new Visitor(baseURL).get("/password/set?token=" + token);
        assertTrue(again.body().contains("This link does not work any more"), again.body());
        InvalidInput used = assertThrows(InvalidInput.class, () -> links.use(token, "another long passphrase", "another long passphrase"));
        assertTrue(used.getProblems().get(0).message().startsWith("This link does not work any more"));
        new Visitor(baseURL).signIn(username, NEW_PASSWORD); // unchanged by the second try
    }

    @Test
    void anExpiredLinkSaysSoAndChangesNothing() throws Exception {
        String username = passwordless(true);
        links.invite(username);
        delivery.deliverDue();
        String token = token(inboxOf(address(username)).get(0));
        sql("UPDATE password_link SET expires_at = created_at WHERE account_id = (SELECT id FROM account WHERE username = ?)", username);

        HttpResponse<String> page = new Visitor(baseURL).get("/password/set?token=" + token);
        assertTrue(page.body().contains("This link does not work any more"), page.body());
        assertThrows(InvalidInput.class, () -> links.use(token, NEW_PASSWORD, NEW_PASSWORD));
        assertEquals(Passwords.NONE, accounts.findByUsername(username).orElseThrow().getPasswordHash());
        assertEquals(200, new Visitor(baseURL).trySignIn(username, NEW_PASSWORD).statusCode(), "still no password");
    }

    @Test
    void forgotPasswordAnswersAlikeForKnownAndUnknownAndMailsAPersonAtMostThreeLinksAnHour() throws Exception {
        String username = "forgetful-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Fritz Forgetful", "the old long password", Set.of(Role.LEARNER));
        accounts.describe(username, address(username), null);

        HttpResponse<String> known = new Visitor(baseURL).submit("/password/forgot", "forgot=forgot&forgot%3AnameOrEmail="
                + enc(address(username).toUpperCase()) + "&forgot%3Asend=");
        HttpResponse<String> unknown = new Visitor(baseURL).submit("/password/forgot", "forgot=forgot&forgot%3AnameOrEmail="
                + enc("nobody-" + username + "@test.ctopath.example") + "&forgot%3Asend=");
        assertEquals(200, known.statusCode());
        assertTrue(known.body().contains("a link to set a new password is on its way"), known.body());
        assertEquals(answer(known.body()), answer(unknown.body()), "the same answer, known or not");

        for (int i = 0; i < 4; i++) {
            links.forgot(username); // by username too; three an hour at most
        }
        delivery.deliverDue();
        List<Mail> inbox = inboxOf(address(username));
        assertEquals(3, inbox.size(), "at most three reset links an hour");
        assertTrue(inbox.stream().allMatch(m -> m.subject().equals("Set a new password for CTO Path")));
        assertTrue(inboxOf("nobody-" + username + "@test.ctopath.example").isEmpty());

        String token = token(inbox.get(inbox.size() - 1));
        links.use(token, NEW_PASSWORD, NEW_PASSWORD);
        assertEquals(200, new Visitor(baseURL).trySignIn(username, "the old long password").statusCode(), "the old password is gone");
        new Visitor(baseURL).signIn(username, NEW_PASSWORD);
        String earlier = token(inbox.get(0));
        assertTrue(links.check(earlier).isEmpty(), "a new password ends the account's other open links");
    }

    @Test
    void everyoneWithoutAPasswordIsInvitedOnceAndThoseWithoutAddressAreCounted() throws Exception {
        String withEmail = passwordless(true);
        String withoutEmail = passwordless(false);

        PasswordLinks.Invited first = links.inviteEveryoneWithoutPassword();
        PasswordLinks.Invited second = links.inviteEveryoneWithoutPassword();
        delivery.deliverDue();

        assertTrue(first.invited() >= 1 && first.withoutEmail() >= 1, first.toString());
        assertEquals(1, inboxOf(address(withEmail)).size(), "invited once: the second run skips open invitations");
        assertTrue(second.withoutEmail() >= 1, second.toString());
        assertEquals(Passwords.NONE, accounts.findByUsername(withoutEmail).orElseThrow().getPasswordHash());
        InvalidInput noAddress = assertThrows(InvalidInput.class, () -> links.invite(withoutEmail));
        assertEquals("Ines Invited has no email address to send the invitation to.", noAddress.getProblems().get(0).message());
    }

    // Helpers

    private static String token(Mail mail) {
        Matcher link = LINK.matcher(mail.body());
        assertTrue(link.find(), "a link in: " + mail.body());
        return link.group(1);
    }

    private static String answer(String page) {
        Matcher message = Pattern.compile("If an account with that username[^<]*").matcher(page);
        assertTrue(message.find(), page);
        return message.group();
    }

    /** Whether the link's secret itself is in the table; its hash must be, once. */
    private boolean storedAnywhere(String token) throws Exception {
        assertEquals(1, count("SELECT COUNT(*) FROM password_link WHERE token_hash = ?", AccessTokens.hash(token)), "the link's hash is kept");
        return count("SELECT COUNT(*) FROM password_link WHERE token_hash = ?", token) > 0;
    }

    private long count(String query, String parameter) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement q = c.prepareStatement(query)) {
            q.setString(1, parameter);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void sql(String statement, Object... parameters) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            assertNotEquals(0, s.executeUpdate(), statement);
        }
    }

    record Mail(String subject, String body) {
    }

    /** The mail that arrived for an address; GreenMail makes a mailbox per address, its password the address. */
    static List<Mail> inboxOf(String address) throws Exception {
        String port = System.getenv("TEST_MAIL_IMAP_PORT");
        assertNotNull(port, "TEST_MAIL_IMAP_PORT: run the integration tests through Maven");
        List<Mail> received = new ArrayList<>();
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            try {
                store.connect("127.0.0.1", Integer.parseInt(port), address, address);
            } catch (AuthenticationFailedException e) {
                return received; // no mailbox: nothing ever arrived for the address
            }
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                for (Message message : inbox.getMessages()) {
                    received.add(new Mail(message.getSubject(), ((String) message.getContent()).replace("\r\n", "\n")));
                }
            } finally {
                inbox.close(false);
            }
        }
        return received;
    }
}
