package org.citybridge.events.domain;

/**
 * Check-ins were recorded for an event, on this instance or another one (PostgreSQL's NOTIFY reaches them all); a null
 * event means any event may have changed (the instance was not listening for a while).
 */
public record CheckInsChanged(Long eventId) {

    public boolean concerns(long id) {
        return eventId == null || eventId == id;
    }
}
