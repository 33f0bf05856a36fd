package org.citybridge.events.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.LiaisonContact;
import org.citybridge.events.domain.EventStore.EventRow;
import org.citybridge.events.domain.EventStore.Waiting;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the places free under an event's capacity to the first of its waitlist, across cities, and mails each
 * promoted delegate's city with the delegates' agendas attached. Runs in the caller's transaction, which holds the
 * event's row lock.
 */
@Component
class Waitlist {

    private final EventStore store;
    private final CityDirectory directory;
    private final EventMail mail;
    private final DelegationConfirmations confirmations;

    Waitlist(EventStore store, CityDirectory directory, EventMail mail, DelegationConfirmations confirmations) {
        this.store = store;
        this.directory = directory;
        this.mail = mail;
        this.confirmations = confirmations;
    }

    /** Answers the promoted delegates, first in line first. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Waiting> promote(EventRow event, int capacity, String actor, Instant at) {
        if (!EventLifecycle.promotesWaitlist(event.status())) {
            return List.of();
        }
        List<Waiting> promoted = DelegateLifecycle.promotions(capacity, store.registeredCount(event.id()), store.waitlist(event.id()));
        for (Waiting delegate : promoted) {
            store.changeDelegateState(delegate.id(), DelegateState.WAITLISTED, DelegateLifecycle.promote(DelegateState.WAITLISTED), actor, at);
        }
        tellCities(event, promoted);
        return promoted;
    }

    private void tellCities(EventRow event, List<Waiting> promoted) {
        Map<String, List<Waiting>> byCity = new LinkedHashMap<>();
        promoted.forEach(d -> byCity.computeIfAbsent(d.cityCode(), c -> new ArrayList<>()).add(d));
        if (byCity.isEmpty()) {
            return;
        }
        List<LiaisonContact> liaisons = directory.activeLiaisons(byCity.keySet());
        EventView view = store.view(event);
        byCity.forEach((city, delegates) -> mail.promoted(event.id(), event.title(), delegates.get(0).cityName(),
                delegates.stream().map(Waiting::name).toList(),
                liaisons.stream().filter(l -> l.cityCode().equals(city)).toList(),
                confirmations.agendas(view, store.delegatesByIds(delegates.stream().map(Waiting::id).toList()))));
    }
}
