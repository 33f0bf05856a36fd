package org.citybridge.events.domain;

import java.time.Instant;

/**
 * One scan of a badge (or a delegate found by name), as a check-in station sends it.
 *
 * @param code     the signed code the badge carries ({@link CheckInCodes})
 * @param session  the session attended (a lecture, a site-visit bus); null for arriving at the event itself
 * @param station  where it was scanned, e.g. "一号签到台" (up to 60 characters; may be left out)
 * @param clientId the id the device gave this scan (up to 64 characters of {@code A-Z a-z 0-9 . _ : -}); a scan sent
 *                 again with the same id answers as the first time, so an offline queue may be synced twice
 * @param at       when it was scanned, for a scan queued offline; null: now
 */
public record CheckInRequest(String code, Long session, String station, String clientId, Instant at) {

    public static CheckInRequest of(String code) {
        return new CheckInRequest(code, null, null, null, null);
    }
}
