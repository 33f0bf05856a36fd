package org.citybridge.events.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citybridge.events.domain.EventStore.DelegationRow;
import org.citybridge.events.domain.EventStore.EventRow;
import org.citybridge.events.domain.GroupsPlan.GroupPlan;
import org.citybridge.events.domain.LodgingPlan.RoomPlan;
import org.citybridge.shared.Actor;
import org.citybridge.shared.CityScope.SqlCondition;
import org.citybridge.shared.CityScope;
import org.citybridge.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the secretariat needs to run the event on the ground, read from the delegations: the delegate list (the one
 * read a liaison and a province coordinator get too, for the cities in their scope), pickups, site-visit groups and
 * the diets at each meal (the secretariat only).
 */
@Service
@Transactional(readOnly = true)
public class LogisticsQueries {

    private static final Comparator<Participant> ORDER = Comparator.comparing(Participant::provinceCode)
            .thenComparing(Participant::cityCode).thenComparingLong(p -> p.delegate().id());

    private final EventStore store;
    private final LodgingStore lodging;
    private final EventAccess access;

    LogisticsQueries(EventStore store, LodgingStore lodging, EventAccess access) {
        this.store = store;
        this.lodging = lodging;
        this.access = access;
    }

    /**
     * The registered and waitlisted delegates of the cities in the caller's scope, by province, city and registration:
     * every city for the secretariat, its province's for a coordinator, its own city's for a liaison.
     */
    public List<Participant> participants(long eventId) {
        Actor actor = access.requireEvents();
        EventRow event = event(eventId);
        access.requireSee(actor, eventId, event.status());
        return participants(eventId, actor.scope());
    }

    public PickupPlan pickups(long eventId) {
        return PickupPlan.of(registered(secretariatsEvent(eventId)));
    }

    public GroupsPlan groups(long eventId) {
        long id = secretariatsEvent(eventId);
        List<Participant> all = participants(id, new CityScope.All());
        List<GroupPlan> groups = store.groups(id).stream()
                .map(g -> new GroupPlan(g, all.stream().filter(p -> p.group() != null && p.group().id() == g.id()).toList()))
                .toList();
        return new GroupsPlan(groups, all.stream().filter(p -> p.registered() && p.group() == null).toList());
    }

    public List<MealCount> meals(long eventId) {
        long id = secretariatsEvent(eventId);
        return MealCounts.count(store.sessions(id), registered(id));
    }

    private List<Participant> registered(long eventId) {
        return participants(eventId, new CityScope.All()).stream().filter(Participant::registered).toList();
    }

    private List<Participant> participants(long eventId, CityScope scope) {
        SqlCondition inScope = scope.where("city_code", "province_code");
        List<DelegationRow> delegations = store.delegations(eventId, inScope.sql(), inScope.params());
        Map<Long, List<DelegateView>> delegates = store.delegatesOf(delegations.stream().map(DelegationRow::id).toList());
        Map<Long, VisitGroupView> groups = store.groups(eventId).stream().collect(Collectors.toMap(VisitGroupView::id, Function.identity()));
        Map<Long, RoomPlan> rooms = LodgingPlan.of(lodging.blocks(eventId), lodging.lodgers(eventId), lodging.placements(eventId))
                .roomsByLodger();
        List<Participant> participants = new ArrayList<>();
        for (DelegationRow delegation : delegations) {
            for (DelegateView d : delegates.getOrDefault(delegation.id(), List.of())) {
                if (d.state().isActive()) {
                    participants.add(new Participant(d, delegation.cityCode(), delegation.cityName(), delegation.provinceCode(),
                            delegation.provinceName(), d.visitGroupId() == null ? null : groups.get(d.visitGroupId()), rooms.get(d.id())));
                }
            }
        }
        participants.sort(ORDER);
        return participants;
    }

    private long secretariatsEvent(long eventId) {
        access.requireSecretariat();
        return event(eventId).id();
    }

    private EventRow event(long eventId) {
        return store.event(eventId).orElseThrow(() -> new NotFoundException("event.error.unknown", eventId));
    }
}
