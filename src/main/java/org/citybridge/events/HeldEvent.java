package org.citybridge.events;

import java.time.LocalDate;

/** An event held in a period, whether or not any city answered it: a line of the year's work report. */
public record HeldEvent(long eventId, String title, String kind, LocalDate startsOn, LocalDate endsOn) {
}
