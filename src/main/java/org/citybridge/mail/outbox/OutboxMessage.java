package org.citybridge.mail.outbox;

/** A message claimed by the dispatcher, with the attempts made so far. */
record OutboxMessage(long id, String recipient, String subject, String body, String topic, int attempts) {
}
