package org.citybridge.mail.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mail settings under {@code citybridge.mail.*}; the SMTP server itself is Spring's {@code spring.mail.host/port/
 * username/password} ({@code SPRING_MAIL_HOST} ...). Without a host, mail is written to the log and kept readable on
 * the outbox page instead of being sent.
 *
 * @param from             sender address of every message ({@code CITYBRIDGE_MAIL_FROM})
 * @param schedulerEnabled whether this instance runs the dispatcher every {@code dispatchInterval}
 * @param dispatchInterval pause between two dispatch runs
 * @param batchSize        most messages one run handles, so a backlog never holds the scheduler thread for long
 * @param maxAttempts      failed attempts after which a message is marked FAILED and waits for an administrator
 * @param initialBackoff   wait after the first failed attempt; doubled after each further one
 * @param maxBackoff       the longest wait between two attempts
 */
@ConfigurationProperties("citybridge.mail")
public record MailSettings(String from, Boolean schedulerEnabled, Duration dispatchInterval, Integer batchSize,
                           Integer maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public MailSettings {
        if (from == null || from.isBlank()) {
            from = "citybridge@localhost";
        }
        if (schedulerEnabled == null) {
            schedulerEnabled = true;
        }
        if (dispatchInterval == null) {
            dispatchInterval = Duration.ofMillis(500);
        }
        if (batchSize == null || batchSize < 1) {
            batchSize = 1000;
        }
        if (maxAttempts == null || maxAttempts < 1) {
            maxAttempts = 30;
        }
        if (initialBackoff == null) {
            initialBackoff = Duration.ofSeconds(30);
        }
        if (maxBackoff == null) {
            maxBackoff = Duration.ofHours(1);
        }
    }

    /** The defaults, e.g. for a dispatcher built by hand. */
    public static MailSettings defaults() {
        return new MailSettings(null, null, null, null, null, null, null);
    }

    /** How long to wait before the next attempt after {@code failedAttempts} failures: 30 s, 1 min, 2 min, ... capped. */
    public Duration backoffAfter(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration delay = initialBackoff.multipliedBy(1L << doublings);
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
