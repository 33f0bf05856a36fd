package org.citybridge.tasks.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citybridge.directory.CityRef;
import org.citybridge.shared.CityScope;
import org.citybridge.tasks.AssignmentState;
import org.citybridge.tasks.AssignmentView;
import org.citybridge.tasks.TaskAction;
import org.citybridge.tasks.TaskPriority;
import org.citybridge.tasks.TransitionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of the tasks module, by plain SQL. */
@Repository
class TaskStore {

    static final String AWAITS_CITY = "a.state IN ('ASSIGNED', 'ACCEPTED', 'IN_PROGRESS')";
    static final String OPEN = "a.state NOT IN ('COMPLETED', 'CANCELLED')";

    static final String ASSIGNMENT_COLUMNS = """
            a.id, a.task_id, t.title, t.priority, t.due_date, a.city_code, a.city_name, a.province_code, a.province_name,
            a.state, a.responsible_person_id, a.responsible_person_name, a.result, a.updated_at,
            (%s AND t.due_date < :today) AS overdue
            FROM task_assignment a JOIN task t ON t.id = a.task_id
            """.formatted(AWAITS_CITY);

    record TaskRow(long id, String title, String description, TaskPriority priority, LocalDate dueDate, String createdBy,
                   Instant createdAt) {
    }

    private final JdbcClient jdbc;

    TaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertTask(String title, String description, TaskPriority priority, LocalDate dueDate, String by, Instant at) {
        return jdbc.sql("""
                        INSERT INTO task (title, description, priority, due_date, created_by, created_at)
                        VALUES (:title, :description, :priority, :due, :by, :at) RETURNING id""")
                .param("title", title).param("description", description).param("priority", priority.name())
                .param("due", dueDate).param("by", by).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    /** Links a waiting draft to the task it became; false when there is no such draft waiting. */
    boolean takeDraft(long draftId, long taskId) {
        return jdbc.sql("UPDATE task_draft SET task_id = :task WHERE id = :id AND task_id IS NULL")
                .param("task", taskId).param("id", draftId).update() == 1;
    }

    void insertAttachment(long taskId, UUID fileId, int position) {
        jdbc.sql("INSERT INTO task_attachment (task_id, file_id, position) VALUES (:task, :file, :position)")
                .param("task", taskId).param("file", fileId).param("position", position).update();
    }

    long insertAssignment(long taskId, CityRef city, Long personId, String personName, Instant at) {
        return jdbc.sql("""
                        INSERT INTO task_assignment (task_id, city_code, city_name, province_code, province_name, state,
                                                     responsible_person_id, responsible_person_name, updated_at)
                        VALUES (:task, :code, :name, :province, :provinceName, 'ASSIGNED', :person, :personName, :at)
                        RETURNING id""")
                .param("task", taskId).param("code", city.code()).param("name", city.name())
                .param("province", city.provinceCode()).param("provinceName", city.provinceName())
                .param("person", personId).param("personName", personName).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    void insertTransition(long assignmentId, TaskAction action, AssignmentState from, AssignmentState to, String note,
                          String actor, Instant at) {
        jdbc.sql("""
                        INSERT INTO task_transition (assignment_id, action, from_state, to_state, note, actor, at)
                        VALUES (:assignment, :action, :from, :to, :note, :actor, :at)""")
                .param("assignment", assignmentId).param("action", action.name())
                .param("from", from == null ? null : from.name()).param("to", to.name()).param("note", note)
                .param("actor", actor).param("at", Timestamp.from(at))
                .update();
    }

    void insertEvidence(long assignmentId, UUID fileId, Instant at) {
        jdbc.sql("INSERT INTO task_evidence (assignment_id, file_id, added_at) VALUES (:assignment, :file, :at)")
                .param("assignment", assignmentId).param("file", fileId).param("at", Timestamp.from(at)).update();
    }

    void changeState(long assignmentId, AssignmentState to, String result, Instant at) {
        jdbc.sql("UPDATE task_assignment SET state = :to, result = COALESCE(:result, result), updated_at = :at WHERE id = :id")
                .param("to", to.name()).param("result", result).param("at", Timestamp.from(at)).param("id", assignmentId)
                .update();
    }

    /** The city's open assignments a person is responsible for, locked for the move to a successor. */
    List<AssignmentView> openAssignmentsHeldBy(String cityCode, long personId, LocalDate today) {
        List<Long> ids = jdbc.sql("SELECT a.id FROM task_assignment a WHERE a.city_code = :code AND a.responsible_person_id = :person AND "
                        + OPEN + " ORDER BY a.id FOR UPDATE")
                .param("code", cityCode).param("person", personId).query(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + ASSIGNMENT_COLUMNS + " WHERE a.id IN (:ids) ORDER BY a.id")
                .param("ids", ids).param("today", today).query(TaskStore::assignment).list();
    }

    void changeResponsible(long assignmentId, long personId, String personName, Instant at) {
        jdbc.sql("UPDATE task_assignment SET responsible_person_id = :person, responsible_person_name = :name, updated_at = :at WHERE id = :id")
                .param("person", personId).param("name", personName).param("at", Timestamp.from(at)).param("id", assignmentId)
                .update();
    }

    /** When the action was last logged on the assignment, if ever. */
    Optional<Instant> lastLogged(long assignmentId, TaskAction action) {
        return jdbc.sql("SELECT max(at) FROM task_transition WHERE assignment_id = :id AND action = :action")
                .param("id", assignmentId).param("action", action.name())
                .query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).optional();
    }

    /** Locks the task's row so that two changes of its due date cannot cross. */
    void lockTask(long taskId) {
        jdbc.sql("SELECT id FROM task WHERE id = :id FOR UPDATE").param("id", taskId).query(Long.class).optional();
    }

    void changeDueDate(long taskId, LocalDate due) {
        jdbc.sql("UPDATE task SET due_date = :due WHERE id = :id").param("due", due).param("id", taskId).update();
    }

    Optional<TaskRow> task(long id) {
        return jdbc.sql("SELECT " + TASK_COLUMNS + " FROM task t WHERE t.id = :id").param("id", id).query(TaskStore::taskRow).optional();
    }

    /** Tasks whose title matches the pattern and that have an assignment within the scope, the latest due first. */
    List<TaskRow> titled(String pattern, CityScope.SqlCondition scope, int limit) {
        return jdbc.sql("SELECT " + TASK_COLUMNS + " FROM task t WHERE t.title LIKE :q AND EXISTS (SELECT 1 FROM task_assignment a "
                        + "WHERE a.task_id = t.id AND " + scope.sql() + ") ORDER BY t.due_date DESC, t.id DESC LIMIT :limit")
                .params(scope.params()).param("q", pattern).param("limit", limit).query(TaskStore::taskRow).list();
    }

    private static final String TASK_COLUMNS = "t.id, t.title, t.description, t.priority, t.due_date, t.created_by, t.created_at";

    private static TaskRow taskRow(ResultSet rs, int row) throws SQLException {
        return new TaskRow(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
                TaskPriority.valueOf(rs.getString("priority")), rs.getObject("due_date", LocalDate.class),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }

    List<AssignmentView> assignmentsOf(long taskId, LocalDate today) {
        return jdbc.sql("SELECT " + ASSIGNMENT_COLUMNS + " WHERE a.task_id = :task ORDER BY a.city_code")
                .param("task", taskId).param("today", today).query(TaskStore::assignment).list();
    }

    Optional<AssignmentView> assignment(long taskId, String cityCode, LocalDate today, boolean lock) {
        if (lock) {
            jdbc.sql("SELECT id FROM task_assignment WHERE task_id = :task AND city_code = :code FOR UPDATE")
                    .param("task", taskId).param("code", cityCode).query(Long.class).optional();
        }
        return jdbc.sql("SELECT " + ASSIGNMENT_COLUMNS + " WHERE a.task_id = :task AND a.city_code = :code")
                .param("task", taskId).param("code", cityCode).param("today", today)
                .query(TaskStore::assignment).optional();
    }

    List<AssignmentView> assignmentsOfCity(String cityCode, LocalDate today) {
        return jdbc.sql("SELECT " + ASSIGNMENT_COLUMNS + " WHERE a.city_code = :code ORDER BY (" + OPEN
                        + ") DESC, t.due_date, a.task_id")
                .param("code", cityCode).param("today", today).query(TaskStore::assignment).list();
    }

    List<TransitionView> history(long assignmentId) {
        return jdbc.sql("SELECT id, action, from_state, to_state, note, actor, at FROM task_transition WHERE assignment_id = :id ORDER BY id")
                .param("id", assignmentId)
                .query((rs, n) -> new TransitionView(rs.getLong("id"), TaskAction.valueOf(rs.getString("action")),
                        state(rs.getString("from_state")), AssignmentState.valueOf(rs.getString("to_state")),
                        rs.getString("note"), rs.getString("actor"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    List<UUID> attachments(long taskId) {
        return jdbc.sql("SELECT file_id FROM task_attachment WHERE task_id = :task ORDER BY position")
                .param("task", taskId).query(UUID.class).list();
    }

    List<UUID> evidence(long assignmentId) {
        return jdbc.sql("SELECT file_id FROM task_evidence WHERE assignment_id = :id ORDER BY added_at, file_id")
                .param("id", assignmentId).query(UUID.class).list();
    }

    /** The city whose evidence a file is, within a task; empty when it is no evidence of that task. */
    Optional<String> evidenceCity(long taskId, UUID fileId) {
        return jdbc.sql("""
                        SELECT a.city_code FROM task_evidence e JOIN task_assignment a ON a.id = e.assignment_id
                        WHERE a.task_id = :task AND e.file_id = :file""")
                .param("task", taskId).param("file", fileId).query(String.class).optional();
    }

    static AssignmentView assignment(ResultSet rs, int row) throws SQLException {
        long person = rs.getLong("responsible_person_id");
        boolean noPerson = rs.wasNull();
        return new AssignmentView(rs.getLong("id"), rs.getLong("task_id"), rs.getString("title"),
                TaskPriority.valueOf(rs.getString("priority")), rs.getObject("due_date", LocalDate.class),
                rs.getString("city_code"), rs.getString("city_name"), rs.getString("province_code"),
                rs.getString("province_name"), AssignmentState.valueOf(rs.getString("state")),
                noPerson ? null : person, rs.getString("responsible_person_name"), rs.getString("result"),
                rs.getTimestamp("updated_at").toInstant(), rs.getBoolean("overdue"));
    }

    private static AssignmentState state(String name) {
        return name == null ? null : AssignmentState.valueOf(name);
    }
}
