package org.citybridge.events.domain;

/**
 * Where an event stands: a draft only the secretariat sees; open for registration; closed (registration over, the
 * secretariat may still change delegations on a city's behalf); held (over, nothing changes any more).
 */
public enum EventStatus {
    DRAFT, OPEN, CLOSED, HELD
}
