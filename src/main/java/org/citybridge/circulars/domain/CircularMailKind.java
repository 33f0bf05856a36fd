package org.citybridge.circulars.domain;

import java.util.Locale;

/**
 * The mails a circular causes. Each picks its subject and text ({@code circular.mail.<key>.subject} and
 * {@code .body}) and its outbox topic ({@code circular-<key>}).
 */
enum CircularMailKind {
    ISSUED, CORRECTED, WITHDRAWN, REMINDER, OVERDUE, REOPENED;

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the date the mail names is the end of the city's reopening rather than the circular's deadline. */
    boolean namesReopening() {
        return this == REOPENED;
    }
}
