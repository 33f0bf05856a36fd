package org.citybridge.events.domain;

/**
 * A site-visit group (考察分组) on its bus.
 *
 * @param taken active delegates (registered or waitlisted) in the group
 */
public record VisitGroupView(long id, String name, String bus, int capacity, int taken) {
}
