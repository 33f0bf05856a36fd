package org.citybridge.events.web;

/**
 * A move by hand on the lodging plan: the room to move a delegate into ({@code blockId-number}), or the delegate to
 * swap rooms with.
 */
public class PlacementForm {

    private String room;
    private Long other;

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public Long getOther() {
        return other;
    }

    public void setOther(Long other) {
        this.other = other;
    }
}
