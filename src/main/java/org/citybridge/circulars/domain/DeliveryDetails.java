package org.citybridge.circulars.domain;

import java.time.Instant;

/**
 * One city's copy of a circular: its content, where the city stands and whether the receipt may be changed now.
 *
 * @param unseenChanges the circular was corrected since the city last opened it
 * @param receiptOpen   the city may submit or amend its receipt now
 */
public record DeliveryDetails(long deliveryId, String cityCode, String cityName, CircularDetails circular,
                              DeliveryStatus status, Instant readAt, String readBy, Instant repliedAt, String repliedBy,
                              Instant reopenedUntil, ReceiptAnswers answers, boolean unseenChanges, boolean receiptOpen) {
}
