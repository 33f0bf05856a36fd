package org.citybridge.circulars.domain;

import java.time.Instant;

/** One targeted city on the tracking table. */
public record TrackingRow(long deliveryId, String cityCode, String cityName, String provinceCode, String provinceName,
                          DeliveryStatus status, Instant readAt, String readBy, Instant repliedAt, String repliedBy,
                          Instant reopenedUntil, String recipients, ReceiptAnswers answers) {
}
