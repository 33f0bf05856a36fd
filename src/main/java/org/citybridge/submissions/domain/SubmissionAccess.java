package org.citybridge.submissions.domain;

import java.util.HashMap;
import java.util.Map;

import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.CityScope.SqlCondition;
import org.citybridge.shared.CityScope;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.Role;
import org.citybridge.submissions.SubmissionStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with reports: a liaison writes and reads only its own city's reports (another city's answer
 * "not found", also by id); the secretariat reads every submitted report and reviews; a province coordinator reads
 * its province's submitted reports; an editor reads adopted reports. Drafts are the city's alone.
 */
@Component
public class SubmissionAccess {

    public Actor requireReader() {
        Actor actor = Actors.currentOrSystem();
        return switch (actor.role()) {
            case ADMIN, STAFF, LIAISON, PROVINCE, EDITOR -> actor;
            default -> throw new AccessDeniedException("no access to submissions");
        };
    }

    /** The review queue: every reader but a liaison, who has its own city's list instead. */
    public Actor requireQueueReader() {
        Actor actor = requireReader();
        if (actor.role() == Role.LIAISON) {
            throw new AccessDeniedException("the review queue is not for liaisons");
        }
        return actor;
    }

    public Actor requireLiaison() {
        Actor actor = Actors.currentOrSystem();
        if (!(actor.scope() instanceof CityScope.City)) {
            throw new AccessDeniedException("only a city's liaison writes reports");
        }
        return actor;
    }

    public Actor requireSecretariat() {
        return Actors.requireSecretariat();
    }

    /** The statistics: the secretariat, or a province coordinator for its province. */
    public Actor requireStatistics() {
        return Actors.requireFollowingCities();
    }

    /** Pictures for report bodies: a city's liaison or the secretariat. */
    public Actor requireUploader() {
        Actor actor = Actors.currentOrSystem();
        if (!actor.isSecretariat() && !(actor.scope() instanceof CityScope.City)) {
            throw new AccessDeniedException("only liaisons and the secretariat upload pictures");
        }
        return actor;
    }

    /**
     * A report within the actor's city scope, a draft only for its own city; editors, who follow no city, read the
     * adopted reports of every city.
     */
    public boolean maySee(Actor actor, String cityCode, String provinceCode, SubmissionStatus status) {
        if (actor.role() == Role.EDITOR) {
            return status == SubmissionStatus.ADOPTED;
        }
        CityScope scope = actor.scope();
        return scope.covers(cityCode, provinceCode) && (status != SubmissionStatus.DRAFT || scope instanceof CityScope.City);
    }

    /** {@link #maySee} as SQL over reports {@code s}. */
    public SqlCondition seenWhere(Actor actor) {
        if (actor.role() == Role.EDITOR) {
            return new SqlCondition("s.status = :adopted", Map.of("adopted", SubmissionStatus.ADOPTED.name()));
        }
        CityScope scope = actor.scope();
        SqlCondition cities = scope.where("s.city_code", "s.province_code");
        if (scope instanceof CityScope.City) {
            return cities;
        }
        Map<String, Object> params = new HashMap<>(cities.params());
        params.put("draft", SubmissionStatus.DRAFT.name());
        return new SqlCondition(cities.sql() + " AND s.status <> :draft", params);
    }

    public void requireSee(Actor actor, long id, String cityCode, String provinceCode, SubmissionStatus status) {
        if (!maySee(actor, cityCode, provinceCode, status)) {
            throw new NotFoundException("submission.error.unknown", id);
        }
    }

    /** Whether the actor writes the city's reports: a liaison of that city. */
    public boolean isOwnCity(Actor actor, String cityCode) {
        return actor.role() == Role.LIAISON && cityCode.equals(actor.cityCode());
    }

    /** The city's own report: a liaison of that city. */
    public void requireOwnCity(Actor actor, long id, String cityCode) {
        if (!isOwnCity(actor, cityCode)) {
            throw new AccessDeniedException("not this city's report " + id);
        }
    }
}
