package org.citybridge.mail.outbox;

/** Where a message of the outbox stands. */
public enum MailStatus {
    /** Waiting for its first or a further attempt. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** No SMTP server is configured: written to the log (without its body) and readable on the outbox page. */
    LOGGED,
    /** Given up after the configured number of attempts, or refused for good; an administrator may retry it. */
    FAILED
}
