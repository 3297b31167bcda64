package org.ctopath.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.ctopath.notification.OutgoingMail.State;
import org.ctopath.platform.SmtpServer;

/**
 * Sends one plain-text mail through Jakarta Mail to the SMTP server of the settings, or, when there
 * is none (demo mode), writes it whole to the log, so that nothing is lost either way.
 */
@ApplicationScoped
public class Mailer {

    static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    static final int IO_TIMEOUT_MILLIS = 30_000;

    /**
     * @return {@link State#SENT} once the server accepted the mail, {@link State#LOGGED} without a server
     * @throws MessagingException when the server cannot be reached or refuses the mail
     */
    public State send(String to, String subject, String body, Optional<SmtpServer> server) throws MessagingException {
        if (server.isEmpty()) {
            LOG.info(() -> "Mail not sent, as no SMTP_HOST is set (demo mode); it would have said:\n"
                    + "To: " + to + "\nSubject: " + subject + "\n\n" + body);
            return State.LOGGED;
        }
        SmtpServer smtp = server.get();
        Session session = Session.getInstance(properties(smtp));
        MimeMessage message = message(session, smtp.from(), to, subject, body);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(smtp.host(), smtp.port(), smtp.user(), smtp.user() == null ? null : smtp.password());
            transport.sendMessage(message, message.getAllRecipients());
        }
        return State.SENT;
    }

    static Properties properties(SmtpServer smtp) {
        Properties props = new Properties();
        props.put("mail.smtp.host", smtp.host());
        props.put("mail.smtp.port", String.valueOf(smtp.port()));
        props.put("mail.smtp.auth", String.valueOf(smtp.user() != null));
        props.put("mail.smtp.starttls.enable", String.valueOf(smtp.startTls()));
        props.put("mail.smtp.starttls.required", String.valueOf(smtp.startTls()));
        props.put("mail.smtp.connectiontimeout", String.valueOf(CONNECT_TIMEOUT_MILLIS));
        props.put("mail.smtp.timeout", String.valueOf(IO_TIMEOUT_MILLIS));
        props.put("mail.smtp.writetimeout", String.valueOf(IO_TIMEOUT_MILLIS));
        return props;
    }

    static MimeMessage message(Session session, String from, String to, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from, true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        message.setSentDate(new Date());
        // RFC 3834: sent by a program, so that mail servers and clients send no automatic replies.
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }
}
