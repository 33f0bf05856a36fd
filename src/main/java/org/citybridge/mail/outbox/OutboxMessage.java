package org.citybridge.mail.outbox;

import java.util.List;

import org.citybridge.mail.MailAttachment;

/** A message claimed by the dispatcher, with the attempts made so far and its attachments in their order. */
record OutboxMessage(long id, String recipient, String subject, String body, String topic, int attempts,
                     List<MailAttachment> attachments) {
}
