package org.citybridge.circulars;

import java.time.Instant;

/**
 * One city's copy of a circular: when a liaison of the city first read it and when the city last replied.
 *
 * @param readAt    null while unread
 * @param repliedAt null while the city has not replied
 */
public record CircularDelivery(String cityCode, String cityName, String provinceCode, String provinceName, Instant readAt,
                               Instant repliedAt) {
}
