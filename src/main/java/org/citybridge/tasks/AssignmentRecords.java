package org.citybridge.tasks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.shared.DateRange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every assignment of the tasks assigned in a period, cancelled ones included: one read for a year's evaluation, which
 * checks who may read them.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    AssignmentRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<AssignmentRecord> assignedIn(DateRange period) {
        return jdbc.sql("""
                        SELECT a.id, a.task_id, t.title, a.city_code, t.created_at, t.due_date, a.state,
                               CASE WHEN a.state = :completed THEN
                                   (SELECT max(tr.at) FROM task_transition tr WHERE tr.assignment_id = a.id AND tr.to_state = :completed)
                               END AS completed_at
                        FROM task_assignment a JOIN task t ON t.id = a.task_id
                        WHERE t.created_at >= :from AND t.created_at < :until
                        ORDER BY a.city_code, t.created_at, a.id""")
                .param("completed", AssignmentState.COMPLETED.name())
                .param("from", Timestamp.from(period.startsAt(clock.getZone())))
                .param("until", Timestamp.from(period.endsAt(clock.getZone())))
                .query((rs, n) -> {
                    Timestamp completed = rs.getTimestamp("completed_at");
                    return new AssignmentRecord(rs.getLong("id"), rs.getLong("task_id"), rs.getString("title"),
                            rs.getString("city_code"), rs.getTimestamp("created_at").toInstant(),
                            rs.getObject("due_date", LocalDate.class), AssignmentState.valueOf(rs.getString("state")),
                            completed == null ? null : completed.toInstant());
                })
                .list();
    }
}
