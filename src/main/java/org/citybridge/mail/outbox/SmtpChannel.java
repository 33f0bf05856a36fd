package org.citybridge.mail.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.citybridge.mail.MailAttachment;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends by SMTP with the {@link JavaMailSender} Spring Boot configures from {@code spring.mail.*}. One connection
 * serves all messages of a dispatch run (far faster than a connection per message); it is dropped after any failure
 * and opened again for the next message.
 */
final class SmtpChannel implements MailChannel {

    private final JavaMailSender sender;
    private final String from;
    private final Clock clock;

    SmtpChannel(JavaMailSender sender, String from, Clock clock) {
        this.sender = sender;
        this.from = from;
        this.clock = clock;
    }

    @Override
    public Connection open() {
        return sender instanceof JavaMailSenderImpl impl ? new PersistentConnection(impl) : new ConnectionPerMessage();
    }

    private MimeMessage build(Session session, OutboxMessage message) throws DeliveryFailure {
        try {
            String messageId = "<citybridge.outbox." + message.id() + "@" + domainOf(from) + ">";
            MimeMessage mime = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            mime.setFrom(new InternetAddress(from, true));
            mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.recipient(), true));
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            if (message.attachments().isEmpty()) {
                mime.setText(message.body(), StandardCharsets.UTF_8.name());
            } else {
                mime.setContent(withAttachments(message));
            }
            mime.setSentDate(Date.from(clock.instant()));
            mime.saveChanges();
            return mime;
        } catch (AddressException e) {
            throw new DeliveryFailure("invalid address: " + e.getMessage(), e, true, false);
        } catch (MessagingException | RuntimeException e) {
            throw new DeliveryFailure("message not built: " + e, e, true, false);
        }
    }

    /** multipart/mixed: the text, then each file (its name encoded for any language, RFC 2231). */
    private static MimeMultipart withAttachments(OutboxMessage message) throws MessagingException {
        MimeMultipart parts = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.body(), StandardCharsets.UTF_8.name());
        parts.addBodyPart(text);
        for (MailAttachment attachment : message.attachments()) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
            file.setFileName(attachment.name());
            file.setDisposition(Part.ATTACHMENT);
            parts.addBodyPart(file);
        }
        return parts;
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "citybridge" : address.substring(at + 1).replace(">", "").strip();
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()).strip());
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < 3; depth++, cause = cause.getCause()) {
            text.append(" <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }

    /** Refused for good: every recipient is invalid and the server answered with a 5xx code. */
    private static boolean permanent(MessagingException e) {
        return e instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                && failed.getInvalidAddresses().length > 0
                && (failed.getValidSentAddresses() == null || failed.getValidSentAddresses().length == 0)
                && String.valueOf(failed.getNextException() == null ? failed.getMessage() : failed.getNextException().getMessage())
                .strip().startsWith("5");
    }

    private final class PersistentConnection implements Connection {

        private final JavaMailSenderImpl sender;
        private Transport transport;

        PersistentConnection(JavaMailSenderImpl sender) {
            this.sender = sender;
        }

        @Override
        public MailStatus deliver(OutboxMessage message) throws DeliveryFailure {
            MimeMessage mime = build(sender.getSession(), message);
            if (transport == null) {
                connect();
            }
            try {
                transport.sendMessage(mime, mime.getAllRecipients());
                return MailStatus.SENT;
            } catch (MessagingException | RuntimeException e) {
                close();
                // a refusal of this message (SendFailedException) leaves the others sendable; a broken or timed-out
                // connection most likely fails them too, so the run ends and the next one starts afresh
                throw new DeliveryFailure(describe(e), e, e instanceof MessagingException m && permanent(m),
                        !(e instanceof SendFailedException));
            }
        }

        private void connect() throws DeliveryFailure {
            try {
                Transport fresh = sender.getSession().getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
                fresh.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
                transport = fresh;
            } catch (MessagingException | RuntimeException e) {
                throw new DeliveryFailure("SMTP server " + sender.getHost() + ":" + sender.getPort() + " not reachable: "
                        + describe(e), e, false, true);
            }
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException ignored) {
                    // the connection is gone either way
                }
                transport = null;
            }
        }
    }

    /** For a {@link JavaMailSender} that is not Spring's own implementation: one connection per message. */
    private final class ConnectionPerMessage implements Connection {

        @Override
        public MailStatus deliver(OutboxMessage message) throws DeliveryFailure {
            MimeMessage mime = build(sender.createMimeMessage().getSession(), message);
            try {
                sender.send(mime);
                return MailStatus.SENT;
            } catch (MailException e) {
                throw new DeliveryFailure(describe(e), e, false, false);
            }
        }

        @Override
        public void close() {
        }
    }
}
