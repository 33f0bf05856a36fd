package org.citybridge.events.domain;

/** Dietary needs: none, 清真, 素食, or something else described in words. */
public enum Diet {
    NONE, HALAL, VEGETARIAN, OTHER
}
