package org.citybridge.events.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One session of the agenda.
 *
 * @param optional chosen at registration; only an optional session has a capacity (null: unlimited)
 * @param taken    active delegates (registered or waitlisted) who chose it
 */
public record SessionView(long id, LocalDate day, LocalTime startsAt, LocalTime endsAt, String title, SessionKind kind,
                          String place, String speakers, boolean optional, Integer capacity, int taken) {
}
