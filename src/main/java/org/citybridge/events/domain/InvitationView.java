package org.citybridge.events.domain;

import java.time.Instant;

/**
 * An event's invitation: the circular sent to the cities, whose reply is each city's delegation.
 *
 * @param cities how many cities it reached when issued
 */
public record InvitationView(long eventId, long circularId, String docNumber, String title, int cities, String issuedBy,
                             Instant issuedAt) {
}
