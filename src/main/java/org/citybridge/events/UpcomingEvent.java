package org.citybridge.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An event not yet over as one city stands with it, for its liaison's home page.
 *
 * @param answer       the city's answer ({@code REGISTERED}, {@code DECLINED}), none while it has not answered
 * @param delegates    the city's delegates holding or waiting for a place
 * @param registering  whether the city may still register or change its delegation
 */
public record UpcomingEvent(long id, String title, LocalDate startsOn, LocalDate endsOn, Instant registrationClosesAt,
                            boolean registering, String answer, int delegates) {
}
