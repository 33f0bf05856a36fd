package org.citybridge.tasks;

import java.time.Clock;
import java.time.LocalDate;

import org.citybridge.directory.Appointee;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.domain.Appointments;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.tasks.domain.TaskAssigning;
import org.citybridge.tasks.domain.TaskWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citybridge.tasks.TaskAction.ACCEPT;
import static org.citybridge.tasks.TaskAction.CANCEL;
import static org.citybridge.tasks.TaskAction.COMPLETE;
import static org.citybridge.tasks.TaskAction.PROGRESS;
import static org.citybridge.tasks.TaskAction.SUBMIT;

/** A liaison post handed over: the city's open assignments move to the successor, finished ones keep their history. */
@IntegrationTest
@EnableScenarios
class TaskHandoverTests {

    private static final String JINCHANG = "620300";
    private static final String BAIYIN = "620400";

    @Autowired
    Fixtures fixtures;
    @Autowired
    Appointments appointments;
    @Autowired
    TaskAssigning assigning;
    @Autowired
    TaskWork work;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void openAssignmentsNamingThePredecessorMoveToTheSuccessor(Scenario scenario) {
        TaskTesting tasks = new TaskTesting(fixtures, assigning, work, jdbc);
        long predecessor = fixtures.person("金昌前任");
        long successor = fixtures.person("金昌继任");
        long deputy = fixtures.person("金昌副职");
        long baiyin = fixtures.person("白银联络员");
        long appointment = fixtures.appoint(JINCHANG, predecessor, LiaisonRole.PRIMARY, LocalDate.of(2023, 1, 1));
        fixtures.appoint(JINCHANG, deputy, LiaisonRole.DEPUTY, LocalDate.of(2023, 1, 1));
        fixtures.appoint(BAIYIN, baiyin, LiaisonRole.PRIMARY, LocalDate.of(2023, 1, 1));
        LocalDate due = LocalDate.now(clock).plusDays(30);

        long fresh = tasks.assign("新交办", due, JINCHANG, BAIYIN);
        long working = tasks.assign("办理中", due, JINCHANG);
        long submitted = tasks.assign("已提交", due, JINCHANG);
        long completed = tasks.assign("已办结", due, JINCHANG);
        long cancelled = tasks.assign("已撤销", due, JINCHANG);
        var liaison = TaskTesting.liaison(JINCHANG, predecessor);
        tasks.act(liaison, working, JINCHANG, ACCEPT, null);
        tasks.act(liaison, working, JINCHANG, PROGRESS, "推进中");
        tasks.act(liaison, submitted, JINCHANG, ACCEPT, null);
        tasks.act(liaison, submitted, JINCHANG, PROGRESS, "推进中");
        tasks.act(liaison, submitted, JINCHANG, SUBMIT, "已完成");
        tasks.act(liaison, completed, JINCHANG, ACCEPT, null);
        tasks.act(liaison, completed, JINCHANG, PROGRESS, "推进中");
        tasks.act(liaison, completed, JINCHANG, SUBMIT, "已完成");
        tasks.act(TaskTesting.staff(), completed, JINCHANG, COMPLETE, null);
        tasks.act(TaskTesting.staff(), cancelled, JINCHANG, CANCEL, null);
        for (long task : new long[]{fresh, working, submitted, completed, cancelled}) {
            assertThat(tasks.responsible(task, JINCHANG)).isEqualTo(predecessor);
        }
        assertThat(tasks.responsible(fresh, BAIYIN)).isEqualTo(baiyin);

        // the listener runs asynchronously after the handover commits: wait for its (single) transaction, no fixed sleep
        scenario.stimulate(() -> fixtures.asAdmin(() -> appointments.handOver(JINCHANG, appointment, Appointee.existing(successor), LocalDate.now(clock))))
                .andWaitForStateChange(() -> jdbc.sql("""
                                SELECT count(*) FROM task_transition h JOIN task_assignment a ON a.id = h.assignment_id
                                WHERE a.city_code = :city AND h.action = 'HANDOVER'""").param("city", JINCHANG).query(Long.class).single(),
                        moved -> moved > 0)
                .andVerify(moved -> assertThat(moved).isEqualTo(3));

        for (long task : new long[]{fresh, working, submitted}) {
            assertThat(tasks.responsible(task, JINCHANG)).as("open task %d", task).isEqualTo(successor);
            assertThat(tasks.history(task, JINCHANG)).last().isEqualTo("HANDOVER");
        }
        assertThat(tasks.state(working, JINCHANG)).isEqualTo(AssignmentState.IN_PROGRESS);
        assertThat(tasks.state(submitted, JINCHANG)).isEqualTo(AssignmentState.SUBMITTED);
        assertThat(tasks.history(working, JINCHANG)).containsExactly("ASSIGN", "ACCEPT", "PROGRESS", "HANDOVER");
        assertThat(jdbc.sql("""
                        SELECT h.note FROM task_transition h JOIN task_assignment a ON a.id = h.assignment_id
                        WHERE a.task_id = :t AND h.action = 'HANDOVER'""").param("t", working).query(String.class).single())
                .contains("金昌前任", "金昌继任");
        assertThat(jdbc.sql("SELECT responsible_person_name FROM task_assignment WHERE task_id = :t")
                .param("t", working).query(String.class).single()).isEqualTo("金昌继任");
        for (long task : new long[]{completed, cancelled}) {
            assertThat(tasks.responsible(task, JINCHANG)).as("finished task %d", task).isEqualTo(predecessor);
            assertThat(tasks.history(task, JINCHANG)).doesNotContain("HANDOVER");
        }
        assertThat(tasks.responsible(fresh, BAIYIN)).isEqualTo(baiyin);

        // the successor, signed in as the city's liaison, carries on where the predecessor stopped
        tasks.act(TaskTesting.liaison(JINCHANG, successor), working, JINCHANG, SUBMIT, "继任者提交");
        assertThat(tasks.state(working, JINCHANG)).isEqualTo(AssignmentState.SUBMITTED);
    }
}
