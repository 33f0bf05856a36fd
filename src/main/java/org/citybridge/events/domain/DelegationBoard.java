package org.citybridge.events.domain;

import java.util.List;

/**
 * Every city's answer to an event (the member cities in the caller's scope, and any other city that answered):
 * registered with N delegates, declined, or no answer yet.
 */
public record DelegationBoard(long eventId, List<BoardRow> rows) {

    public long registeredCities() {
        return rows.stream().filter(r -> r.answer() == DelegationAnswer.REGISTERED).count();
    }

    public long declinedCities() {
        return rows.stream().filter(r -> r.answer() == DelegationAnswer.DECLINED).count();
    }

    public long unansweredCities() {
        return rows.stream().filter(r -> r.answer() == null).count();
    }

    public long registeredDelegates() {
        return rows.stream().mapToLong(BoardRow::registered).sum();
    }

    public long waitlistedDelegates() {
        return rows.stream().mapToLong(BoardRow::waitlisted).sum();
    }
}
