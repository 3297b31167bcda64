package org.ctopath.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import javax.sql.DataSource;
import org.ctopath.identity.Account;
import org.ctopath.identity.AccountService;
import org.ctopath.identity.Role;
import org.ctopath.notification.OutgoingMail.State;
import org.ctopath.platform.Database;
import org.ctopath.platform.SmtpServer;
import org.ctopath.platform.UtcTime;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.As;
import org.ctopath.testing.callers.AsSystem;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications and their mail, in the server, against the suite's real SMTP server (GreenMail, see
 * testing.TestMailServer), whose IMAP side tells what arrived. Each test has people of its own.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class NotificationMailIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    Notifications notifications;

    @Inject
    MailDelivery delivery;

    @Inject
    MailOutbox outbox;

    @Inject
    AccountService accounts;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource database;

    @Resource
    ManagedThreadFactory threads;

    /** A learner with an address of their own, so that their mailbox holds only this test's mail. */
    private Account newPerson(boolean withAddress) {
        String username = "notified-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Nora Notified", "a long enough password", Set.of(Role.LEARNER));
        if (withAddress) {
            accounts.describe(username, username + "@test.ctopath.example", null);
        }
        return accounts.findByUsername(username).orElseThrow();
    }

    private Notification only(Account person) {
        List<Notification> all = notifications.page(person.getUsername(), 0, 10);
        assertEquals(1, all.size(), "notifications of " + person.getUsername());
        return all.get(0);
    }

    @Test
    void aNotificationsMailArrivesThroughSmtpWithItsTextAndLink() throws Exception {
        Account learner = newPerson(true);

        notifications.notify(learner, "Your plan was reviewed", "Marco Rossi approved \"Plan to CTO\".\nWell done.", "/learner/plan?id=42");
        delivery.deliverDue();

        List<Received> inbox = Received.inboxOf(learner.getEmail());
        assertEquals(1, inbox.size());
        Received mail = inbox.get(0);
        assertEquals(List.of(learner.getEmail()), mail.to());
        assertEquals("ctopath@test.ctopath.example", mail.from(), "SMTP_FROM");
        assertEquals("Your plan was reviewed", mail.subject());
        assertTrue(mail.body().startsWith("Marco Rossi approved \"Plan to CTO\".\nWell done.\n"), mail.body());
        assertTrue(mail.body().contains("Open it in CTO Path: https://ctopath.test.example/learner/plan?id=42"), "APP_URL + link: " + mail.body());
        assertEquals("auto-generated", mail.autoSubmitted());
        OutgoingMail sent = outbox.ofNotification(only(learner).getId()).orElseThrow();
        assertEquals(State.SENT, sent.getState());
        assertEquals(1, sent.getAttempts());
        assertNotNull(sent.getSentAt());
    }

    @Test
    void aSubjectIsOneLineAndNonAsciiTextArrivesIntact() throws Exception {
        Account learner = newPerson(true);

        notifications.notify(learner, "Tomás Silva\r\nBcc: someone@else.example completed an item", "Ünïcode bodies: “fine” → 100 %", null);
        delivery.deliverDue();

        Received mail = Received.inboxOf(learner.getEmail()).get(0);
        assertEquals("Tomás Silva Bcc: someone@else.example completed an item", mail.subject(), "no header can be smuggled in");
        assertEquals(List.of(learner.getEmail()), mail.to());
        assertTrue(mail.body().startsWith("Ünïcode bodies: “fine” → 100 %\n"), mail.body());
        assertTrue(Received.inboxOf("someone@else.example").isEmpty());
    }

    @Test
    void aPersonWithoutAnAddressIsToldInTheAppOnly() {
        Account learner = newPerson(false);

        notifications.notify(learner, "Item assigned", "Read Accelerate.", "/learner/plans");

        Notification told = only(learner);
        assertTrue(told.isUnread());
        assertEquals(Optional.empty(), outbox.ofNotification(told.getId()));
        assertEquals(1, notifications.unreadCount(learner.getUsername()));
    }

    @Test
    void nothingIsToldOrSentWhenTheCallerRollsBack() throws Exception {
        Account learner = newPerson(true);

        transaction.begin();
        notifications.notify(learner, "Never happened", "The caller changed its mind.", null);
        transaction.rollback();
        delivery.deliverDue();

        assertEquals(0, notifications.count(learner.getUsername()));
        assertEquals(0, countOutbox(learner.getEmail()));
        assertTrue(Received.inboxOf(learner.getEmail()).isEmpty());
    }

    @Test
    void linksMustStayInTheApplication() {
        Account learner = newPerson(true);

        for (String link : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)", "/a b")) {
            assertThrows(IllegalArgumentException.class, () -> notifications.notify(learner, "Bad link", "", link), link);
        }
        assertEquals(0, notifications.count(learner.getUsername()));
    }

    @Test
    void withoutAnSmtpServerTheMailIsLoggedWholeAndMarkedLogged() throws Exception {
        // A mail due an hour from now, delivered "two hours from now": the suite's background delivery,
        // which works on the present, leaves it alone, so this test alone handles it.
        Instant later = soon().plus(Duration.ofHours(2));
        long id = insertMail("demo-" + UUID.randomUUID().toString().substring(0, 8) + "@test.ctopath.example",
                "Logged, not lost", "Every word of this body is in the log.", later.minus(Duration.ofHours(1)));
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Mailer.LOG.addHandler(capture);
        try {
            delivery.deliverDue(Optional.empty(), later);
        } finally {
            Mailer.LOG.removeHandler(capture);
        }

        OutgoingMail mail = outbox.find(id).orElseThrow();
        assertEquals(State.LOGGED, mail.getState());
        assertNotNull(mail.getSentAt());
        String text = logged.stream().map(r -> r.getMessage()).filter(m -> m.contains(mail.getRecipient())).findFirst().orElseThrow();
        assertTrue(text.contains("Subject: Logged, not lost"), text);
        assertTrue(text.contains("Every word of this body is in the log."), text);
        assertTrue(Received.inboxOf(mail.getRecipient()).isEmpty(), "logged, not sent");
    }

    @Test
    void ofManyInstancesClaimingOneMailAtOnceExactlyOneGetsIt() throws Exception {
        Instant later = soon().plus(Duration.ofHours(2));
        long id = insertMail("claimed@test.ctopath.example", "Claimed once", "body", later.minus(Duration.ofHours(1)));
        int instances = 8;
        CountDownLatch go = new CountDownLatch(1);
        List<FutureTask<Optional<OutgoingMail>>> claims = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            String instance = "instance-" + i;
            FutureTask<Optional<OutgoingMail>> claim = new FutureTask<>(() -> {
                go.await();
                return As.system(() -> outbox.claim(id, instance, later)); // as another instance's job runs
            });
            claims.add(claim);
            threads.newThread(claim).start();
        }
        go.countDown(); // all at once, as far as threads ever start at once
        List<String> winners = new ArrayList<>();
        for (FutureTask<Optional<OutgoingMail>> claim : claims) {
            claim.get().ifPresent(m -> winners.add(m.getClaimedBy()));
        }

        assertEquals(1, winners.size(), "claims won: " + winners);
        OutgoingMail mail = outbox.find(id).orElseThrow();
        assertEquals(State.SENDING, mail.getState());
        assertEquals(winners.get(0), mail.getClaimedBy());
        assertEquals(1, mail.getAttempts());
        assertEquals(Optional.empty(), outbox.claim(id, "latecomer", later), "a held claim is not taken over");
    }

    @Test
    void aFailedAttemptIsRetriedLaterWithItsErrorKeptAndGivenUpAfterTheLast() throws Exception {
        Instant at = soon().plus(Duration.ofHours(2));
        long id = insertMail("retried@test.ctopath.example", "Retried", "body", at.minus(Duration.ofHours(1)));
        SmtpServer nobodyListening = new SmtpServer("127.0.0.1", freePort(), null, "", "CTO Path <ctopath@test.ctopath.example>", false);

        delivery.deliverDue(Optional.of(nobodyListening), at);

        OutgoingMail once = outbox.find(id).orElseThrow();
        assertEquals(State.PENDING, once.getState());
        assertEquals(1, once.getAttempts());
        assertTrue(once.getLastError().contains("Connect"), once.getLastError());
        assertEquals(at.plus(Duration.ofMinutes(1)), once.getNextAttemptAt(), "the first pause is a minute");
        assertEquals(Optional.empty(), outbox.claim(id, "eager", at.plusSeconds(30)), "not due again before its pause is over");

        for (int attempt = 2; attempt <= MailOutbox.MAX_ATTEMPTS; attempt++) {
            at = outbox.find(id).orElseThrow().getNextAttemptAt();
            assertTrue(outbox.claim(id, "retrier", at).isPresent(), "attempt " + attempt);
            outbox.failed(id, "retrier", "421 try again later", at);
        }

        OutgoingMail last = outbox.find(id).orElseThrow();
        assertEquals(State.FAILED, last.getState());
        assertEquals(MailOutbox.MAX_ATTEMPTS, last.getAttempts());
        assertEquals("421 try again later", last.getLastError());
        assertEquals(Optional.empty(), outbox.claim(id, "retrier", at.plus(Duration.ofDays(1))), "given up on for good");
    }

    @Test
    void aPersonOpensAndMarksReadOnlyTheirOwnNotifications() {
        Account owner = newPerson(false);
        Account other = newPerson(false);
        notifications.notify(owner, "First", "", "/learner/plans");
        notifications.notify(owner, "Second", "", null);
        List<Notification> newestFirst = notifications.page(owner.getUsername(), 0, 10);
        assertEquals(List.of("Second", "First"), newestFirst.stream().map(Notification::getSubject).toList());
        long first = newestFirst.get(1).getId();

        assertEquals(Optional.empty(), notifications.open(other.getUsername(), first), "someone else's id is not there");
        assertEquals(2, notifications.unreadCount(owner.getUsername()), "and nothing of it changed");
        assertEquals(Optional.of("/learner/plans"), notifications.open(owner.getUsername(), first));
        assertEquals(Optional.of(Notifications.LIST), notifications.open(owner.getUsername(), newestFirst.get(0).getId()), "no link: the list");
        assertEquals(0, notifications.unreadCount(owner.getUsername()));

        notifications.notify(owner, "Third", "", null);
        notifications.notify(other, "Other's", "", null);
        assertEquals(1, notifications.markAllRead(owner.getUsername()));
        assertEquals(0, notifications.unreadCount(owner.getUsername()));
        assertEquals(1, notifications.unreadCount(other.getUsername()), "another person's stay unread");
    }

    // --- helpers ---

    /** Now, in whole seconds, as the database keeps moments exactly. */
    private static Instant soon() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** A pending mail due at {@code due}, written as the outbox would write it. */
    private long insertMail(String recipient, String subject, String body, Instant due) throws SQLException {
        try (Connection c = database.getConnection()) {
            long id;
            try (ResultSet next = c.createStatement().executeQuery(nextIdQuery(c))) {
                next.next();
                id = next.getLong(1);
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO mail_outbox (id, recipient, subject, body, state, attempts,"
                    + " next_attempt_at, created_at) VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, recipient);
                insert.setString(3, subject);
                insert.setString(4, body);
                insert.setTimestamp(5, Timestamp.valueOf(UtcTime.toColumn(due)));
                insert.setTimestamp(6, Timestamp.valueOf(UtcTime.toColumn(Instant.now())));
                insert.executeUpdate();
            }
            return id;
        }
    }

    /**
     * An id from the outbox's sequence, times 1000: the entities take blocks of 50 numbers around
     * what the sequence gives them, so these lie far beyond any of theirs.
     */
    private static String nextIdQuery(Connection c) throws SQLException {
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        return postgres ? "SELECT nextval('notification_seq') * 1000 + 7" : "SELECT NEXT VALUE FOR notification_seq * 1000 + 7";
    }

    private long countOutbox(String recipient) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?")) {
            count.setString(1, recipient);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A mail as it arrived in a mailbox of the suite's mail server, read over IMAP. */
    record Received(String from, List<String> to, String subject, String body, String autoSubmitted) {

        /** The mail that arrived for an address; GreenMail makes a mailbox per address, its password the address. */
        static List<Received> inboxOf(String address) throws MessagingException, IOException {
            String port = System.getenv("TEST_MAIL_IMAP_PORT");
            assertNotNull(port, "TEST_MAIL_IMAP_PORT: run the integration tests through Maven");
            Session session = Session.getInstance(new Properties());
            List<Received> received = new ArrayList<>();
            try (Store store = session.getStore("imap")) {
                try {
                    store.connect("127.0.0.1", Integer.parseInt(port), address, address);
                } catch (AuthenticationFailedException e) {
                    return received; // no mailbox: nothing ever arrived for the address
                }
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    for (Message message : inbox.getMessages()) {
                        String[] auto = message.getHeader("Auto-Submitted");
                        received.add(new Received(((InternetAddress) message.getFrom()[0]).getAddress(),
                                Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(a -> ((InternetAddress) a).getAddress()).toList(),
                                message.getSubject(), ((String) message.getContent()).replace("\r\n", "\n"), auto == null ? null : auto[0]));
                    }
                } finally {
                    inbox.close(false);
                }
            }
            assertFalse(received.stream().anyMatch(r -> r.subject() == null));
            return received;
        }
    }
}
