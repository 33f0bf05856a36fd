package org.citybridge.events.domain;

/** The room a delegate needs: 单间, 合住 (shared, paired by gender), or none. */
public enum Lodging {
    SINGLE, SHARED, NONE
}
