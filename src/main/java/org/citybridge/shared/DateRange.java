package org.citybridge.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The days from {@code from} up to but not including {@code until}, e.g. an evaluation year. */
public record DateRange(LocalDate from, LocalDate until) {

    public DateRange {
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("empty range " + from + " – " + until);
        }
    }

    public static DateRange year(int year) {
        return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(until);
    }

    /** The first moment of the range in the zone. */
    public Instant startsAt(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the range in the zone. */
    public Instant endsAt(ZoneId zone) {
        return until.atStartOfDay(zone).toInstant();
    }
}
