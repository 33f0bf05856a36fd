package org.citybridge.circulars.domain;

import java.time.Instant;

/**
 * A circular in the list, with how many of its cities have read and replied (within the viewer's scope).
 *
 * @param expectsReply the cities are asked to reply, on a receipt form or on the page the circular links to
 */
public record CircularSummary(long id, String docNumber, String title, Urgency urgency, CircularStatus status,
                              Instant createdAt, Instant issuedAt, Instant deadline, boolean hasReceipt, boolean expectsReply, int revision,
                              long deliveries, long read, long replied) {

    public int repliedPercent() {
        return deliveries == 0 ? 0 : (int) Math.round(replied * 100.0 / deliveries);
    }
}
