package org.citybridge.events.domain;

import java.time.Instant;

/**
 * One city on an event's board.
 *
 * @param answer null: no answer yet
 */
public record BoardRow(String cityCode, String cityName, String provinceCode, String provinceName,
                       DelegationAnswer answer, int registered, int waitlisted, Instant updatedAt) {
}
