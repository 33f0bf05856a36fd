package org.citybridge.mail;

/**
 * One plain-text message to one address.
 *
 * @param topic what the mail is about, for the outbox page, e.g. {@code circular-issued}
 */
public record OutgoingMail(String to, String subject, String body, String topic) {
}
