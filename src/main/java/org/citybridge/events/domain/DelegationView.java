package org.citybridge.events.domain;

import java.time.Instant;
import java.util.List;

/**
 * A city's delegation to an event: its answer and its delegates, cancelled ones included.
 *
 * @param answer null while the city has not answered
 */
public record DelegationView(long eventId, String cityCode, String cityName, String provinceCode, String provinceName,
                             DelegationAnswer answer, String updatedBy, Instant updatedAt, List<DelegateView> delegates) {

    public List<DelegateView> active() {
        return delegates.stream().filter(d -> d.state().isActive()).toList();
    }

    public List<DelegateView> cancelled() {
        return delegates.stream().filter(d -> !d.state().isActive()).toList();
    }

    DelegationView withDelegates(List<DelegateView> changed) {
        return new DelegationView(eventId, cityCode, cityName, provinceCode, provinceName, answer, updatedBy, updatedAt, changed);
    }
}
