package org.citybridge.circulars.domain;

/** The status of a delivery {@code d} of circular {@code c} at {@code :now}, computed in SQL so lists can filter and count it. */
public final class DeliveryStatusSql {

    /**
     * Circular {@code c} asks its cities for a reply: on its receipt form, or on the page it links to (an event's
     * invitation). The one definition every query uses, as {@link CircularDetails#expectsReply()} is in Java.
     */
    public static final String EXPECTS_REPLY = "(c.receipt_form IS NOT NULL OR c.reply_link IS NOT NULL)";

    static final String STATUS = """
            CASE WHEN d.first_replied_at IS NOT NULL THEN
                     CASE WHEN c.deadline IS NULL OR d.first_replied_at <= c.deadline THEN 'REPLIED_ON_TIME' ELSE 'REPLIED_LATE' END
                 WHEN %s AND c.deadline < :now THEN 'OVERDUE'
                 WHEN d.read_at IS NOT NULL THEN 'READ'
                 ELSE 'UNREAD' END""".formatted(EXPECTS_REPLY);

    private DeliveryStatusSql() {
    }
}
