package org.citybridge.evaluation.domain;

import org.citybridge.evaluation.EvaluationYearView;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.CityScope;
import org.citybridge.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reads and writes a year's evaluation: the secretariat everything; a province coordinator reads its province's
 * cities (drafts too) and writes their opinions; a liaison reads its own city once the year is visible to the cities.
 * Anything else is unknown to the caller (404), never refused with a hint that it exists.
 */
@Component
class EvaluationAccess {

    static final String UNKNOWN_YEAR = "evaluation.error.unknownYear";
    static final String UNKNOWN_CITY = "evaluation.error.unknownCity";

    Actor requireSecretariat() {
        return Actors.requireSecretariat();
    }

    /** The caller, if it reads evaluations at all: everyone with cities in scope, not editors or check-in staff. */
    Actor requireAnyReader() {
        Actor actor = Actors.currentOrSystem();
        if (actor.scope() instanceof CityScope.None) {
            throw new AccessDeniedException("no evaluation access");
        }
        return actor;
    }

    /** The caller, if it may read the year at all. */
    Actor requireReader(EvaluationYearView year) {
        Actor actor = requireAnyReader();
        if (!mayRead(actor, year)) {
            throw new NotFoundException(UNKNOWN_YEAR, String.valueOf(year.year()));
        }
        return actor;
    }

    boolean mayRead(Actor actor, EvaluationYearView year) {
        CityScope scope = actor.scope();
        return scope.spansCities() || scope instanceof CityScope.City && year.status().visibleToCities();
    }

    void requireCovers(Actor actor, String cityCode, String provinceCode) {
        if (!actor.scope().covers(cityCode, provinceCode)) {
            throw new NotFoundException(UNKNOWN_CITY, cityCode);
        }
    }
}
