package org.citybridge.events.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.citybridge.events.domain.EventLimits;
import org.citybridge.events.domain.RoomBlockEntry;
import org.citybridge.events.domain.RoomBlockRules;
import org.citybridge.events.domain.RoomBlockView;
import org.citybridge.events.domain.RoomType;

/** Rooms booked at one hotel, as the form sends them: a bean, so that a malformed number or date keeps the rest. */
public class RoomBlockForm {

    @Size(max = RoomBlockRules.HOTEL)
    private String hotel = "";
    @Size(max = EventLimits.ADDRESS)
    private String address = "";
    private RoomType roomType = RoomType.TWIN;
    private Integer rooms;
    private LocalDate checkIn;
    private LocalDate checkOut;

    static RoomBlockForm of(RoomBlockView block) {
        RoomBlockForm form = new RoomBlockForm();
        form.hotel = block.hotel();
        form.address = block.address();
        form.roomType = block.roomType();
        form.rooms = block.rooms();
        form.checkIn = block.checkIn();
        form.checkOut = block.checkOut();
        return form;
    }

    /** A new block, its nights those before and during the event. */
    static RoomBlockForm blank(LocalDate eventStarts, LocalDate eventEnds) {
        RoomBlockForm form = new RoomBlockForm();
        form.checkIn = eventStarts.minusDays(1);
        form.checkOut = eventEnds;
        return form;
    }

    RoomBlockEntry entry() {
        return new RoomBlockEntry(hotel, address, roomType, rooms, checkIn, checkOut);
    }

    public String getHotel() {
        return hotel;
    }

    public void setHotel(String hotel) {
        this.hotel = hotel;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public RoomType getRoomType() {
        return roomType;
    }

    public void setRoomType(RoomType roomType) {
        this.roomType = roomType;
    }

    public Integer getRooms() {
        return rooms;
    }

    public void setRooms(Integer rooms) {
        this.rooms = rooms;
    }

    public LocalDate getCheckIn() {
        return checkIn;
    }

    public void setCheckIn(LocalDate checkIn) {
        this.checkIn = checkIn;
    }

    public LocalDate getCheckOut() {
        return checkOut;
    }

    public void setCheckOut(LocalDate checkOut) {
        this.checkOut = checkOut;
    }
}
