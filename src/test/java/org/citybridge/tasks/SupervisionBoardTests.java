package org.citybridge.tasks;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.citybridge.tasks.domain.SupervisionBoard;
import org.citybridge.tasks.domain.TaskAssigning;
import org.citybridge.tasks.domain.TaskWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The supervision board over Qinghai's cities only (no other test uses them), so its figures are exact although the
 * database is shared. Due dates are relative to the application's clock; past ones are set directly in the table.
 */
@IntegrationTest
class SupervisionBoardTests {

    private static final String QINGHAI = "630000";
    private static final String XINING = "630100";
    private static final String HAIDONG = "630200";
    private static final String HAIBEI = "632200";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TaskAssigning assigning;
    @Autowired
    TaskWork work;
    @Autowired
    SupervisionBoard board;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private static long longOverdue;
    private static long overdue;
    private static long dueSoon;
    private static long later;
    private static long cancelled;
    private static long submittedLate;

    @BeforeEach
    void tasks() {
        if (longOverdue != 0) {
            return;
        }
        TaskTesting tasks = new TaskTesting(fixtures, assigning, work, jdbc);
        LocalDate today = LocalDate.now(clock);
        longOverdue = tasks.assign("青海逾期十天", TaskPriority.URGENT, today, List.of(), XINING, HAIDONG);
        overdue = tasks.assign("青海逾期三天", TaskPriority.NORMAL, today, List.of(), XINING);
        dueSoon = tasks.assign("青海三天后到期", TaskPriority.HIGH, today.plusDays(3), List.of(), HAIDONG);
        later = tasks.assign("青海月底到期", TaskPriority.NORMAL, today.plusDays(30), List.of(), HAIBEI);
        cancelled = tasks.assign("青海已撤销", TaskPriority.NORMAL, today, List.of(), XINING);
        submittedLate = tasks.assign("青海已提交待审", TaskPriority.NORMAL, today, List.of(), HAIBEI);
        tasks.dueOn(longOverdue, today.minusDays(10));
        tasks.dueOn(overdue, today.minusDays(3));
        tasks.dueOn(cancelled, today.minusDays(20));
        tasks.dueOn(submittedLate, today.minusDays(5));
        tasks.act(TaskTesting.staff(), cancelled, XINING, TaskAction.CANCEL, "重复交办");
        Actor haibei = TaskTesting.liaison(HAIBEI, 0);
        tasks.act(haibei, submittedLate, HAIBEI, TaskAction.ACCEPT, null);
        tasks.act(haibei, submittedLate, HAIBEI, TaskAction.PROGRESS, "推进中");
        tasks.act(haibei, submittedLate, HAIBEI, TaskAction.SUBMIT, "已完成");
    }

    @Test
    void countsByProvinceAndCityAndTheOldestOverdueFirst() {
        Board result = fixtures.asAdmin(() -> board.board(new BoardFilter(QINGHAI, null, null, false), 0, 50));

        // open: 2 + 1 + 1 + 1 + the submitted one; due soon: 1; overdue: 3 (cancelled and submitted ones do not count)
        assertThat(result.total()).extracting(BoardCount::open, BoardCount::dueSoon, BoardCount::overdue).containsExactly(6L, 1L, 3L);
        assertThat(result.byProvince()).extracting(BoardCount::code, BoardCount::name, BoardCount::open, BoardCount::overdue)
                .containsExactly(tuple(QINGHAI, "青海省", 6L, 3L));
        assertThat(result.byCity()).extracting(BoardCount::code, BoardCount::open, BoardCount::dueSoon, BoardCount::overdue)
                .containsExactly(tuple(XINING, 2L, 0L, 2L), tuple(HAIDONG, 2L, 1L, 1L), tuple(HAIBEI, 2L, 0L, 0L));
        assertThat(result.rows().items()).extracting(AssignmentView::taskId, AssignmentView::cityCode, AssignmentView::overdue)
                .containsExactly(
                        tuple(longOverdue, XINING, true), tuple(longOverdue, HAIDONG, true), tuple(overdue, XINING, true),
                        tuple(submittedLate, HAIBEI, false), tuple(dueSoon, HAIDONG, false), tuple(later, HAIBEI, false),
                        tuple(cancelled, XINING, false));
        assertThat(result.rows().items().get(0).overdueDays(LocalDate.now(clock))).isEqualTo(10);
    }

    @Test
    void filtersByStatusAndPriority() {
        Board urgent = fixtures.asAdmin(() -> board.board(new BoardFilter(QINGHAI, null, TaskPriority.URGENT, false), 0, 50));
        assertThat(urgent.rows().items()).extracting(AssignmentView::taskId).containsOnly(longOverdue).hasSize(2);
        Board submitted = fixtures.asAdmin(() -> board.board(new BoardFilter(QINGHAI, AssignmentState.SUBMITTED, null, false), 0, 50));
        assertThat(submitted.rows().items()).extracting(AssignmentView::taskId).containsExactly(submittedLate);
        assertThat(submitted.total().open()).isEqualTo(1);
    }

    @Test
    void aProvinceCoordinatorSeesItsOwnProvinceReadOnly() throws Exception {
        Actor qinghai = new Actor("qh", Role.PROVINCE, null, QINGHAI, null);
        Board result = TaskTesting.as(qinghai, () -> board.board(BoardFilter.all(), 0, 50));
        assertThat(result.byProvince()).extracting(BoardCount::code).containsExactly(QINGHAI);
        assertThat(result.total().overdue()).isEqualTo(3);

        String coordinator = fixtures.account(Role.PROVINCE, null, QINGHAI, null);
        var session = Sessions.login(mvc, coordinator, Fixtures.PASSWORD);
        mvc.perform(get("/admin/tasks").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("青海逾期十天")))
                .andExpect(content().string(not(containsString("id=\"new-task\""))));
        mvc.perform(get("/admin/tasks/" + longOverdue + "/cities/" + XINING).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("action-"))));
        mvc.perform(get("/admin/tasks/cities/" + HAIBEI).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("青海已提交待审")));
    }

    @Test
    void theExportHoldsTheBoardRowsInOrder() throws Exception {
        String staff = fixtures.account(Role.STAFF);
        byte[] xlsx = mvc.perform(get("/admin/tasks/export").param("province", QINGHAI)
                        .cookie(Sessions.login(mvc, staff, Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 10; c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        assertThat(rows).hasSize(8);
        assertThat(rows.get(0)).containsExactly("事项编号", "事项名称", "优先级", "办理期限", "省份", "城市代码", "城市", "状态", "责任联络员", "逾期天数");
        assertThat(rows.get(1)).containsExactly(String.valueOf(longOverdue), "青海逾期十天", "紧急",
                LocalDate.now(clock).minusDays(10).toString(), "青海省", XINING, "西宁市", "已交办", "", "10");
        assertThat(rows.subList(1, 8)).extracting(r -> r.get(1)).containsExactly("青海逾期十天", "青海逾期十天", "青海逾期三天",
                "青海已提交待审", "青海三天后到期", "青海月底到期", "青海已撤销");
        assertThat(rows.get(7).get(7)).isEqualTo("已撤销");
    }
}
