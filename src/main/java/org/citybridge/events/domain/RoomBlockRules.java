package org.citybridge.events.domain;

import java.util.List;

import org.citybridge.shared.RuleViolation;

/**
 * The checks of a hotel's room block, field by field: the hotel named, a room type, 1 to 500 rooms, a check-out after
 * the check-in; and, for a block people already sleep in, no fewer rooms than the highest one taken and no single
 * rooms while a room holds two.
 */
public final class RoomBlockRules {

    public static final int HOTEL = 100;
    public static final int MAX_ROOMS = 500;

    private RoomBlockRules() {
    }

    public static List<RuleViolation> check(RoomBlockEntry entry) {
        Problems problems = new Problems();
        problems.text("hotel", entry.hotel(), HOTEL, true);
        problems.text("address", entry.address(), EventLimits.ADDRESS, false);
        problems.required("roomType", entry.roomType());
        if (entry.rooms() == null) {
            problems.add("rooms", "validation.required");
        } else if (entry.rooms() < 1 || entry.rooms() > MAX_ROOMS) {
            problems.add("rooms", "event.error.number", 1, MAX_ROOMS);
        }
        problems.required("checkIn", entry.checkIn());
        problems.required("checkOut", entry.checkOut());
        if (entry.checkIn() != null && entry.checkOut() != null && !entry.checkOut().isAfter(entry.checkIn())) {
            problems.add("checkOut", "event.lodging.error.checkOutBeforeCheckIn");
        }
        return problems.list();
    }

    /**
     * The checks of a change to a block people sleep in.
     *
     * @param highestTaken the highest room number someone sleeps in (0: none)
     * @param sharedRooms  whether some room holds two people
     */
    public static List<RuleViolation> checkChange(RoomBlockEntry entry, int highestTaken, boolean sharedRooms) {
        Problems problems = new Problems();
        check(entry).forEach(problems::add);
        if (entry.rooms() != null && entry.rooms() >= 1 && entry.rooms() < highestTaken) {
            problems.add("rooms", "event.lodging.error.roomsBelowTaken", highestTaken);
        }
        if (entry.roomType() == RoomType.SINGLE && sharedRooms) {
            problems.add("roomType", "event.lodging.error.sharedRoomsTaken");
        }
        return problems.list();
    }
}
