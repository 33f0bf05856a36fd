package org.citybridge.mail;

import java.util.Objects;

/**
 * One plain-text message to one address.
 *
 * @param topic what the mail is about, for the outbox page, e.g. {@code circular-issued}
 */
public record OutgoingMail(String to, String subject, String body, String topic) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(topic, "topic");
    }
}
