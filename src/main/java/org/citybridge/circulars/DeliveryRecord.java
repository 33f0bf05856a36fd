package org.citybridge.circulars;

import java.time.Instant;

/**
 * One city's copy of an issued circular, as a year's work record: whether it asked for a reply (a receipt form or a
 * reply on another page), when the city read it and when the reply that stands was given.
 *
 * @param repliedAt      the reply that stands: a receipt amended, or reopened and answered again, counts at its last
 *                       reply; null when never replied
 * @param firstRepliedAt the first reply, as the tracking shows it
 * @param withdrawnAt    when the circular was withdrawn; null when it stands
 */
public record DeliveryRecord(long deliveryId, long circularId, String docNumber, String title, String cityCode,
                             Instant issuedAt, Instant deadline, boolean expectsReply, Instant readAt, Instant repliedAt,
                             Instant firstRepliedAt, Instant withdrawnAt) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
