package org.citybridge.events.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.citybridge.platform.signals.Signals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The check-ins of events and who may record them (the check-in staff granted each event), by plain SQL. A delegate is
 * checked in at most once per session (and once at the event itself): the table's unique indexes decide, so two
 * stations scanning the same badge at the same moment record it once. Every recorded check-in is announced to every
 * instance on the database ({@link Signals}, topic {@code check-in}, the event's id) when its transaction commits.
 */
@Repository
class CheckInStore {

    static final String SIGNAL = "check-in";

    /** A scanned delegate with the names of its city and province. */
    record Scanned(long id, String name, DelegateState state, String cityName, String provinceName) {
    }

    /** The check-in that counts for a delegate at a session (or at the event). */
    record Recorded(Instant at, String by, String station, String clientId) {
    }

    private final JdbcClient jdbc;
    private final Signals signals;

    CheckInStore(JdbcClient jdbc, Signals signals) {
        this.jdbc = jdbc;
        this.signals = signals;
    }

    /** The delegate of the event, its row share-locked until the transaction ends: a cancellation waits for the check-in. */
    Optional<Scanned> delegate(long eventId, long delegateId) {
        return jdbc.sql("""
                        SELECT d.id, d.name, d.state, g.city_name, g.province_name
                        FROM event_delegate d JOIN event_delegation g ON g.id = d.delegation_id
                        WHERE d.id = :id AND d.event_id = :event FOR SHARE OF d""")
                .param("id", delegateId).param("event", eventId)
                .query((rs, n) -> new Scanned(rs.getLong("id"), rs.getString("name"), DelegateState.valueOf(rs.getString("state")),
                        rs.getString("city_name"), rs.getString("province_name")))
                .optional();
    }

    boolean sessionOf(long eventId, long sessionId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM event_session WHERE id = :id AND event_id = :event)")
                .param("id", sessionId).param("event", eventId).query(Boolean.class).single();
    }

    /**
     * Records the check-in unless the delegate is already checked in at that session (or at the event), and announces
     * it; answers whether this call recorded it. Of two transactions inserting the same one, the second waits for the
     * first and records nothing once it commits.
     */
    boolean insert(long eventId, long delegateId, Long session, Instant at, String by, String station, String clientId,
                   Instant recordedAt) {
        boolean recorded = jdbc.sql("""
                        INSERT INTO event_check_in (event_id, delegate_id, session_id, checked_in_at, recorded_at, checked_in_by,
                                                    station, client_id)
                        VALUES (:event, :delegate, :session, :at, :recordedAt, :by, :station, :clientId)
                        ON CONFLICT DO NOTHING""")
                .param("event", eventId).param("delegate", delegateId).param("session", session)
                .param("at", Timestamp.from(at)).param("recordedAt", Timestamp.from(recordedAt)).param("by", by)
                .param("station", station).param("clientId", clientId)
                .update() == 1;
        if (recorded) {
            signals.send(SIGNAL, eventId);
        }
        return recorded;
    }

    Recorded recorded(long delegateId, Long session) {
        return jdbc.sql("""
                        SELECT checked_in_at, checked_in_by, station, client_id FROM event_check_in
                        WHERE delegate_id = :delegate AND %s""".formatted(atSession("session_id", session)))
                .param("delegate", delegateId).params(sessionParam(session))
                .query((rs, n) -> new Recorded(rs.getTimestamp("checked_in_at").toInstant(), rs.getString("checked_in_by"),
                        rs.getString("station"), rs.getString("client_id")))
                .single();
    }

    /** The delegates holding a place, by province, city and the order they were entered, each with its check-in time. */
    List<CheckInList.Entry> entries(long eventId, Long session, CheckInCodes codes) {
        return jdbc.sql("""
                        SELECT d.id, d.name, g.city_name, g.province_name, c.checked_in_at
                        FROM event_delegate d JOIN event_delegation g ON g.id = d.delegation_id
                             LEFT JOIN event_check_in c ON c.delegate_id = d.id AND %s
                        WHERE d.event_id = :event AND d.state = :registered
                        ORDER BY g.province_code, g.city_code, d.id""".formatted(atSession("c.session_id", session)))
                .param("event", eventId).param("registered", DelegateState.REGISTERED.name()).params(sessionParam(session))
                .query((rs, n) -> new CheckInList.Entry(rs.getLong("id"), rs.getString("name"), rs.getString("city_name"),
                        rs.getString("province_name"), codes.issue(eventId, rs.getLong("id")), instant(rs, "checked_in_at")))
                .list();
    }

    // --- check-in staff

    boolean isStaff(long eventId, String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM event_check_in_staff WHERE event_id = :event AND username = :username)")
                .param("event", eventId).param("username", lower(username)).query(Boolean.class).single();
    }

    /** The usernames granted the event, in the order they were granted. */
    List<String> staff(long eventId) {
        return jdbc.sql("SELECT username FROM event_check_in_staff WHERE event_id = :event ORDER BY granted_at, username")
                .param("event", eventId).query(String.class).list();
    }

    void grant(long eventId, String username, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO event_check_in_staff (event_id, username, granted_by, granted_at) VALUES (:event, :username, :by, :at)
                        ON CONFLICT DO NOTHING""")
                .param("event", eventId).param("username", lower(username)).param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    void revoke(long eventId, String username) {
        jdbc.sql("DELETE FROM event_check_in_staff WHERE event_id = :event AND username = :username")
                .param("event", eventId).param("username", lower(username)).update();
    }

    /** The events the username is granted, newest first. */
    List<Long> eventsOf(String username) {
        return jdbc.sql("""
                        SELECT s.event_id FROM event_check_in_staff s JOIN event e ON e.id = s.event_id
                        WHERE s.username = :username ORDER BY e.starts_on DESC, e.id DESC""")
                .param("username", lower(username)).query(Long.class).list();
    }

    /** The condition for a check-in at the session, or at the event itself (partial unique indexes: no NULL is equal). */
    private static String atSession(String column, Long session) {
        return session == null ? column + " IS NULL" : column + " = :session";
    }

    private static Map<String, Object> sessionParam(Long session) {
        return session == null ? Map.of() : Map.of("session", session);
    }

    private static String lower(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
