package org.ctopath.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.ctopath.platform.SmtpServer;
import org.junit.jupiter.api.Test;

/** What notifications and their mail say, and when the jobs run: the plain logic, without a server. */
class NotificationTextTest {

    @Test
    void aLinkIsAnApplicationPathOrNothing() {
        assertEquals("/learner/plan?id=5", Notifications.checkedLink("/learner/plan?id=5"));
        assertNull(Notifications.checkedLink(null));
        assertNull(Notifications.checkedLink(" "));
        for (String elsewhere : List.of("//evil.example", "/\\evil.example", "https://evil.example", "learner/plan", "/a b", "/x\r\nLocation: y")) {
            assertThrows(IllegalArgumentException.class, () -> Notifications.checkedLink(elsewhere), elsewhere);
        }
    }

    @Test
    void aSubjectIsOneLineAndAtMost200Characters() {
        assertEquals("Plan reviewed Bcc: x@y.example", Notifications.oneLine(" Plan reviewed\r\nBcc: x@y.example "));
        String cut = Notifications.oneLine("x".repeat(300));
        assertEquals(200, cut.length());
        assertTrue(cut.endsWith("…"));
    }

    @Test
    void theMailSaysWhatHappenedAndWhereToOpenIt() {
        String body = MailText.body("Marco approved your plan.", "https://path.example.org", "/learner/plan?id=5");

        assertEquals("Marco approved your plan.\n\nOpen it in CTO Path: https://path.example.org/learner/plan?id=5\n\n-- \n"
                + "CTO Path sends you this because it concerns your development path or your mentees.\n"
                + "Your notifications: https://path.example.org/notifications/index\n", body);
        assertTrue(MailText.body("", "http://localhost:8080", null).startsWith("-- \n"));
    }

    @Test
    void aPlainTextMailInUtf8MarkedAsSentByAProgram() throws Exception {
        MimeMessage message = Mailer.message(Session.getInstance(new Properties()), "CTO Path <path@example.org>",
                "lena@example.org", "Fällig morgen: Accelerate", "Tomás → 100 %");
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        String text = raw.toString(StandardCharsets.US_ASCII);

        assertEquals("Fällig morgen: Accelerate", message.getSubject());
        assertTrue(text.contains("Content-Type: text/plain; charset=UTF-8"), text);
        assertTrue(text.contains("Auto-Submitted: auto-generated"), text);
        assertTrue(text.contains("To: lena@example.org"), text);
        assertEquals("Tomás → 100 %", message.getContent());
    }

    @Test
    void startTlsIsRequiredUnlessSwitchedOffAndLoginOnlyWithAUser() {
        Properties secure = Mailer.properties(new SmtpServer("smtp.example.org", 587, "u", "p", "a@b.example", true));
        assertEquals("true", secure.get("mail.smtp.starttls.required"));
        assertEquals("true", secure.get("mail.smtp.auth"));
        Properties plain = Mailer.properties(new SmtpServer("relay.internal", 25, null, "", "a@b.example", false));
        assertEquals("false", plain.get("mail.smtp.starttls.enable"));
        assertEquals("false", plain.get("mail.smtp.auth"));
        assertEquals("10000", plain.get("mail.smtp.connectiontimeout"));
    }

    @Test
    void retriesPauseLongerEachTime() {
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8)),
                List.of(MailOutbox.retryPause(1), MailOutbox.retryPause(2), MailOutbox.retryPause(3), MailOutbox.retryPause(4)));
    }

    @Test
    void aFailureIsKeptAsOneLineWithItsCauses() {
        Exception e = new RuntimeException("Couldn't connect\nto host", new ConnectException("Connection refused"));

        assertEquals("RuntimeException: Couldn't connect to host <- ConnectException: Connection refused", MailDelivery.describe(e));
    }

    @Test
    void theDigestListsEachMenteesOverdueItemsAndCountsTheRest() {
        LocalDate today = LocalDate.of(2030, 5, 10);
        List<Object[]> overdue = new ArrayList<>();
        overdue.add(new Object[] {1L, "Lena Fischer", "ITIL 4 Foundation", LocalDate.of(2030, 5, 9)});
        overdue.add(new Object[] {1L, "Lena Fischer", "Accelerate", LocalDate.of(2030, 5, 1)});
        overdue.add(new Object[] {1L, "Tomás Silva", "The Manager's Path", LocalDate.of(2030, 4, 30)});

        assertEquals("These items of your mentees are past their due date (2030-05-10):\n"
                + "\nLena Fischer\n- ITIL 4 Foundation, due 2030-05-09 (1 day overdue)\n- Accelerate, due 2030-05-01 (9 days overdue)\n"
                + "\nTomás Silva\n- The Manager's Path, due 2030-04-30 (10 days overdue)\n", Reminders.digestBody(today, overdue));

        List<Object[]> many = new ArrayList<>();
        for (int i = 0; i < Reminders.DIGEST_MAX_ITEMS + 3; i++) {
            many.add(new Object[] {1L, "Lena Fischer", "Item " + i, today.minusDays(1)});
        }
        assertTrue(Reminders.digestBody(today, many).endsWith("\n... and 3 more.\n"));
    }

    @Test
    void theDailyJobRunsNextAtSixUtc() {
        NotificationJobs.DailyAt at6 = new NotificationJobs.DailyAt(LocalTime.of(6, 0));

        assertEquals(Instant.parse("2030-05-10T06:00:00Z"), at6.next(Instant.parse("2030-05-10T05:59:59.500Z")));
        assertEquals(Instant.parse("2030-05-11T06:00:00Z"), at6.next(Instant.parse("2030-05-10T06:00:00Z")));
        assertEquals(Instant.parse("2030-05-11T06:00:00Z"), at6.next(Instant.parse("2030-05-10T18:30:00Z")));
    }
}
