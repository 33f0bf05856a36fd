package org.citybridge.events.domain;

/** Where one delegate stands: holding a place, waiting for one, or no longer coming. */
public enum DelegateState {
    REGISTERED, WAITLISTED, CANCELLED;

    /** Registered or waitlisted: counts towards the city's quota and takes a seat in what it chose. */
    public boolean isActive() {
        return this != CANCELLED;
    }
}
