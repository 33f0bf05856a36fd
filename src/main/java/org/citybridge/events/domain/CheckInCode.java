package org.citybridge.events.domain;

/** What a genuine check-in code says: this delegate of this event. */
public record CheckInCode(long eventId, long delegateId) {
}
