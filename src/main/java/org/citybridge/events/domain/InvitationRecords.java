package org.citybridge.events.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An event's invitation circulars and the reminders sent from its board, by plain SQL. */
@Repository
class InvitationRecords {

    private final JdbcClient jdbc;

    InvitationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long eventId, long circularId, String docNumber, String title, int cities, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO event_invitation (event_id, circular_id, doc_number, title, cities, issued_by, issued_at)
                        VALUES (:event, :circular, :number, :title, :cities, :by, :at)""")
                .param("event", eventId).param("circular", circularId).param("number", docNumber).param("title", title)
                .param("cities", cities).param("by", by).param("at", Timestamp.from(at)).update();
    }

    /** The event's invitations, the first one first; empty before any. */
    List<InvitationView> all(long eventId) {
        return jdbc.sql("""
                        SELECT event_id, circular_id, doc_number, title, cities, issued_by, issued_at
                        FROM event_invitation WHERE event_id = :event ORDER BY issued_at, circular_id""")
                .param("event", eventId)
                .query((rs, n) -> new InvitationView(rs.getLong("event_id"), rs.getLong("circular_id"), rs.getString("doc_number"),
                        rs.getString("title"), rs.getInt("cities"), rs.getString("issued_by"), rs.getTimestamp("issued_at").toInstant(),
                        n > 0))
                .list();
    }

    /** Records a reminder of each city for the day, unless it had one that day; answers the cities recorded now. */
    List<String> recordReminders(long eventId, Collection<String> cityCodes, LocalDate day, String by, Instant at) {
        List<String> recorded = new ArrayList<>();
        for (String city : cityCodes) {
            int written = jdbc.sql("""
                            INSERT INTO event_invitation_reminder (event_id, city_code, day, reminded_by, reminded_at)
                            VALUES (:event, :city, :day, :by, :at) ON CONFLICT DO NOTHING""")
                    .param("event", eventId).param("city", city).param("day", day).param("by", by)
                    .param("at", Timestamp.from(at)).update();
            if (written == 1) {
                recorded.add(city);
            }
        }
        return recorded;
    }

    /** The day each city was last reminded from the board, by city code. */
    Map<String, LocalDate> lastReminded(long eventId) {
        return jdbc.sql("SELECT city_code, max(day) FROM event_invitation_reminder WHERE event_id = :event GROUP BY city_code")
                .param("event", eventId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, LocalDate.class))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
