package org.citybridge.events.domain;

import java.time.LocalDate;

/**
 * Rooms booked at one hotel, as the secretariat enters them.
 *
 * @param rooms    how many rooms of the type; they are numbered 1..rooms
 * @param checkIn  the first night booked
 * @param checkOut the day the rooms are given back
 */
public record RoomBlockEntry(String hotel, String address, RoomType roomType, Integer rooms, LocalDate checkIn,
                             LocalDate checkOut) {

    public RoomBlockEntry {
        hotel = hotel == null ? "" : hotel.strip();
        address = address == null ? "" : address.strip();
    }
}
