package org.citybridge.mail.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channel without an SMTP server (no {@code spring.mail.host}): one log line per message, never its body (it may
 * carry links or codes meant only for the recipient); the whole message stays readable on the outbox page.
 */
final class LogChannel implements MailChannel {

    private static final Logger log = LoggerFactory.getLogger(LogChannel.class);

    @Override
    public Connection open() {
        return new Connection() {
            @Override
            public MailStatus deliver(OutboxMessage message) {
                log.info("Mail #{} [{}] to {} logged, not sent: no SMTP server configured (spring.mail.host); "
                        + "read it at /admin/mail/{}", message.id(), message.topic(), message.recipient(), message.id());
                return MailStatus.LOGGED;
            }

            @Override
            public void close() {
            }
        };
    }
}
