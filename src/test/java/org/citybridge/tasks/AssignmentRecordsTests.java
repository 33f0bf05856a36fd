package org.citybridge.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.directory.LiaisonRole;
import org.citybridge.shared.DateRange;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.tasks.domain.TaskAssigning;
import org.citybridge.tasks.domain.TaskWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The tasks' year work records for the evaluation: state, due date, completion time, cancellation. */
@IntegrationTest
class AssignmentRecordsTests {

    private static final String PINGLIANG = "620800";
    private static final String JIUQUAN = "620900";

    @Autowired
    Fixtures fixtures;
    @Autowired
    TaskAssigning assigning;
    @Autowired
    TaskWork work;
    @Autowired
    AssignmentRecords records;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void eachAssignmentCarriesItsStateDueDateAndCompletion() {
        TaskTesting tasks = new TaskTesting(fixtures, assigning, work, jdbc);
        fixtures.member(PINGLIANG, JIUQUAN);
        long person = fixtures.person("平凉联络员");
        fixtures.appoint(PINGLIANG, person, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        LocalDate due = LocalDate.now(clock).plusDays(10);
        long task = tasks.assign("报送城市更新典型案例", due, PINGLIANG, JIUQUAN);
        tasks.act(TaskTesting.liaison(PINGLIANG, person), task, PINGLIANG, TaskAction.ACCEPT, null);
        tasks.act(TaskTesting.liaison(PINGLIANG, person), task, PINGLIANG, TaskAction.PROGRESS, "已起草");
        tasks.act(TaskTesting.liaison(PINGLIANG, person), task, PINGLIANG, TaskAction.SUBMIT, "已报送");
        tasks.act(TaskTesting.staff(), task, PINGLIANG, TaskAction.COMPLETE, null);
        tasks.act(TaskTesting.staff(), task, JIUQUAN, TaskAction.CANCEL, "不再需要");

        LocalDate today = LocalDate.now(clock);
        List<AssignmentRecord> found = records.assignedIn(new DateRange(today.minusDays(1), today.plusDays(1))).stream()
                .filter(r -> r.taskId() == task).toList();

        assertThat(found).extracting(AssignmentRecord::cityCode).containsExactly(PINGLIANG, JIUQUAN);
        AssignmentRecord done = found.get(0);
        assertThat(done.state()).isEqualTo(AssignmentState.COMPLETED);
        assertThat(done.completedAt()).isNotNull().isAfterOrEqualTo(done.assignedAt());
        assertThat(done.dueDate()).isEqualTo(due);
        assertThat(done.title()).isEqualTo("报送城市更新典型案例");
        assertThat(found.get(1).cancelled()).isTrue();
        assertThat(found.get(1).completedAt()).isNull();
        assertThat(records.assignedIn(new DateRange(today.plusDays(1), today.plusDays(2)))).noneMatch(r -> r.taskId() == task);
    }
}
