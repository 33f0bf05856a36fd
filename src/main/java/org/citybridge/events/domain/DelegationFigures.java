package org.citybridge.events.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.citybridge.events.domain.EventFigures.ProvinceFigures;
import org.citybridge.shared.CityScope.SqlCondition;
import org.citybridge.shared.CityScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts of an event's delegations and delegates within a scope, for the board and the figures; reads only. */
@Repository
class DelegationFigures {

    /**
     * The delegates who count as coming: those holding a place ({@code :registered}) and those checked in at the event
     * whatever became of their place since; {@code d} the delegate, {@code g} its delegation, {@code c} its check-in.
     */
    private static final String PRESENT = """
            FROM event_delegate d JOIN event_delegation g ON g.id = d.delegation_id
                 LEFT JOIN event_check_in c ON c.delegate_id = d.id AND c.session_id IS NULL
            WHERE (d.state = :registered OR c.id IS NOT NULL)""";

    private final JdbcClient jdbc;

    DelegationFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each answered city in scope (optionally of one province) with its registered and waitlisted delegates. */
    List<BoardRow> answers(long eventId, CityScope scope, String province) {
        SqlCondition inScope = scope.where("g.city_code", "g.province_code");
        return jdbc.sql("""
                        SELECT g.city_code, g.city_name, g.province_code, g.province_name, g.answer, g.updated_at,
                               count(d.id) FILTER (WHERE d.state = :registered) AS registered,
                               count(d.id) FILTER (WHERE d.state = :waitlisted) AS waitlisted
                        FROM event_delegation g LEFT JOIN event_delegate d ON d.delegation_id = g.id
                        WHERE g.event_id = :event AND (%s) %s
                        GROUP BY g.id ORDER BY g.city_code""".formatted(inScope.sql(), province == null ? "" : "AND g.province_code = :province"))
                .param("event", eventId).params(inScope.params()).params(province == null ? Map.of() : Map.of("province", province))
                .param("registered", DelegateState.REGISTERED.name()).param("waitlisted", DelegateState.WAITLISTED.name())
                .query((rs, n) -> new BoardRow(rs.getString("city_code"), rs.getString("city_name"), rs.getString("province_code"),
                        rs.getString("province_name"), DelegationAnswer.valueOf(rs.getString("answer")), rs.getInt("registered"),
                        rs.getInt("waitlisted"), rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    /**
     * Delegates holding a place and their cities, and those checked in at the event (whatever became of their place
     * since) and their cities, by province, within the scope.
     */
    EventFigures figures(long eventId, CityScope scope) {
        SqlCondition inScope = scope.where("g.city_code", "g.province_code");
        List<ProvinceFigures> byProvince = jdbc.sql("""
                        SELECT g.province_code, g.province_name,
                               count(*) FILTER (WHERE d.state = :registered) AS registered,
                               count(DISTINCT g.city_code) FILTER (WHERE d.state = :registered) AS cities,
                               count(c.id) AS checked_in,
                               count(DISTINCT g.city_code) FILTER (WHERE c.id IS NOT NULL) AS checked_in_cities
                        %s AND d.event_id = :event AND (%s)
                        GROUP BY g.province_code, g.province_name ORDER BY g.province_code""".formatted(PRESENT, inScope.sql()))
                .param("event", eventId).param("registered", DelegateState.REGISTERED.name()).params(inScope.params())
                .query((rs, n) -> new ProvinceFigures(rs.getString("province_code"), rs.getString("province_name"),
                        rs.getLong("registered"), rs.getLong("cities"), rs.getLong("checked_in"), rs.getLong("checked_in_cities")))
                .list();
        return new EventFigures(byProvince.stream().mapToLong(ProvinceFigures::registered).sum(),
                byProvince.stream().mapToLong(ProvinceFigures::registeredCities).sum(),
                byProvince.stream().mapToLong(ProvinceFigures::checkedIn).sum(),
                byProvince.stream().mapToLong(ProvinceFigures::checkedInCities).sum(), byProvince);
    }

    /** The delegates holding a place and those checked in, per event and city, of the given events; cities without any left out. */
    List<CityAttendance> byCity(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT d.event_id, g.city_code, count(*) FILTER (WHERE d.state = :registered) AS registered,
                               count(c.id) AS checked_in
                        %s AND d.event_id IN (:events)
                        GROUP BY d.event_id, g.city_code""".formatted(PRESENT))
                .param("events", eventIds).param("registered", DelegateState.REGISTERED.name())
                .query((rs, n) -> new CityAttendance(rs.getLong("event_id"), rs.getString("city_code"),
                        rs.getLong("registered"), rs.getLong("checked_in")))
                .list();
    }

    record CityAttendance(long eventId, String cityCode, long registered, long checkedIn) {
    }
}
