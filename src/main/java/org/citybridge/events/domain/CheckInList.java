package org.citybridge.events.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a check-in station keeps to work offline: the delegates holding a place, with their names, cities and badge codes
 * only (no mobile, no other detail), whether each is checked in (at the event, or at the session asked for), the
 * sessions to check in at, and when the copy must be dropped: a day after the event's last day.
 */
public record CheckInList(long eventId, String title, Long session, Instant expiresAt, List<Session> sessions,
                          List<Entry> delegates) {

    public record Session(long id, LocalDate day, LocalTime startsAt, String title, SessionKind kind) {
    }

    /** @param checkedInAt null while not checked in */
    public record Entry(long delegateId, String name, String cityName, String provinceName, String code, Instant checkedInAt) {
    }
}
