package org.citybridge.events.domain;

import org.citybridge.directory.CityRef;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with events: the secretariat manages them (drafts included) and any city's delegation; a
 * liaison reads events once they are no longer drafts and edits only its own city's delegation; a province
 * coordinator reads the delegations of its province's cities. Another city's delegation, and a draft for anyone but
 * the secretariat, answer "not found"; editors have no access at all. Check-in staff check delegates in at the events
 * granted to them, and see nothing else of any event.
 */
@Component
public class EventAccess {

    private final CheckInStore checkIns;

    EventAccess(CheckInStore checkIns) {
        this.checkIns = checkIns;
    }

    public Actor requireEvents() {
        Actor actor = Actors.currentOrSystem();
        return switch (actor.role()) {
            case ADMIN, STAFF, LIAISON, PROVINCE -> actor;
            default -> throw new AccessDeniedException("no access to events");
        };
    }

    public Actor requireSecretariat() {
        return Actors.requireSecretariat();
    }

    private static boolean maySee(Actor actor, EventStatus status) {
        return actor.isSecretariat() || EventLifecycle.visibleToCities(status);
    }

    public void requireSee(Actor actor, long eventId, EventStatus status) {
        if (!maySee(actor, status)) {
            throw new NotFoundException("event.error.unknown", eventId);
        }
    }

    /** A city outside the caller's scope is unknown to the caller. */
    public void requireCity(Actor actor, CityRef city) {
        if (!actor.scope().covers(city.code(), city.provinceCode())) {
            throw new NotFoundException("event.error.unknownCity", city.code());
        }
    }

    /** The secretariat, or the liaison of the city; a coordinator reads but does not register. */
    public void requireRegister(Actor actor, CityRef city) {
        requireCity(actor, city);
        boolean ownCity = actor.role() == Role.LIAISON && city.code().equals(actor.cityCode());
        if (!actor.isSecretariat() && !ownCity) {
            throw new AccessDeniedException("only the city's liaison or the secretariat registers its delegation");
        }
    }

    /** The board of every city's answer: the secretariat, or a coordinator for its province. */
    public Actor requireBoard() {
        return Actors.requireFollowingCities();
    }

    // --- printed documents and check-in codes

    /**
     * Whether the actor may hold the check-in codes of a city's delegates, i.e. print their badges: the secretariat
     * any city's, a liaison its own city's. A province coordinator reads delegations but prints no badges.
     */
    public boolean mayHoldCheckInCodes(Actor actor, String cityCode) {
        return actor.isSecretariat() || (actor.role() == Role.LIAISON && cityCode.equals(actor.cityCode()));
    }

    /**
     * The city whose badges the actor prints: the one asked for (already checked to be in the caller's scope), or
     * every city (null) for the secretariat; always its own for a liaison. Anyone else is refused.
     */
    public String requireBadges(Actor actor, CityRef asked) {
        if (actor.isSecretariat()) {
            return asked == null ? null : asked.code();
        }
        if (actor.role() == Role.LIAISON) {
            return actor.cityCode();
        }
        throw new AccessDeniedException("badges are printed by the secretariat, or by a liaison for its own city");
    }

    /** Who checks delegates in at the event and shows its big screen: the secretariat, or check-in staff granted it. */
    public Actor requireCheckIn(long eventId) {
        Actor actor = Actors.currentOrSystem();
        if (actor.isSecretariat() || actor.role() == Role.CHECKIN && checkIns.isStaff(eventId, actor.username())) {
            return actor;
        }
        throw new AccessDeniedException("not checking delegates in at event " + eventId);
    }
}
