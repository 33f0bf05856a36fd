package org.citybridge.events.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityFilter;
import org.citybridge.directory.CityRef;
import org.citybridge.directory.Membership;
import org.citybridge.events.UpcomingEvent;
import org.citybridge.events.domain.EventStore.DelegationRow;
import org.citybridge.events.domain.EventStore.EventRow;
import org.citybridge.shared.Actor;
import org.citybridge.shared.CityScope.SqlCondition;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads events within the caller's scope: a draft, or a city outside the scope, answers "not found", never data. */
@Service
@Transactional(readOnly = true)
public class EventQueries {

    private final EventStore store;
    private final DelegationFigures figures;
    private final EventAccess access;
    private final CityDirectory directory;
    private final BadgeCodes badgeCodes;
    private final EventInvitations invitations;

    EventQueries(EventStore store, DelegationFigures figures, EventAccess access, CityDirectory directory,
                 BadgeCodes badgeCodes, EventInvitations invitations) {
        this.store = store;
        this.figures = figures;
        this.access = access;
        this.directory = directory;
        this.badgeCodes = badgeCodes;
        this.invitations = invitations;
    }

    /** Events newest first; drafts for the secretariat only. */
    public List<EventSummary> events() {
        Actor actor = access.requireEvents();
        return store.events(actor.isSecretariat());
    }

    /** Events open or closed for registration that are not over yet, with the liaison's own city's answer. */
    public List<UpcomingEvent> upcomingForOwnCity(LocalDate today) {
        Actor actor = access.requireEvents();
        if (actor.role() != Role.LIAISON || actor.cityCode() == null) {
            throw new AccessDeniedException("liaisons only");
        }
        return store.upcomingFor(actor.cityCode(), today);
    }

    public EventView event(long id) {
        Actor actor = access.requireEvents();
        return store.view(visible(id, actor));
    }

    /** A city's delegation (empty while it has not answered); another city's is unknown to a liaison. */
    public DelegationView delegation(long eventId, String cityCode) {
        Actor actor = access.requireEvents();
        visible(eventId, actor);
        CityRef city = directory.cityRefs(List.of(cityCode)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("event.error.unknownCity", cityCode));
        access.requireCity(actor, city);
        return badgeCodes.signed(actor, store.delegationView(eventId, city));
    }

    /**
     * The delegations of the cities in the caller's scope that have answered, by city code; each registered delegate
     * with its check-in code for whoever prints the city's badges ({@link BadgeCodes}).
     */
    public List<DelegationView> delegations(long eventId) {
        Actor actor = access.requireEvents();
        visible(eventId, actor);
        SqlCondition scope = actor.scope().where("city_code", "province_code");
        List<DelegationRow> rows = store.delegations(eventId, scope.sql(), scope.params());
        var delegates = store.delegatesOf(rows.stream().map(DelegationRow::id).toList());
        return rows.stream().map(d -> new DelegationView(eventId, d.cityCode(), d.cityName(), d.provinceCode(), d.provinceName(),
                        d.answer(), d.updatedBy(), d.updatedAt(), delegates.getOrDefault(d.id(), List.of())))
                .map(delegation -> badgeCodes.signed(actor, delegation)).toList();
    }

    /**
     * Every city in the caller's scope (of one province, if given) that the event's invitation reached, or every member
     * city before there is one, with its answer, and any other city that answered: registered with N delegates,
     * declined, or no answer yet; by city code.
     */
    public DelegationBoard board(long eventId, String province) {
        Actor actor = access.requireBoard();
        visible(eventId, actor);
        String onlyProvince = province == null || province.isBlank() ? null : province;
        Map<String, BoardRow> rows = new TreeMap<>();
        List<CityRef> expected = invitations.invitedCities(eventId)
                .map(invited -> invited.stream().filter(c -> onlyProvince == null || onlyProvince.equals(c.provinceCode())).toList())
                .orElseGet(() -> directory.cityRefs(new CityFilter(onlyProvince, null, Membership.MEMBER, null, null, false)));
        for (CityRef city : expected) {
            rows.put(city.code(), new BoardRow(city.code(), city.name(), city.provinceCode(), city.provinceName(), null, 0, 0, null));
        }
        figures.answers(eventId, actor.scope(), onlyProvince).forEach(answer -> rows.put(answer.cityCode(), answer));
        return new DelegationBoard(eventId, List.copyOf(rows.values()));
    }

    /** "N representatives from M cities", by province, within the caller's scope. */
    public EventFigures figures(long eventId) {
        Actor actor = access.requireEvents();
        visible(eventId, actor);
        return figures.figures(eventId, actor.scope());
    }

    private EventRow visible(long id, Actor actor) {
        EventRow event = store.event(id).orElseThrow(() -> new NotFoundException("event.error.unknown", id));
        access.requireSee(actor, id, event.status());
        return event;
    }
}
