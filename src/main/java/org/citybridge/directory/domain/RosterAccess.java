package org.citybridge.directory.domain;

import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The roster's scope rules: the secretariat everything, a liaison its own city and person, a province coordinator reads its province. */
@Component
public class RosterAccess {

    private final CityRepository cities;

    RosterAccess(CityRepository cities) {
        this.cities = cities;
    }

    public Actor requireSecretariat() {
        return Actors.requireSecretariat();
    }

    public Actor requireRoster() {
        Actor actor = Actors.currentOrSystem();
        switch (actor.role()) {
            case ADMIN, STAFF, LIAISON, PROVINCE -> {
                return actor;
            }
            default -> throw new AccessDeniedException("no roster access");
        }
    }

    public Actor requireReadCity(String code) {
        Actor actor = requireRoster();
        City city = cities.findById(code).orElseThrow(() -> CityNotFound.of(code));
        if (!actor.mayReadCity(city.code(), city.provinceCode())) {
            throw new AccessDeniedException("city outside scope");
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
        if (!actor.isSecretariat() && !Long.valueOf(personId).equals(actor.personId())) {
            throw new AccessDeniedException("not your contact details");
        }
        return actor;
    }
}
