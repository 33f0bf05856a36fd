package org.citybridge.events.domain;

/** The rooms a hotel block holds: 单间 (one bed) or 双床房 (two beds, shared by two delegates of one gender). */
public enum RoomType {
    SINGLE(1), TWIN(2);

    private final int beds;

    RoomType(int beds) {
        this.beds = beds;
    }

    public int beds() {
        return beds;
    }
}
