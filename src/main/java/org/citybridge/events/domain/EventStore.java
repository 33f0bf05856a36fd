package org.citybridge.events.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.citybridge.directory.CityRef;
import org.citybridge.directory.Gender;
import org.citybridge.events.UpcomingEvent;
import org.citybridge.events.domain.EventDraft.GroupEntry;
import org.citybridge.events.domain.EventDraft.SessionEntry;
import org.citybridge.events.domain.EventDraft.VenueEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables of the events module, by plain SQL: every statement that changes an event's status or a delegate's
 * state is here, and each such change is logged with who and when in the same call.
 */
@Repository
class EventStore {

    private static final String EVENT_COLUMNS = """
            id, kind, title, host_city_code, host_city_name, starts_on, ends_on, registration_opens_at,
            registration_closes_at, capacity, city_quota, status, notes, version, created_by, created_at, updated_at""";

    /** A delegate's columns; only a waitlisted delegate has a waitlist position (a CHECK constraint), hence its rank. */
    private static final String DELEGATE_COLUMNS = """
            d.id, d.name, d.gender, d.post, d.unit, d.mobile, d.diet, d.diet_note, d.role, d.arrival_date, d.arrival_time,
            d.arrival_trip, d.arrival_station, d.departure_date, d.departure_time, d.departure_trip, d.departure_station,
            d.lodging, d.visit_group_id, d.state,
            CASE WHEN d.waitlist_position IS NOT NULL THEN (SELECT count(*) FROM event_delegate w WHERE w.event_id = d.event_id
                 AND w.waitlist_position <= d.waitlist_position) END AS waitlist_rank,
            ARRAY(SELECT s.session_id FROM event_delegate_session s WHERE s.delegate_id = d.id ORDER BY s.session_id) AS session_ids""";

    /** An event's own row, without its agenda. */
    record EventRow(long id, EventKind kind, String title, String hostCityCode, String hostCityName, LocalDate startsOn,
                    LocalDate endsOn, Instant registrationOpensAt, Instant registrationClosesAt, int capacity,
                    Integer cityQuota, EventStatus status, String notes, int version, String createdBy, Instant createdAt,
                    Instant updatedAt) {
    }

    record DelegationRow(long id, long eventId, String cityCode, String cityName, String provinceCode, String provinceName,
                         DelegationAnswer answer, String updatedBy, Instant updatedAt) {
    }

    /** A delegate waiting for a place, with the city to tell when one frees. */
    record Waiting(long id, String name, String cityCode, String cityName) {
    }

    private final JdbcClient jdbc;

    EventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- events

    long insertEvent(EventDraft draft, String hostCityName, String by, Instant at) {
        return jdbc.sql("""
                        INSERT INTO event (kind, title, host_city_code, host_city_name, starts_on, ends_on, registration_opens_at,
                                           registration_closes_at, capacity, city_quota, notes, created_by, created_at, updated_at)
                        VALUES (:kind, :title, :host, :hostName, :starts, :ends, :opens, :closes, :capacity, :quota, :notes,
                                :by, :at, :at) RETURNING id""")
                .params(eventParams(draft, hostCityName)).param("by", by).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    /** Answers false when the event changed since {@code version} was read (nothing is written then). */
    boolean updateEvent(long id, int version, EventDraft draft, String hostCityName, Instant at) {
        return jdbc.sql("""
                        UPDATE event SET kind = :kind, title = :title, host_city_code = :host, host_city_name = :hostName,
                               starts_on = :starts, ends_on = :ends, registration_opens_at = :opens,
                               registration_closes_at = :closes, capacity = :capacity, city_quota = :quota, notes = :notes,
                               version = version + 1, updated_at = :at
                        WHERE id = :id AND version = :version""")
                .params(eventParams(draft, hostCityName)).param("at", Timestamp.from(at)).param("id", id)
                .param("version", version).update() == 1;
    }

    private static Map<String, Object> eventParams(EventDraft draft, String hostCityName) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("kind", draft.kind().name());
        params.put("title", draft.title().strip());
        params.put("host", draft.hostCityCode());
        params.put("hostName", hostCityName);
        params.put("starts", draft.startsOn());
        params.put("ends", draft.endsOn());
        params.put("opens", timestamp(draft.registrationOpensAt()));
        params.put("closes", timestamp(draft.registrationClosesAt()));
        params.put("capacity", draft.capacity());
        params.put("quota", draft.cityQuota());
        params.put("notes", draft.notes());
        return params;
    }

    void changeStatus(long eventId, EventStatus from, EventStatus to, String actor, Instant at) {
        jdbc.sql("UPDATE event SET status = :to, updated_at = :at WHERE id = :id")
                .param("to", to.name()).param("at", Timestamp.from(at)).param("id", eventId).update();
        jdbc.sql("INSERT INTO event_status_change (event_id, from_status, to_status, actor, at) VALUES (:id, :from, :to, :actor, :at)")
                .param("id", eventId).param("from", from.name()).param("to", to.name()).param("actor", actor)
                .param("at", Timestamp.from(at)).update();
    }

    /** The event's row, locked until the transaction ends: every change of places counts under this lock. */
    Optional<EventRow> lockEvent(long id) {
        return jdbc.sql("SELECT " + EVENT_COLUMNS + " FROM event WHERE id = :id FOR UPDATE").param("id", id)
                .query(EventStore::event).optional();
    }

    Optional<EventRow> event(long id) {
        return jdbc.sql("SELECT " + EVENT_COLUMNS + " FROM event WHERE id = :id").param("id", id)
                .query(EventStore::event).optional();
    }

    /** The event with its agenda, groups and the places taken. */
    EventView view(EventRow e) {
        return new EventView(e.id(), e.kind(), e.title(), e.hostCityCode(), e.hostCityName(), e.startsOn(), e.endsOn(),
                e.registrationOpensAt(), e.registrationClosesAt(), e.capacity(), e.cityQuota(), e.status(), e.notes(),
                e.version(), e.createdBy(), e.createdAt(), e.updatedAt(), registeredCount(e.id()),
                stateCount(e.id(), DelegateState.WAITLISTED), venues(e.id()), sessions(e.id()), groups(e.id()));
    }

    /** Events open or closed for registration, not over by today, with the city's answer and delegates; soonest first. */
    List<UpcomingEvent> upcomingFor(String cityCode, LocalDate today) {
        return jdbc.sql("""
                        SELECT e.id, e.title, e.starts_on, e.ends_on, e.registration_closes_at, e.status, g.answer,
                               (SELECT count(*) FROM event_delegate d WHERE d.delegation_id = g.id
                                   AND d.state IN (:registered, :waitlisted)) AS delegates
                        FROM event e LEFT JOIN event_delegation g ON g.event_id = e.id AND g.city_code = :city
                        WHERE e.status IN (:open, :closed) AND e.ends_on >= :today ORDER BY e.starts_on, e.id LIMIT 20""")
                .param("city", cityCode).param("today", today).param("open", EventStatus.OPEN.name())
                .param("closed", EventStatus.CLOSED.name()).param("registered", DelegateState.REGISTERED.name())
                .param("waitlisted", DelegateState.WAITLISTED.name())
                .query((rs, n) -> new UpcomingEvent(rs.getLong("id"), rs.getString("title"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), instant(rs, "registration_closes_at"),
                        EventStatus.OPEN.name().equals(rs.getString("status")), rs.getString("answer"), rs.getInt("delegates")))
                .list();
    }

    /** Events newest first with the places taken; drafts only when asked for. */
    List<EventSummary> events(boolean withDrafts) {
        return jdbc.sql("""
                        SELECT e.id, e.kind, e.title, e.host_city_name, e.starts_on, e.ends_on, e.registration_closes_at, e.status,
                               e.capacity,
                               (SELECT count(*) FROM event_delegate d WHERE d.event_id = e.id AND d.state = :registered) AS registered,
                               (SELECT count(*) FROM event_delegate d WHERE d.event_id = e.id AND d.state = :waitlisted) AS waitlisted
                        FROM event e WHERE (:drafts OR e.status <> :draft) ORDER BY e.starts_on DESC, e.id DESC""")
                .param("drafts", withDrafts).param("draft", EventStatus.DRAFT.name())
                .param("registered", DelegateState.REGISTERED.name()).param("waitlisted", DelegateState.WAITLISTED.name())
                .query((rs, n) -> new EventSummary(rs.getLong("id"), EventKind.valueOf(rs.getString("kind")), rs.getString("title"),
                        rs.getString("host_city_name"), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        instant(rs, "registration_closes_at"), EventStatus.valueOf(rs.getString("status")), rs.getInt("capacity"),
                        rs.getInt("registered"), rs.getInt("waitlisted")))
                .list();
    }

    // --- venues, agenda, groups

    void replaceVenues(long eventId, List<VenueEntry> venues) {
        jdbc.sql("DELETE FROM event_venue WHERE event_id = :id").param("id", eventId).update();
        int position = 0;
        for (VenueEntry venue : venues) {
            jdbc.sql("INSERT INTO event_venue (event_id, position, name, address) VALUES (:event, :position, :name, :address)")
                    .param("event", eventId).param("position", position++).param("name", venue.name().strip())
                    .param("address", strip(venue.address())).update();
        }
    }

    void insertSession(long eventId, SessionEntry session) {
        jdbc.sql("""
                        INSERT INTO event_session (event_id, day, starts_at, ends_at, title, kind, place, speakers, optional, capacity)
                        VALUES (:event, :day, :starts, :ends, :title, :kind, :place, :speakers, :optional, :capacity)""")
                .params(sessionParams(session)).param("event", eventId).update();
    }

    void updateSession(long eventId, SessionEntry session) {
        jdbc.sql("""
                        UPDATE event_session SET day = :day, starts_at = :starts, ends_at = :ends, title = :title, kind = :kind,
                               place = :place, speakers = :speakers, optional = :optional, capacity = :capacity
                        WHERE id = :id AND event_id = :event""")
                .params(sessionParams(session)).param("id", session.id()).param("event", eventId).update();
    }

    private static Map<String, Object> sessionParams(SessionEntry session) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("day", session.day());
        params.put("starts", session.startsAt());
        params.put("ends", session.endsAt());
        params.put("title", session.title().strip());
        params.put("kind", session.kind().name());
        params.put("place", strip(session.place()));
        params.put("speakers", strip(session.speakers()));
        params.put("optional", session.optional());
        params.put("capacity", session.optional() ? session.capacity() : null);
        return params;
    }

    /** Removes sessions no active delegate chose (the choices of cancelled delegates go with them). */
    void deleteSessions(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("DELETE FROM event_delegate_session WHERE session_id IN (:ids)").param("ids", ids).update();
            jdbc.sql("DELETE FROM event_session WHERE id IN (:ids)").param("ids", ids).update();
        }
    }

    void insertGroup(long eventId, int position, GroupEntry group) {
        jdbc.sql("INSERT INTO event_visit_group (event_id, position, name, bus, capacity) VALUES (:event, :position, :name, :bus, :capacity)")
                .param("event", eventId).param("position", position).param("name", group.name().strip())
                .param("bus", strip(group.bus())).param("capacity", group.capacity()).update();
    }

    void updateGroup(long eventId, int position, GroupEntry group) {
        jdbc.sql("UPDATE event_visit_group SET position = :position, name = :name, bus = :bus, capacity = :capacity WHERE id = :id AND event_id = :event")
                .param("position", position).param("name", group.name().strip()).param("bus", strip(group.bus()))
                .param("capacity", group.capacity()).param("id", group.id()).param("event", eventId).update();
    }

    /** Removes groups no active delegate is in (cancelled delegates leave them). */
    void deleteGroups(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE event_delegate SET visit_group_id = NULL WHERE visit_group_id IN (:ids)").param("ids", ids).update();
            jdbc.sql("DELETE FROM event_visit_group WHERE id IN (:ids)").param("ids", ids).update();
        }
    }

    List<VenueView> venues(long eventId) {
        return jdbc.sql("SELECT id, name, address FROM event_venue WHERE event_id = :id ORDER BY position, id")
                .param("id", eventId).query(VenueView.class).list();
    }

    /** The agenda by day and time, each session with the active delegates who chose it. */
    List<SessionView> sessions(long eventId) {
        return jdbc.sql("""
                        SELECT s.id, s.day, s.starts_at, s.ends_at, s.title, s.kind, s.place, s.speakers, s.optional, s.capacity,
                               (SELECT count(*) FROM event_delegate_session c JOIN event_delegate d ON d.id = c.delegate_id
                                WHERE c.session_id = s.id AND d.state <> :cancelled) AS taken
                        FROM event_session s WHERE s.event_id = :id ORDER BY s.day, s.starts_at, s.id""")
                .param("id", eventId).param("cancelled", DelegateState.CANCELLED.name())
                .query((rs, n) -> new SessionView(rs.getLong("id"), rs.getObject("day", LocalDate.class),
                        rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class),
                        rs.getString("title"), SessionKind.valueOf(rs.getString("kind")), rs.getString("place"),
                        rs.getString("speakers"), rs.getBoolean("optional"), integer(rs, "capacity"), rs.getInt("taken")))
                .list();
    }

    List<VisitGroupView> groups(long eventId) {
        return jdbc.sql("""
                        SELECT g.id, g.name, g.bus, g.capacity,
                               (SELECT count(*) FROM event_delegate d WHERE d.visit_group_id = g.id AND d.state <> :cancelled) AS taken
                        FROM event_visit_group g WHERE g.event_id = :id ORDER BY g.position, g.id""")
                .param("id", eventId).param("cancelled", DelegateState.CANCELLED.name())
                .query(VisitGroupView.class).list();
    }

    /** Active delegates of other cities in each session and group: what is left for a city's delegation to take. */
    Map<Long, Integer> sessionsTakenByOthers(long eventId, long delegationId) {
        return counts(jdbc.sql("""
                        SELECT c.session_id, count(*) FROM event_delegate_session c JOIN event_delegate d ON d.id = c.delegate_id
                        WHERE d.event_id = :event AND d.delegation_id <> :delegation AND d.state <> :cancelled GROUP BY c.session_id""")
                .param("event", eventId).param("delegation", delegationId).param("cancelled", DelegateState.CANCELLED.name()));
    }

    Map<Long, Integer> groupsTakenByOthers(long eventId, long delegationId) {
        return counts(jdbc.sql("""
                        SELECT d.visit_group_id, count(*) FROM event_delegate d
                        WHERE d.event_id = :event AND d.delegation_id <> :delegation AND d.state <> :cancelled
                          AND d.visit_group_id IS NOT NULL GROUP BY d.visit_group_id""")
                .param("event", eventId).param("delegation", delegationId).param("cancelled", DelegateState.CANCELLED.name()));
    }

    private static Map<Long, Integer> counts(JdbcClient.StatementSpec statement) {
        return statement.query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    // --- delegations and delegates

    /** Writes the city's answer (its names taken on the first one) and answers the delegation's id. */
    long saveDelegation(long eventId, CityRef city, DelegationAnswer answer, String actor, Instant at) {
        return jdbc.sql("""
                        INSERT INTO event_delegation (event_id, city_code, city_name, province_code, province_name, answer, updated_by, updated_at)
                        VALUES (:event, :code, :name, :province, :provinceName, :answer, :actor, :at)
                        ON CONFLICT (event_id, city_code) DO UPDATE SET answer = EXCLUDED.answer, updated_by = EXCLUDED.updated_by,
                                                                       updated_at = EXCLUDED.updated_at
                        RETURNING id""")
                .param("event", eventId).param("code", city.code()).param("name", city.name())
                .param("province", city.provinceCode()).param("provinceName", city.provinceName())
                .param("answer", answer.name()).param("actor", actor).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    void touchDelegation(long delegationId, String actor, Instant at) {
        jdbc.sql("UPDATE event_delegation SET updated_by = :actor, updated_at = :at WHERE id = :id")
                .param("actor", actor).param("at", Timestamp.from(at)).param("id", delegationId).update();
    }

    Optional<DelegationRow> delegation(long eventId, String cityCode) {
        return jdbc.sql("""
                        SELECT id, event_id, city_code, city_name, province_code, province_name, answer, updated_by, updated_at
                        FROM event_delegation WHERE event_id = :event AND city_code = :code""")
                .param("event", eventId).param("code", cityCode).query(EventStore::delegation).optional();
    }

    /** The city's delegation with all its delegates; without an answer yet, an empty one with the city's names. */
    DelegationView delegationView(long eventId, CityRef city) {
        return delegation(eventId, city.code())
                .map(d -> new DelegationView(eventId, d.cityCode(), d.cityName(), d.provinceCode(), d.provinceName(),
                        d.answer(), d.updatedBy(), d.updatedAt(), delegates(d.id())))
                .orElseGet(() -> new DelegationView(eventId, city.code(), city.name(), city.provinceCode(), city.provinceName(),
                        null, null, null, List.of()));
    }

    /** The delegations of an event whose city the SQL condition admits (see {@code CityScope#where}), by city code. */
    List<DelegationRow> delegations(long eventId, String cityCondition, Map<String, Object> params) {
        return jdbc.sql("""
                        SELECT id, event_id, city_code, city_name, province_code, province_name, answer, updated_by, updated_at
                        FROM event_delegation WHERE event_id = :event AND (%s) ORDER BY city_code""".formatted(cityCondition))
                .param("event", eventId).params(params).query(EventStore::delegation).list();
    }

    /** A new delegate in the given state; a waitlisted one goes to the end of the event's waitlist. */
    long insertDelegate(long eventId, long delegationId, DelegateEntry entry, DelegateState state, String actor, Instant at) {
        long id = jdbc.sql("""
                        INSERT INTO event_delegate (event_id, delegation_id, name, gender, post, unit, mobile, diet, diet_note, role,
                                                    arrival_date, arrival_time, arrival_trip, arrival_station, departure_date,
                                                    departure_time, departure_trip, departure_station, lodging, visit_group_id,
                                                    state, waitlist_position, registered_at, updated_at)
                        VALUES (:event, :delegation, :name, :gender, :post, :unit, :mobile, :diet, :dietNote, :role,
                                :arrivalDate, :arrivalTime, :arrivalTrip, :arrivalStation, :departureDate, :departureTime,
                                :departureTrip, :departureStation, :lodging, :group, :state,
                                CASE WHEN :waitlisted THEN nextval('event_waitlist_seq') END, :at, :at)
                        RETURNING id""")
                .params(delegateParams(entry)).param("event", eventId).param("delegation", delegationId)
                .param("state", state.name()).param("waitlisted", state == DelegateState.WAITLISTED).param("at", Timestamp.from(at))
                .query(Long.class).single();
        logDelegate(id, null, state, actor, at);
        replaceDelegateSessions(id, entry.sessionIds());
        return id;
    }

    /** A delegate's details, amended; the state and the place in the waitlist stay. */
    void updateDelegate(long id, DelegateEntry entry, Instant at) {
        jdbc.sql("""
                        UPDATE event_delegate SET name = :name, gender = :gender, post = :post, unit = :unit, mobile = :mobile,
                               diet = :diet, diet_note = :dietNote, role = :role, arrival_date = :arrivalDate,
                               arrival_time = :arrivalTime, arrival_trip = :arrivalTrip, arrival_station = :arrivalStation,
                               departure_date = :departureDate, departure_time = :departureTime, departure_trip = :departureTrip,
                               departure_station = :departureStation, lodging = :lodging, visit_group_id = :group, updated_at = :at
                        WHERE id = :id""")
                .params(delegateParams(entry)).param("at", Timestamp.from(at)).param("id", id).update();
        replaceDelegateSessions(id, entry.sessionIds());
    }

    private static Map<String, Object> delegateParams(DelegateEntry entry) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("name", entry.name());
        params.put("gender", entry.gender().name());
        params.put("post", entry.post());
        params.put("unit", entry.unit());
        params.put("mobile", entry.mobile());
        params.put("diet", entry.diet().name());
        params.put("dietNote", entry.dietNote());
        params.put("role", entry.role().name());
        params.put("arrivalDate", entry.arrivalDate());
        params.put("arrivalTime", entry.arrivalTime());
        params.put("arrivalTrip", entry.arrivalTrip());
        params.put("arrivalStation", entry.arrivalStation());
        params.put("departureDate", entry.departureDate());
        params.put("departureTime", entry.departureTime());
        params.put("departureTrip", entry.departureTrip());
        params.put("departureStation", entry.departureStation());
        params.put("lodging", entry.lodging().name());
        params.put("group", entry.visitGroupId());
        return params;
    }

    private void replaceDelegateSessions(long delegateId, List<Long> sessionIds) {
        jdbc.sql("DELETE FROM event_delegate_session WHERE delegate_id = :id").param("id", delegateId).update();
        for (Long session : sessionIds) {
            jdbc.sql("INSERT INTO event_delegate_session (delegate_id, session_id) VALUES (:delegate, :session)")
                    .param("delegate", delegateId).param("session", session).update();
        }
    }

    /** Moves a delegate to another state (cancelled or promoted); only a waitlisted delegate keeps a waitlist place. */
    void changeDelegateState(long id, DelegateState from, DelegateState to, String actor, Instant at) {
        jdbc.sql("""
                        UPDATE event_delegate SET state = :to, updated_at = :at,
                               waitlist_position = CASE WHEN :waitlisted THEN waitlist_position END
                        WHERE id = :id AND state = :from""")
                .param("to", to.name()).param("waitlisted", to == DelegateState.WAITLISTED).param("from", from.name())
                .param("at", Timestamp.from(at)).param("id", id).update();
        logDelegate(id, from, to, actor, at);
    }

    private void logDelegate(long id, DelegateState from, DelegateState to, String actor, Instant at) {
        jdbc.sql("INSERT INTO event_delegate_change (delegate_id, from_state, to_state, actor, at) VALUES (:id, :from, :to, :actor, :at)")
                .param("id", id).param("from", from == null ? null : from.name()).param("to", to.name())
                .param("actor", actor).param("at", Timestamp.from(at)).update();
    }

    int registeredCount(long eventId) {
        return stateCount(eventId, DelegateState.REGISTERED);
    }

    int stateCount(long eventId, DelegateState state) {
        return jdbc.sql("SELECT count(*) FROM event_delegate WHERE event_id = :event AND state = :state")
                .param("event", eventId).param("state", state.name()).query(Integer.class).single();
    }

    /** The most active delegates any one city has: the lowest quota the event may still be given. */
    int largestDelegation(long eventId) {
        return jdbc.sql("""
                        SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM event_delegate
                        WHERE event_id = :event AND state <> :cancelled GROUP BY delegation_id) AS sizes""")
                .param("event", eventId).param("cancelled", DelegateState.CANCELLED.name()).query(Integer.class).single();
    }

    /** The event's waitlist, first in line first. */
    List<Waiting> waitlist(long eventId) {
        return jdbc.sql("""
                        SELECT d.id, d.name, g.city_code, g.city_name FROM event_delegate d JOIN event_delegation g ON g.id = d.delegation_id
                        WHERE d.event_id = :event AND d.state = :waitlisted ORDER BY d.waitlist_position""")
                .param("event", eventId).param("waitlisted", DelegateState.WAITLISTED.name())
                .query(Waiting.class).list();
    }

    /** A delegation's delegates in the order they were entered, cancelled ones included. */
    List<DelegateView> delegates(long delegationId) {
        return jdbc.sql("SELECT " + DELEGATE_COLUMNS + " FROM event_delegate d WHERE d.delegation_id = :id ORDER BY d.id")
                .param("id", delegationId).query(EventStore::delegate).list();
    }

    /** The delegates of many delegations at once, by delegation id. */
    Map<Long, List<DelegateView>> delegatesOf(Collection<Long> delegationIds) {
        if (delegationIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<DelegateView>> byDelegation = new LinkedHashMap<>();
        jdbc.sql("SELECT d.delegation_id, " + DELEGATE_COLUMNS + " FROM event_delegate d WHERE d.delegation_id IN (:ids) ORDER BY d.id")
                .param("ids", delegationIds)
                .query((rs, n) -> Map.entry(rs.getLong("delegation_id"), delegate(rs, n))).list()
                .forEach(e -> byDelegation.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byDelegation;
    }

    /** The given delegates, whatever their delegation, in the order they were entered. */
    List<DelegateView> delegatesByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + DELEGATE_COLUMNS + " FROM event_delegate d WHERE d.id IN (:ids) ORDER BY d.id")
                .param("ids", ids).query(EventStore::delegate).list();
    }

    private static EventRow event(ResultSet rs, int row) throws SQLException {
        return new EventRow(rs.getLong("id"), EventKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("host_city_code"), rs.getString("host_city_name"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), instant(rs, "registration_opens_at"),
                instant(rs, "registration_closes_at"), rs.getInt("capacity"), integer(rs, "city_quota"),
                EventStatus.valueOf(rs.getString("status")), rs.getString("notes"), rs.getInt("version"),
                rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static DelegationRow delegation(ResultSet rs, int row) throws SQLException {
        return new DelegationRow(rs.getLong("id"), rs.getLong("event_id"), rs.getString("city_code"), rs.getString("city_name"),
                rs.getString("province_code"), rs.getString("province_name"), DelegationAnswer.valueOf(rs.getString("answer")),
                rs.getString("updated_by"), instant(rs, "updated_at"));
    }

    private static DelegateView delegate(ResultSet rs, int row) throws SQLException {
        Long[] sessions = (Long[]) rs.getArray("session_ids").getArray();
        long rank = rs.getLong("waitlist_rank");
        boolean waiting = !rs.wasNull();
        long group = rs.getLong("visit_group_id");
        boolean noGroup = rs.wasNull();
        return new DelegateView(rs.getLong("id"), rs.getString("name"), Gender.valueOf(rs.getString("gender")),
                rs.getString("post"), rs.getString("unit"), rs.getString("mobile"), Diet.valueOf(rs.getString("diet")),
                rs.getString("diet_note"), DelegateRole.valueOf(rs.getString("role")),
                rs.getObject("arrival_date", LocalDate.class), rs.getObject("arrival_time", LocalTime.class),
                rs.getString("arrival_trip"), rs.getString("arrival_station"), rs.getObject("departure_date", LocalDate.class),
                rs.getObject("departure_time", LocalTime.class), rs.getString("departure_trip"),
                rs.getString("departure_station"), Lodging.valueOf(rs.getString("lodging")), noGroup ? null : group,
                List.of(sessions), DelegateState.valueOf(rs.getString("state")), waiting ? (int) rank : null, null);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
