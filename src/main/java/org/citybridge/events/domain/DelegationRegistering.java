package org.citybridge.events.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityRef;
import org.citybridge.events.DelegateState;
import org.citybridge.events.DelegateView;
import org.citybridge.events.DelegationView;
import org.citybridge.events.EventView;
import org.citybridge.events.domain.EventStore.DelegationRow;
import org.citybridge.events.domain.EventStore.EventRow;
import org.citybridge.platform.Dates;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A city registers, amends or declines its delegation, and cancels a delegate. Each runs under the event's row lock,
 * so that places are counted by one request at a time: of two cities taking the last place at once, exactly one gets
 * it and the other is waitlisted. A delegation is checked whole before anything is written (nothing is half-saved);
 * then the delegates left out are cancelled, the places they free go to the waitlist first (in its order, any city),
 * and only then do new delegates take what is left or join the end of the waitlist.
 */
@Service
@Transactional
public class DelegationRegistering {

    private final EventStore store;
    private final EventAccess access;
    private final CityDirectory directory;
    private final Waitlist waitlist;
    private final Dates dates;
    private final Clock clock;

    DelegationRegistering(EventStore store, EventAccess access, CityDirectory directory, Waitlist waitlist,
                          Dates dates, Clock clock) {
        this.store = store;
        this.access = access;
        this.directory = directory;
        this.waitlist = waitlist;
        this.dates = dates;
        this.clock = clock;
    }

    /** Writes the city's whole delegation; answers it with each delegate's state. */
    public DelegationView register(long eventId, String cityCode, DelegationEntry entry) {
        Actor actor = access.requireEvents();
        EventRow event = lockedEvent(eventId, actor);
        CityRef city = cityToRegister(actor, cityCode);
        requireTakingChanges(actor, event);
        EventView plan = store.view(event);
        DelegationRow delegation = store.delegation(eventId, city.code()).orElse(null);
        List<DelegateView> active = delegation == null ? List.of() : store.delegates(delegation.id()).stream()
                .filter(d -> d.state().isActive()).toList();
        long delegationId = delegation == null ? -1 : delegation.id();
        RuleViolations.throwIfAny(DelegateRules.check(entry, plan, active.stream().map(DelegateView::id).collect(Collectors.toSet()),
                store.sessionsTakenByOthers(eventId, delegationId), store.groupsTakenByOthers(eventId, delegationId)));

        Instant now = clock.instant();
        String by = actor.username();
        delegationId = store.saveDelegation(eventId, city, entry.effectiveAnswer(), by, now);
        Set<Long> kept = entry.delegates().stream().map(DelegateEntry::id).filter(Objects::nonNull).collect(Collectors.toSet());
        for (DelegateView delegate : active) {
            if (!kept.contains(delegate.id())) {
                store.changeDelegateState(delegate.id(), delegate.state(), DelegateLifecycle.cancel(delegate.state()), by, now);
            }
        }
        waitlist.promote(event, event.capacity(), by, now);
        for (DelegateEntry delegate : entry.delegates()) {
            if (delegate.id() != null) {
                store.updateDelegate(delegate.id(), delegate, now);
            } else {
                DelegateState state = DelegateLifecycle.admit(store.registeredCount(eventId), event.capacity());
                store.insertDelegate(eventId, delegationId, delegate, state, by, now);
            }
        }
        return store.delegationView(eventId, city);
    }

    /** Cancels one delegate of the city; the place it frees goes to the first of the waitlist. */
    public DelegationView cancel(long eventId, String cityCode, long delegateId) {
        Actor actor = access.requireEvents();
        EventRow event = lockedEvent(eventId, actor);
        CityRef city = cityToRegister(actor, cityCode);
        requireTakingChanges(actor, event);
        DelegationRow delegation = store.delegation(eventId, city.code())
                .orElseThrow(() -> new NotFoundException("event.error.unknownDelegate", delegateId));
        Map<Long, DelegateView> delegates = store.delegates(delegation.id()).stream()
                .collect(Collectors.toMap(DelegateView::id, Function.identity()));
        DelegateView delegate = delegates.get(delegateId);
        if (delegate == null) {
            throw new NotFoundException("event.error.unknownDelegate", delegateId);
        }
        Instant now = clock.instant();
        store.changeDelegateState(delegateId, delegate.state(), DelegateLifecycle.cancel(delegate.state()), actor.username(), now);
        store.touchDelegation(delegation.id(), actor.username(), now);
        waitlist.promote(event, event.capacity(), actor.username(), now);
        return store.delegationView(eventId, city);
    }

    /** The event, locked; a draft is unknown to anyone but the secretariat. */
    private EventRow lockedEvent(long eventId, Actor actor) {
        EventRow event = store.lockEvent(eventId).orElseThrow(() -> new NotFoundException("event.error.unknown", eventId));
        access.requireSee(actor, eventId, event.status());
        return event;
    }

    private CityRef cityToRegister(Actor actor, String cityCode) {
        CityRef city = directory.cityRefs(List.of(cityCode)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("event.error.unknownCity", cityCode));
        access.requireRegister(actor, city);
        return city;
    }

    /** A liaison within the registration window of an open event; the secretariat while it is open or closed. */
    private void requireTakingChanges(Actor actor, EventRow event) {
        if (actor.isSecretariat()) {
            if (!EventLifecycle.acceptsSecretariatChanges(event.status())) {
                throw new RuleViolation(null, "event.error.notTakingRegistrations", EventLifecycle.label(event.status()));
            }
            return;
        }
        switch (EventLifecycle.registration(event.status(), event.registrationOpensAt(), event.registrationClosesAt(), clock.instant())) {
            case OPEN -> {
            }
            case NOT_TAKING -> throw new RuleViolation(null, "event.error.notTakingRegistrations", EventLifecycle.label(event.status()));
            case NOT_YET -> throw new RuleViolation(null, "event.error.registrationNotYetOpen", dates.format(event.registrationOpensAt()));
            case PAST_DEADLINE -> throw new RuleViolation(null, "event.error.pastDeadline", dates.format(event.registrationClosesAt()));
        }
    }
}
