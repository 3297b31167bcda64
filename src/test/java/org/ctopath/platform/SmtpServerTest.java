package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SMTP settings as the environment gives them. */
class SmtpServerTest {

    private static Optional<SmtpServer> read(Map<String, String> environment) {
        return SmtpServer.from(name -> Optional.ofNullable(environment.get(name)));
    }

    @Test
    void withoutAHostThereIsNoServerAndMailIsLogged() {
        assertEquals(Optional.empty(), read(Map.of("SMTP_PORT", "25", "SMTP_USER", "someone")));
    }

    @Test
    void aHostAloneMeansTheSubmissionPortWithStartTlsAndNoLogin() {
        SmtpServer smtp = read(Map.of("SMTP_HOST", "smtp.example.org")).orElseThrow();

        assertEquals(new SmtpServer("smtp.example.org", 587, null, "", SmtpServer.DEFAULT_FROM, true), smtp);
    }

    @Test
    void everySettingIsRead() {
        SmtpServer smtp = read(Map.of("SMTP_HOST", "mail.internal", "SMTP_PORT", "2525", "SMTP_USER", "ctopath",
                "SMTP_PASSWORD", "s3cret", "SMTP_FROM", "CTO Path <path@example.org>", "SMTP_STARTTLS", "false")).orElseThrow();

        assertEquals(new SmtpServer("mail.internal", 2525, "ctopath", "s3cret", "CTO Path <path@example.org>", false), smtp);
    }

    @Test
    void theDescriptionNeverShowsThePassword() {
        SmtpServer smtp = new SmtpServer("mail.internal", 2525, "ctopath", "s3cret", "a@b.example", true);

        assertEquals("mail.internal:2525 as ctopath with STARTTLS", smtp.toString());
        assertFalse(smtp.toString().contains("s3cret"));
    }

    @Test
    void aPortThatIsNotOneIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(Map.of("SMTP_HOST", "h", "SMTP_PORT", "smtp")));
        assertTrue(e.getMessage().startsWith("SMTP_PORT"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> read(Map.of("SMTP_HOST", "h", "SMTP_PORT", "70000")));
    }
}
