package org.citybridge.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.citybridge.files.Upload;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.tasks.domain.NewTask;
import org.citybridge.tasks.domain.TaskAssigning;
import org.citybridge.tasks.domain.TaskWork;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds tasks through the real services for the tests of this module, acting as whoever the step needs. */
final class TaskTesting {

    static final byte[] PDF = "%PDF-1.4\n% test\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private final Fixtures fixtures;
    private final TaskAssigning assigning;
    private final TaskWork work;
    private final JdbcClient jdbc;

    TaskTesting(Fixtures fixtures, TaskAssigning assigning, TaskWork work, JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.assigning = assigning;
        this.work = work;
        this.jdbc = jdbc;
    }

    long assign(String title, LocalDate due, String... cityCodes) {
        return assign(title, TaskPriority.NORMAL, due, List.of(), cityCodes);
    }

    long assign(String title, TaskPriority priority, LocalDate due, List<Upload> attachments, String... cityCodes) {
        return fixtures.asAdmin(() -> assigning.assign(new NewTask(title, "<p>" + title + "</p>", priority, due,
                List.of(cityCodes), List.of()), attachments));
    }

    AssignmentState act(Actor actor, long taskId, String cityCode, TaskAction action, String note, Upload... evidence) {
        return as(actor, () -> work.act(taskId, cityCode, action, note, List.of(evidence)));
    }

    static Actor liaison(String cityCode, long personId) {
        return new Actor("liaison-" + cityCode, Role.LIAISON, cityCode, null, personId);
    }

    static Actor staff() {
        return new Actor("staff-test", Role.STAFF, null, null, null);
    }

    /** Sets a task's due date directly: the application refuses past due dates, but supervision needs overdue tasks. */
    void dueOn(long taskId, LocalDate due) {
        jdbc.sql("UPDATE task SET due_date = :due WHERE id = :id").param("due", due).param("id", taskId).update();
    }

    AssignmentState state(long taskId, String cityCode) {
        return AssignmentState.valueOf(jdbc.sql("SELECT state FROM task_assignment WHERE task_id = :t AND city_code = :c")
                .param("t", taskId).param("c", cityCode).query(String.class).single());
    }

    Long responsible(long taskId, String cityCode) {
        return jdbc.sql("SELECT responsible_person_id FROM task_assignment WHERE task_id = :t AND city_code = :c")
                .param("t", taskId).param("c", cityCode).query(Long.class).optional().orElse(null);
    }

    List<String> history(long taskId, String cityCode) {
        return jdbc.sql("""
                        SELECT h.action FROM task_transition h JOIN task_assignment a ON a.id = h.assignment_id
                        WHERE a.task_id = :t AND a.city_code = :c ORDER BY h.id""")
                .param("t", taskId).param("c", cityCode).query(String.class).list();
    }

    long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    static <T> T as(Actor actor, Supplier<T> work) {
        return Fixtures.as(actor, work);
    }
}
