package org.citybridge.events.domain;

/** The answer to one scan of a batch: checked in (or already), or refused. */
public record CheckInOutcome(String clientId, CheckInAnswer checkIn, CheckInRefused refusal) {
}
