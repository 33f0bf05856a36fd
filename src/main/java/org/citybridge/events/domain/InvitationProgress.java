package org.citybridge.events.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Where the invited cities within the caller's scope stand with the invitation circular.
 *
 * @param cities each invited city in scope, by city code
 */
public record InvitationProgress(InvitationView invitation, Map<String, InvitedCity> cities) {

    public long read() {
        return cities.values().stream().filter(c -> c.readAt() != null).count();
    }

    /**
     * One invited city.
     *
     * @param readAt     when a liaison of the city first opened the circular; null while unread
     * @param repliedAt  when the city last answered; null while it has not
     * @param remindedOn the day it was last reminded from the board; null if never
     */
    public record InvitedCity(Instant readAt, Instant repliedAt, LocalDate remindedOn) {
    }
}
