package org.citybridge.events.domain;

/**
 * Why the people in a room are together, as the lodging plan explains it: both of one city, of one province, or only
 * of one gender; one alone; nobody. {@code CONFLICT} is a room that breaks the rules since a delegate's details were
 * amended (another gender, a single room asked for): the secretariat moves someone, or runs the allocation again.
 */
public enum Pairing {
    SAME_CITY, SAME_PROVINCE, SAME_GENDER, ALONE, EMPTY, CONFLICT
}
