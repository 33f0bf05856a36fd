package org.citybridge.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Formats dates as the association writes them (YYYY-MM-DD HH:MM), in the deployment's zone; templates call it as {@code @dates}. */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Clock clock;

    public Dates(Clock clock) {
        this.clock = clock;
    }

    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(clock.getZone()));
    }

    public String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
