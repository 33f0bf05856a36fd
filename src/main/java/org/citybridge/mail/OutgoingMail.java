package org.citybridge.mail;

import java.util.List;
import java.util.Objects;

/**
 * One plain-text message to one address, with files attached or none.
 *
 * @param topic       what the mail is about, for the outbox page, e.g. {@code circular-issued}
 * @param attachments sent in this order, together at most {@link #MAX_ATTACHMENT_BYTES} (mail servers refuse larger
 *                    messages; send a link instead)
 */
public record OutgoingMail(String to, String subject, String body, String topic, List<MailAttachment> attachments) {

    public static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(topic, "topic");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        long total = attachments.stream().mapToLong(MailAttachment::size).sum();
        if (total > MAX_ATTACHMENT_BYTES) {
            throw new IllegalArgumentException("attachments of " + total + " bytes, more than " + MAX_ATTACHMENT_BYTES);
        }
    }

    public OutgoingMail(String to, String subject, String body, String topic) {
        this(to, subject, body, topic, List.of());
    }
}
