package org.ctopath.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.event.container.AfterStop;
import org.jboss.arquillian.container.spi.event.container.BeforeStart;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * The suite's mail server: GreenMail, a real SMTP server (and IMAP, to read back what arrived), in
 * the test JVM from just before the suite's Payara Micro starts until it stops, so that every mail
 * the application sends during the suite lands somewhere real.
 *
 * <p>Why here and not inside the server: the application reads its SMTP settings from the
 * environment (MicroProfile Config, which Payara caches), and the server's environment is fixed
 * when it starts. So the ports are chosen before anything starts (build-helper's
 * reserve-network-port, in the POM), given to the server as {@code SMTP_HOST}/{@code SMTP_PORT}
 * (failsafe's environment, which Payara Micro inherits) and to this JVM as system properties;
 * GreenMail binds them here before the server starts. In-container tests read what arrived over
 * IMAP ({@code TEST_MAIL_IMAP_PORT}); client-side tests may ask {@link #greenMail()} directly.
 */
public class TestMailServer implements LoadableExtension {

    private static final Logger LOG = Logger.getLogger(TestMailServer.class.getName());

    /** The SMTP AUTH account the application uses (SMTP_USER / SMTP_PASSWORD in the POM). */
    public static final String MAILER_LOGIN = "ctopath-mailer";
    public static final String MAILER_PASSWORD = "mailer-secret";
    public static final String MAILER_ADDRESS = "ctopath@test.ctopath.example";

    private static GreenMail greenMail;

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Lifecycle.class);
    }

    /** The running server, or null when the suite was started without the POM's mail ports. */
    public static synchronized GreenMail greenMail() {
        return greenMail;
    }

    static synchronized void start() {
        String smtpPort = System.getProperty("ctopath.smtpPort");
        String imapPort = System.getProperty("ctopath.imapPort");
        if (greenMail != null || smtpPort == null || imapPort == null) {
            if (smtpPort == null) {
                LOG.warning("No ctopath.smtpPort: no mail server for this run (run the integration tests through Maven).");
            }
            return;
        }
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(Integer.parseInt(smtpPort), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(Integer.parseInt(imapPort), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        greenMail.setUser(MAILER_ADDRESS, MAILER_LOGIN, MAILER_PASSWORD);
        LOG.info(() -> "GreenMail: SMTP on 127.0.0.1:" + smtpPort + ", IMAP on 127.0.0.1:" + imapPort);
    }

    static synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public static class Lifecycle {

        public void startMailServer(@Observes BeforeStart event) {
            start();
        }

        public void stopMailServer(@Observes AfterStop event) {
            stop();
        }
    }
}
