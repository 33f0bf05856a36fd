package org.citybridge.circulars.domain;

import java.time.Instant;

/**
 * A circular in a city's inbox; a withdrawn one stays only as a notice.
 *
 * @param expectsReply the city is asked to reply, on the receipt form or on the page {@code replyLink} names
 * @param replyLink    where the city replies instead of a receipt form (an event's registration), or null
 * @param read         someone of the city has opened it (an overdue circular may still be unread)
 */
public record InboxItem(long deliveryId, long circularId, String docNumber, String title, Urgency urgency,
                        Instant issuedAt, Instant deadline, DeliveryStatus status, boolean read, boolean hasReceipt, boolean expectsReply,
                        String replyLink, boolean corrected,
                        boolean withdrawn, String withdrawReason, Instant withdrawnAt) {

    public boolean unread() {
        return !read;
    }

    /** The city still owes its reply: asked for one and not replied yet (unread, read or overdue). */
    public boolean replyDue() {
        return expectsReply && !status.replied();
    }
}
