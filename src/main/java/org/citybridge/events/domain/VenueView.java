package org.citybridge.events.domain;

public record VenueView(long id, String name, String address) {
}
