package org.citybridge.circulars.domain;

import java.time.Instant;

/** A circular in a city's inbox; a withdrawn one stays only as a notice. */
public record InboxItem(long deliveryId, long circularId, String docNumber, String title, Urgency urgency,
                        Instant issuedAt, Instant deadline, DeliveryStatus status, boolean hasReceipt, boolean corrected,
                        boolean withdrawn, String withdrawReason, Instant withdrawnAt) {

    public boolean unread() {
        return status == DeliveryStatus.UNREAD;
    }
}
