package org.citybridge.events.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityRef;
import org.citybridge.events.domain.EventStore.DelegationRow;
import org.citybridge.events.domain.EventStore.EventRow;
import org.citybridge.platform.Dates;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A city registers, amends or declines its delegation, and cancels a delegate. Each runs under the event's row lock,
 * so that places are counted by one request at a time: of two cities taking the last place at once, exactly one gets
 * it and the other is waitlisted. A delegation is checked whole before anything is written (nothing is half-saved);
 * then the delegates left out are cancelled, the places they free go to the waitlist first (in its order, any city),
 * and only then do new delegates take what is left or join the end of the waitlist. Every change is the city's answer
 * to the event's invitation circular (recorded there) and is confirmed to its liaisons by mail, with the registered
 * delegates' agendas.
 */
@Service
@Transactional
public class DelegationRegistering {

    private final EventStore store;
    private final EventAccess access;
    private final CityDirectory directory;
    private final Waitlist waitlist;
    private final BadgeCodes badgeCodes;
    private final EventInvitations invitations;
    private final DelegationConfirmations confirmations;
    private final Dates dates;
    private final Clock clock;

    DelegationRegistering(EventStore store, EventAccess access, CityDirectory directory, Waitlist waitlist,
                          BadgeCodes badgeCodes, EventInvitations invitations, DelegationConfirmations confirmations, Dates dates, Clock clock) {
        this.store = store;
        this.access = access;
        this.directory = directory;
        this.waitlist = waitlist;
        this.badgeCodes = badgeCodes;
        this.invitations = invitations;
        this.confirmations = confirmations;
        this.dates = dates;
        this.clock = clock;
    }

    /** Writes the city's whole delegation; answers it with each delegate's state (and check-in code, see {@link BadgeCodes}). */
    public DelegationView register(long eventId, String cityCode, DelegationEntry entry) {
        Actor actor = access.requireEvents();
        EventRow event = lockedEvent(eventId, actor);
        CityRef city = cityToRegister(actor, cityCode);
        requireTakingChanges(actor, event);
        List<DelegateView> active = active(eventId, city);
        RuleViolations.throwIfAny(problems(event, city, entry, active));

        Instant now = clock.instant();
        String by = actor.username();
        boolean answeredBefore = store.delegation(eventId, city.code()).isPresent();
        long delegationId = store.saveDelegation(eventId, city, entry.effectiveAnswer(), by, now);
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
        return badgeCodes.signed(actor, answered(event, city, answeredBefore));
    }

    /** The city's delegation as it now stands, its answer recorded on the invitation and confirmed by mail. */
    private DelegationView answered(EventRow event, CityRef city, boolean answeredBefore) {
        DelegationView saved = store.delegationView(event.id(), city);
        invitations.recordAnswer(event.id(), city.code(), saved.answer());
        confirmations.saved(event, saved, answeredBefore);
        return saved;
    }

    /**
     * Every problem of the delegation as sent, for a form that cannot be saved as it is (nothing is written); the
     * seats left are counted as they are now, without the lock that a registration takes.
     */
    @Transactional(readOnly = true)
    public List<RuleViolation> check(long eventId, String cityCode, DelegationEntry entry) {
        Actor actor = access.requireEvents();
        EventRow event = store.event(eventId).orElseThrow(() -> new NotFoundException("event.error.unknown", eventId));
        access.requireSee(actor, eventId, event.status());
        CityRef city = cityToRegister(actor, cityCode);
        return problems(event, city, entry, active(eventId, city));
    }

    private List<DelegateView> active(long eventId, CityRef city) {
        return store.delegation(eventId, city.code()).map(d -> store.delegates(d.id()).stream()
                .filter(delegate -> delegate.state().isActive()).toList()).orElse(List.of());
    }

    private List<RuleViolation> problems(EventRow event, CityRef city, DelegationEntry entry, List<DelegateView> active) {
        long delegationId = store.delegation(event.id(), city.code()).map(DelegationRow::id).orElse(-1L);
        return DelegateRules.check(entry, store.view(event), active.stream().map(DelegateView::id).collect(Collectors.toSet()),
                store.sessionsTakenByOthers(event.id(), delegationId), store.groupsTakenByOthers(event.id(), delegationId));
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
        return badgeCodes.signed(actor, answered(event, city, true));
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

    /**
     * Why the caller may not change the city's delegation now, if it may not: for a form to show it read-only with the
     * reason. Empty when the delegation can be changed.
     */
    @Transactional(readOnly = true)
    public Optional<RuleViolation> changesRefused(long eventId, String cityCode) {
        Actor actor = access.requireEvents();
        EventRow event = store.event(eventId).orElseThrow(() -> new NotFoundException("event.error.unknown", eventId));
        access.requireSee(actor, eventId, event.status());
        try {
            cityToRegister(actor, cityCode);
        } catch (AccessDeniedException readOnly) {
            return Optional.of(new RuleViolation(null, "event.delegation.readOnly"));
        }
        return refusal(actor, event);
    }

    private void requireTakingChanges(Actor actor, EventRow event) {
        refusal(actor, event).ifPresent(v -> {
            throw v;
        });
    }

    /** A liaison within the registration window of an open event; the secretariat while it is open or closed. */
    private Optional<RuleViolation> refusal(Actor actor, EventRow event) {
        if (actor.isSecretariat()) {
            return EventLifecycle.acceptsSecretariatChanges(event.status()) ? Optional.empty()
                    : Optional.of(new RuleViolation(null, "event.error.notTakingRegistrations", EventLifecycle.label(event.status())));
        }
        return switch (EventLifecycle.registration(event.status(), event.registrationOpensAt(), event.registrationClosesAt(), clock.instant())) {
            case OPEN -> Optional.empty();
            case NOT_TAKING -> Optional.of(new RuleViolation(null, "event.error.notTakingRegistrations", EventLifecycle.label(event.status())));
            case NOT_YET -> Optional.of(new RuleViolation(null, "event.error.registrationNotYetOpen", dates.format(event.registrationOpensAt())));
            case PAST_DEADLINE -> Optional.of(new RuleViolation(null, "event.error.pastDeadline", dates.format(event.registrationClosesAt())));
        };
    }
}
