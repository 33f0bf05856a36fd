package org.citybridge.events.domain;

import java.time.LocalDate;

/** Rooms booked at one hotel for an event. */
public record RoomBlockView(long id, long eventId, String hotel, String address, RoomType roomType, int rooms,
                            LocalDate checkIn, LocalDate checkOut) {
}
