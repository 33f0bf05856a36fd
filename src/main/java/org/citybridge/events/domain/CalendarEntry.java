package org.citybridge.events.domain;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One event or session in a calendar.
 *
 * @param uid   the same for the same event or session in every calendar and every time it is written, so that a
 *              calendar updates the entry instead of adding another, e.g. {@code event-12-session-34@citybridge}
 * @param place may be blank
 * @param description may be blank
 */
public record CalendarEntry(String uid, String title, String place, ZonedDateTime start, ZonedDateTime end,
                            String description) {

    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("entry " + uid + " ends before it starts");
        }
        place = place == null ? "" : place;
        description = description == null ? "" : description;
    }
}
