package org.citybridge.directory;

import java.time.LocalDate;

/**
 * Someone who holds or held a liaison post in a city: whether they hold one today, since when, and, once every
 * post there has ended, the day the last one ended.
 */
public record CityPerson(long personId, String name, String cityCode, boolean active, LocalDate from, LocalDate endedOn) {
}
