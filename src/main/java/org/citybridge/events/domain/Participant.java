package org.citybridge.events.domain;

import org.citybridge.events.domain.LodgingPlan.RoomPlan;

/**
 * A registered or waitlisted delegate with what logistics needs around it: its city and province, its site-visit
 * group and the room it sleeps in.
 *
 * @param group null when the delegate joined no group
 * @param room  null when the delegate has no room (none asked for, or unallocated)
 */
public record Participant(DelegateView delegate, String cityCode, String cityName, String provinceCode,
                          String provinceName, VisitGroupView group, RoomPlan room) {

    public boolean registered() {
        return delegate.state() == DelegateState.REGISTERED;
    }
}
