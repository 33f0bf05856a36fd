package org.citybridge.events.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.citybridge.events.EventAttendanceRecord;
import org.citybridge.events.HeldEvent;
import org.citybridge.events.domain.DelegationFigures.CityAttendance;
import org.citybridge.shared.DateRange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who came to the events held in a period, per event and city, counted as the event's figures count them; the cities
 * invited but absent are the invitation circular's (asked of circulars by the caller).
 */
@Service
@Transactional(readOnly = true)
public class AttendanceRecords {

    private final JdbcClient jdbc;
    private final DelegationFigures figures;

    AttendanceRecords(JdbcClient jdbc, DelegationFigures figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    /** Events held ({@link EventStatus#HELD}) that started in the period, by date. */
    public List<HeldEvent> eventsHeldIn(DateRange period) {
        return jdbc.sql("""
                        SELECT id, title, kind, starts_on, ends_on FROM event
                        WHERE status = :held AND starts_on >= :from AND starts_on < :until ORDER BY starts_on, id""")
                .param("held", EventStatus.HELD.name()).param("from", period.from()).param("until", period.until())
                .query((rs, n) -> new HeldEvent(rs.getLong("id"), rs.getString("title"), rs.getString("kind"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)))
                .list();
    }

    /** Events held ({@link EventStatus#HELD}) that started in the period, with each city that answered them. */
    public List<EventAttendanceRecord> heldIn(DateRange period) {
        record Held(long id, String title, String kind, LocalDate startsOn, LocalDate endsOn, Long circularId) {
        }
        List<Held> events = jdbc.sql("""
                        SELECT e.id, e.title, e.kind, e.starts_on, e.ends_on, i.circular_id
                        FROM event e LEFT JOIN event_invitation i ON i.event_id = e.id
                        WHERE e.status = :held AND e.starts_on >= :from AND e.starts_on < :until ORDER BY e.starts_on, e.id""")
                .param("held", EventStatus.HELD.name()).param("from", period.from()).param("until", period.until())
                .query((rs, n) -> new Held(rs.getLong("id"), rs.getString("title"), rs.getString("kind"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        rs.getObject("circular_id", Long.class)))
                .list();
        if (events.isEmpty()) {
            return List.of();
        }
        List<Long> ids = events.stream().map(Held::id).toList();
        Map<Long, Set<String>> answered = new HashMap<>();
        jdbc.sql("SELECT event_id, city_code FROM event_delegation WHERE event_id IN (:events)").param("events", ids)
                .query((rs, n) -> answered.computeIfAbsent(rs.getLong("event_id"), k -> new TreeSet<>()).add(rs.getString("city_code")))
                .list();
        Map<Long, Map<String, CityAttendance>> present = new HashMap<>();
        for (CityAttendance a : figures.byCity(ids)) {
            present.computeIfAbsent(a.eventId(), k -> new HashMap<>()).put(a.cityCode(), a);
        }
        return events.stream().flatMap(e -> {
            Set<String> cities = new TreeSet<>(answered.getOrDefault(e.id(), Set.of()));
            Map<String, CityAttendance> came = present.getOrDefault(e.id(), Map.of());
            cities.addAll(came.keySet());
            return cities.stream().map(city -> {
                CityAttendance a = came.get(city);
                return new EventAttendanceRecord(e.id(), e.title(), e.kind(), e.startsOn(), e.endsOn(), e.circularId(), city,
                        answered.getOrDefault(e.id(), Set.of()).contains(city), a == null ? 0 : a.registered(),
                        a == null ? 0 : a.checkedIn());
            });
        }).sorted(Comparator.comparing(EventAttendanceRecord::cityCode).thenComparing(EventAttendanceRecord::startsOn)).toList();
    }
}
