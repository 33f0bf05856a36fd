package org.citybridge.events;

public record VenueView(long id, String name, String address) {
}
