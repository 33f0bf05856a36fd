package org.citybridge.directory.domain;

import java.time.Clock;
import java.time.LocalDate;

import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The roster's scope rules: the secretariat everything, a liaison its own city and person, a province coordinator reads its province. */
@Component
public class RosterAccess {

    private final CityRepository cities;
    private final AppointmentRepository appointments;
    private final Clock clock;

    RosterAccess(CityRepository cities, AppointmentRepository appointments, Clock clock) {
        this.cities = cities;
        this.appointments = appointments;
        this.clock = clock;
    }

    public Actor requireSecretariat() {
        return Actors.requireSecretariat();
    }

    public Actor requireRoster() {
        Actor actor = Actors.currentOrSystem();
        if (!readsRoster(actor)) {
            throw new AccessDeniedException("no roster access");
        }
        return actor;
    }

    /** Everyone but editors, check-in staff and the public reads the roster, each within its city scope. */
    public boolean readsRoster(Actor actor) {
        return switch (actor.role()) {
            case ADMIN, STAFF, LIAISON, PROVINCE -> true;
            case EDITOR, CHECKIN, PUBLIC -> false;
        };
    }

    public Actor requireReadCity(String code) {
        Actor actor = requireRoster();
        City city = cities.findById(code).orElseThrow(() -> CityNotFound.of(code));
        if (!actor.scope().covers(city.code(), city.provinceCode())) {
            throw new AccessDeniedException("city outside scope");
        }
        if (actor.role() == Role.LIAISON && (actor.personId() == null || !isLinkedPerson(actor, actor.personId()))) {
            throw new AccessDeniedException("the liaison's post in the city has ended");
        }
        return actor;
    }

    public Actor requireEditCity(String code) {
        Actor actor = requireReadCity(code);
        if (!actor.isSecretariat() && !code.equals(actor.cityCode())) {
            throw new AccessDeniedException("read only");
        }
        return actor;
    }

    public Actor requireEditPerson(long personId) {
        Actor actor = requireRoster();
        if (!mayEditPerson(actor, personId)) {
            throw new AccessDeniedException("not your contact details");
        }
        return actor;
    }

    /** The secretariat edits anyone; a liaison only the person its account is, while that person holds its city's post. */
    public boolean mayEditPerson(Actor actor, long personId) {
        return actor.isSecretariat() || isLinkedPerson(actor, personId);
    }

    /** Whether the person is the one a liaison account is linked to, holding a liaison post in the account's city today. */
    public boolean isLinkedPerson(Actor actor, long personId) {
        return actor.role() == Role.LIAISON && actor.cityCode() != null && Long.valueOf(personId).equals(actor.personId())
                && appointments.holdsPostOn(personId, actor.cityCode(), LocalDate.now(clock));
    }
}
