package org.citybridge.events.domain;

import java.time.Instant;
import java.time.LocalDate;

/** An event as lists show it. */
public record EventSummary(long id, EventKind kind, String title, String hostCityName, LocalDate startsOn,
                           LocalDate endsOn, Instant registrationClosesAt, EventStatus status, int capacity,
                           int registered, int waitlisted) {
}
