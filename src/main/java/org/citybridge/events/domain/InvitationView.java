package org.citybridge.events.domain;

import java.time.Instant;

/**
 * One of an event's invitations: the circular sent to the cities, whose reply is each city's delegation.
 *
 * @param cities        how many cities it reached when issued
 * @param supplementary a supplementary invitation (补充邀请) to cities the earlier ones had not invited
 */
public record InvitationView(long eventId, long circularId, String docNumber, String title, int cities, String issuedBy,
                             Instant issuedAt, boolean supplementary) {
}
