package org.citybridge.events.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Where the invited cities within the caller's scope stand with the event's invitation circulars.
 *
 * @param invitations the event's invitations, the first one first
 * @param cities      each invited city in scope, by city code, once whichever invitation reached it
 */
public record InvitationProgress(List<InvitationView> invitations, Map<String, InvitedCity> cities) {

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
