package org.citybridge.events.domain;

/** A city's answer to an event; a city that has not answered has no delegation at all. */
public enum DelegationAnswer {
    REGISTERED, DECLINED
}
