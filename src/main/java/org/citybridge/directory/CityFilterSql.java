package org.citybridge.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citybridge.platform.LikePatterns;
import org.citybridge.shared.Actor;
import org.citybridge.shared.CityScope.SqlCondition;

/** The WHERE clause over {@code city c} for a filter, narrowed to what the actor may see. */
final class CityFilterSql {

    static final String ACTIVE = "a.start_date <= :today AND (a.end_date IS NULL OR a.end_date > :today)";

    final String where;
    final Map<String, Object> params = new LinkedHashMap<>();

    CityFilterSql(CityFilter filter, Actor actor, LocalDate today) {
        List<String> conditions = new ArrayList<>();
        params.put("today", today);
        SqlCondition scope = actor.scope().where("c.code", "c.province_code");
        conditions.add(scope.sql());
        params.putAll(scope.params());
        if (filter.province() != null && !filter.province().isBlank()) {
            add(conditions, "c.province_code = :province", "province", filter.province());
        }
        if (filter.level() != null) {
            add(conditions, "c.level = :level", "level", filter.level().name());
        }
        if (filter.membership() != null) {
            add(conditions, "c.membership = :membership", "membership", filter.membership().name());
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            add(conditions, "EXISTS (SELECT 1 FROM city_tag t WHERE t.city_code = c.code AND t.tag = :tag)", "tag",
                    filter.tag().strip());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            add(conditions, "(c.name LIKE :q OR c.code LIKE :q OR EXISTS (SELECT 1 FROM liaison_appointment a "
                    + "JOIN person p ON p.id = a.person_id WHERE a.city_code = c.code AND " + ACTIVE
                    + " AND p.name LIKE :q))", "q", LikePatterns.containing(filter.q().strip()));
        }
        if (filter.withoutLiaison()) {
            conditions.add("c.membership = 'MEMBER' AND NOT EXISTS (SELECT 1 FROM liaison_appointment a "
                    + "WHERE a.city_code = c.code AND " + ACTIVE + ")");
        }
        where = " WHERE " + String.join(" AND ", conditions);
    }

    private void add(List<String> conditions, String condition, String name, Object value) {
        conditions.add(condition);
        params.put(name, value);
    }
}
