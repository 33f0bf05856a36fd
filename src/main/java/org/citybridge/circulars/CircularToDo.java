package org.citybridge.circulars;

import java.time.Instant;

/**
 * A circular the liaison's city still has to do something about: read it, or reply by its deadline.
 *
 * @param replyDue the circular expects a reply (a receipt or on its page) and the city has not given it yet
 * @param overdue  the reply is due and the deadline has passed
 */
public record CircularToDo(long deliveryId, String title, Instant deadline, boolean unread, boolean replyDue, boolean overdue) {
}
