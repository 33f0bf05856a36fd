package org.citybridge.evaluation.report;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.citybridge.evaluation.BackdatedCirculars;
import org.citybridge.circulars.CircularsApi;
import org.citybridge.circulars.domain.CircularCorrections;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.domain.Appointments;
import org.citybridge.events.EventTesting;
import org.citybridge.events.domain.CheckInCodes;
import org.citybridge.events.domain.CheckInRequest;
import org.citybridge.events.domain.CheckIns;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.DelegationView;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.events.domain.EventStatus;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.citybridge.submissions.ReviewAction;
import org.citybridge.submissions.SubmissionKind;
import org.citybridge.submissions.domain.Adoption;
import org.citybridge.submissions.domain.ReportInput;
import org.citybridge.submissions.domain.SubmissionReview;
import org.citybridge.submissions.domain.SubmissionWriting;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.PdfContent;
import org.citybridge.support.Sessions;
import org.citybridge.tasks.TaskAction;
import org.citybridge.tasks.TaskDraftView;
import org.citybridge.tasks.TaskDrafts;
import org.citybridge.tasks.TaskPriority;
import org.citybridge.tasks.domain.NewTask;
import org.citybridge.tasks.domain.TaskAssigning;
import org.citybridge.tasks.domain.TaskWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A year of real work in two Inner Mongolian cities (made through the services, then dated into 2019): a handover,
 * receipts on time, late, missing and withdrawn, a completed and an overdue task, an adopted report, a conference with
 * a check-in. The .docx read back with POI and the PDF's text hold the figures the service computes for the year; next
 * year's plan turns into a task draft (then assigned from it) and an event draft; only the secretariat reaches it.
 */
@IntegrationTest
class WorkReportTests {

    private static final int YEAR = 2019;
    private static final String HOHHOT = "150100";
    private static final String BAOTOU = "150200";
    private static final String MONGOLIA = "150000";

    @Autowired
    Fixtures fixtures;
    @Autowired
    Appointments appointments;
    @Autowired
    CircularsApi circulars;
    @Autowired
    CircularCorrections corrections;
    @Autowired
    TaskAssigning assigning;
    @Autowired
    TaskWork work;
    @Autowired
    SubmissionWriting writing;
    @Autowired
    SubmissionReview review;
    @Autowired
    EventPlanning planning;
    @Autowired
    DelegationRegistering registering;
    @Autowired
    CheckIns checkIns;
    @Autowired
    CheckInCodes codes;
    @Autowired
    WorkReportFigures figures;
    @Autowired
    WorkReports reports;
    @Autowired
    PlanTurning turning;
    @Autowired
    TaskDrafts taskDrafts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;

    @Test
    void theDocxAndThePdfHoldTheYearsFiguresBySection() throws Exception {
        fixtures.member(HOHHOT, BAOTOU);
        long before = fixtures.person("呼和浩特前任联络员");
        long after = fixtures.person("呼和浩特现任联络员");
        long first = fixtures.appoint(HOHHOT, before, LiaisonRole.PRIMARY, LocalDate.of(2015, 1, 1));
        fixtures.asAdmin(() -> appointments.handOver(HOHHOT, first, after, LocalDate.of(YEAR, 6, 1)));
        Actor hohhot = new Actor(fixtures.account(Role.LIAISON, HOHHOT, null, after), Role.LIAISON, HOHHOT, null, after);

        // receipts: Hohhot replies on time twice; Baotou late once and not at all once; a withdrawn circular does not count
        long march = circular("三月回执", HOHHOT, BAOTOU);
        dateCircular(march, 3);
        reply(march, HOHHOT, date(3, 5));
        reply(march, BAOTOU, date(3, 20));
        long april = circular("四月回执", HOHHOT, BAOTOU);
        dateCircular(april, 4);
        reply(april, HOHHOT, date(4, 2));
        long withdrawn = circular("撤回的通知", HOHHOT, BAOTOU);
        fixtures.asAdmin(() -> { corrections.withdraw(withdrawn, "重复发送"); return null; });
        dateCircular(withdrawn, 5);

        // a task: Hohhot completes it, Baotou's stays assigned past its due date
        long task = fixtures.asAdmin(() -> assigning.assign(new NewTask("报送年度工作总结", "<p>请报送</p>", TaskPriority.NORMAL,
                LocalDate.now(clock).plusDays(5), List.of(HOHHOT, BAOTOU), List.of()), List.of()));
        Fixtures.as(hohhot, () -> work.act(task, HOHHOT, TaskAction.ACCEPT, null, List.of()));
        Fixtures.as(hohhot, () -> work.act(task, HOHHOT, TaskAction.PROGRESS, "起草中", List.of()));
        Fixtures.as(hohhot, () -> work.act(task, HOHHOT, TaskAction.SUBMIT, "已报送", List.of()));
        fixtures.asAdmin(() -> work.act(task, HOHHOT, TaskAction.COMPLETE, null, List.of()));
        jdbc.sql("UPDATE task SET created_at = :at, due_date = :due WHERE id = :id").param("at", date(5, 1))
                .param("due", LocalDate.of(YEAR, 6, 1)).param("id", task).update();
        jdbc.sql("UPDATE task_transition SET at = :at WHERE assignment_id IN (SELECT id FROM task_assignment WHERE task_id = :id)")
                .param("at", date(5, 20)).param("id", task).update();

        // a report adopted and published
        long column = jdbc.sql("SELECT id FROM portal_column WHERE slug = 'liaison-work'").query(Long.class).single();
        long report = Fixtures.as(hohhot, () -> writing.create(new ReportInput("呼和浩特：草原城市联络工作", SubmissionKind.CITY_NEWS,
                "<p>经验</p>"), true, List.of()));
        fixtures.asAdmin(() -> review.review(report, ReviewAction.ADOPT, null, new Adoption(column, null, null, null, null, null)));
        jdbc.sql("UPDATE submission SET first_submitted_at = :at WHERE id = :id").param("at", date(9, 1)).param("id", report).update();

        // a conference held in October: one of Hohhot's delegates checked in
        EventTesting events = new EventTesting(fixtures, planning, registering, jdbc, clock);
        long event = events.openEvent("内蒙古片区联络员工作会议", 50, null);
        DelegationView delegation = events.register(EventTesting.staff(), event, HOHHOT, EventTesting.delegation("呼和浩特代表"));
        fixtures.asAdmin(() -> checkIns.checkIn(event, CheckInRequest.of(codes.issue(event, EventTesting.named(delegation, "呼和浩特代表").id()))));
        fixtures.asAdmin(() -> { planning.changeStatus(event, EventStatus.CLOSED); planning.changeStatus(event, EventStatus.HELD); return null; });
        jdbc.sql("UPDATE event SET starts_on = :on, ends_on = :on WHERE id = :id").param("on", LocalDate.of(YEAR, 10, 10)).param("id", event).update();

        YearFigures counted = fixtures.asAdmin(() -> figures.figures(YEAR));
        Tally mongolia = counted.provinces().stream().filter(p -> p.code().equals(MONGOLIA)).findFirst().orElseThrow().tally();
        assertThat(counted.asOf()).isEqualTo(LocalDate.of(YEAR, 12, 31));
        assertThat(mongolia).extracting(Tally::memberCities, Tally::coveredCities, Tally::handovers, Tally::circulars,
                Tally::expectingReply, Tally::replied, Tally::repliedOnTime).containsExactly(2L, 1L, 1L, 2L, 4L, 3L, 2L);
        assertThat(mongolia).extracting(Tally::assignments, Tally::completed, Tally::overdue, Tally::reportsSubmitted,
                Tally::reportsAdopted, Tally::reportsPublished, Tally::events, Tally::delegatesPresent)
                .containsExactly(2L, 1L, 1L, 1L, 1L, 1L, 1L, 1L);
        assertThat(counted.events()).extracting(e -> e.event().title()).contains("内蒙古片区联络员工作会议");

        fixtures.asAdmin(() -> { reports.start(YEAR, Locale.SIMPLIFIED_CHINESE); return null; });
        long overview = fixtures.asAdmin(() -> reports.sections(YEAR, Locale.SIMPLIFIED_CHINESE)).get(0).id();
        fixtures.asAdmin(() -> { reports.updateSection(YEAR, overview, "一、年度工作概况",
                "<p>全年回执工作<strong>稳步推进</strong>。</p><ul><li>名录核对</li></ul><table><tr><th>项目</th><th>完成</th></tr>"
                        + "<tr><td>培训</td><td>两期</td></tr></table><script>alert(1)</script>"); return null; });
        fixtures.asAdmin(() -> reports.addItem(YEAR, new PlanItemInput("举办联络员培训班", "分两期", PlanItemKind.EVENT, 5)));

        byte[] docx = mvc.perform(get("/api/v1/reports/" + YEAR + "/work-report.docx").with(httpBasic("admin", Fixtures.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<List<String>> rows = rows(document);
            assertThat(rows).contains(List.of("内蒙古自治区", "2", "4", "3", "75.0%", "50.0%"),
                    List.of("内蒙古自治区", "2", "1", "50.0%", "1"),
                    List.of("内蒙古自治区", "2", "1", "1", "50.0%"),
                    List.of("全国合计", n(counted.nationwide().circulars()), n(counted.nationwide().expectingReply()),
                            n(counted.nationwide().replied()), counted.nationwide().receiptRate(), counted.nationwide().onTimeRate()),
                    List.of("回执率", counted.nationwide().replied() + "/" + counted.nationwide().expectingReply() + "（"
                            + counted.nationwide().receiptRate() + "）"),
                    List.of("项目", "完成"), List.of("培训", "两期"),
                    List.of("1", "举办联络员培训班", "分两期", "会议活动", (YEAR + 1) + "年5月"));
            String text = paragraphs(document);
            assertThat(text).contains(YEAR + "年度联络工作报告", "一、年度工作概况", "全年回执工作稳步推进。", "• 名录核对",
                    "二、主要工作和成效", "四、下一年度工作计划").doesNotContain("alert");
            XWPFRun bold = run(document, "稳步推进");
            assertThat(bold.isBold()).isTrue();
            assertThat(bold.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋");
            assertThat(document.getAllPictures()).as("the receipt-rate chart").hasSize(1);
            assertThat(document.getParagraphs()).anyMatch(p -> "Heading1".equals(p.getStyle()) && p.getText().equals("一、年度工作概况"));
        }

        byte[] pdf = mvc.perform(get("/admin/evaluations/" + YEAR + "/report/work-report.pdf")
                        .cookie(Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String pdfText = PdfContent.text(pdf).replaceAll("\\s+", " ");
        assertThat(pdfText).contains(YEAR + "年度联络工作报告", "全年回执工作稳步推进", "内蒙古自治区 2 4 3 75.0% 50.0%",
                "全国合计 " + n(counted.nationwide().circulars()) + " " + n(counted.nationwide().expectingReply()),
                "举办联络员培训班");
        assertThat(PdfContent.fonts(pdf)).isNotEmpty().allMatch(PdfContent.FontUse::embedded);
    }

    @Test
    void aPlanItemTurnsIntoATaskDraftAssignedFromItAndAnotherIntoAnEventDraft() {
        int year = LocalDate.now(clock).getYear();
        long taskItem = fixtures.asAdmin(() -> reports.addItem(year, new PlanItemInput("开展城市更新专题调研", "一季度完成\n形成报告",
                PlanItemKind.TASK, 3)));
        long eventItem = fixtures.asAdmin(() -> reports.addItem(year, new PlanItemInput("年度联络员工作会议", "", PlanItemKind.EVENT, 9)));

        PlanItem turnedTask = fixtures.asAdmin(() -> turning.turn(year, taskItem, null, Locale.SIMPLIFIED_CHINESE));
        TaskDraftView draft = fixtures.asAdmin(() -> taskDrafts.find(turnedTask.taskDraftId())).orElseThrow();
        assertThat(draft.title()).isEqualTo("开展城市更新专题调研");
        assertThat(draft.description()).isEqualTo("<p>一季度完成</p><p>形成报告</p>");
        assertThat(draft.dueDate()).isEqualTo(LocalDate.of(year + 1, 3, 31));
        assertThatThrownBy(() -> fixtures.asAdmin(() -> turning.turn(year, taskItem, null, Locale.SIMPLIFIED_CHINESE))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> fixtures.asAdmin(() -> { reports.deleteItem(year, taskItem); return null; }))
                .isInstanceOf(RuleViolation.class);

        fixtures.member(HOHHOT);
        NewTask task = new NewTask(draft.title(), draft.description(), TaskPriority.NORMAL, draft.dueDate(), List.of(HOHHOT), List.of());
        long taskId = fixtures.asAdmin(() -> assigning.assign(assigning.check(task), List.of(), draft.id()));
        assertThat(fixtures.asAdmin(() -> taskDrafts.find(draft.id())).orElseThrow().taskId()).isEqualTo(taskId);
        long tasksBefore = jdbc.sql("SELECT count(*) FROM task").query(Long.class).single();
        assertThatThrownBy(() -> fixtures.asAdmin(() -> assigning.assign(assigning.check(task), List.of(), draft.id())))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("task.error.draftTaken");
        assertThat(jdbc.sql("SELECT count(*) FROM task").query(Long.class).single()).as("nothing half-saved").isEqualTo(tasksBefore);

        PlanItem turnedEvent = fixtures.asAdmin(() -> turning.turn(year, eventItem, "ANNUAL_CONFERENCE", Locale.SIMPLIFIED_CHINESE));
        record Event(String title, String kind, String status, LocalDate startsOn) {
        }
        Event event = jdbc.sql("SELECT title, kind, status, starts_on FROM event WHERE id = :id").param("id", turnedEvent.eventId())
                .query(Event.class).single();
        assertThat(event).isEqualTo(new Event("年度联络员工作会议", "ANNUAL_CONFERENCE", "DRAFT", LocalDate.of(year + 1, 9, 1)));
        assertThat(turnedEvent.taskDraftId()).isNull();
    }

    @Test
    void onlyTheSecretariatReachesTheReport() throws Exception {
        String staff = fixtures.account(Role.STAFF);
        String coordinator = fixtures.account(Role.PROVINCE, null, MONGOLIA, null);
        String editor = fixtures.account(Role.EDITOR);
        String page = "/admin/evaluations/2018/report";
        Cookie staffSession = Sessions.login(mvc, staff, Fixtures.PASSWORD);
        mvc.perform(get(page).cookie(staffSession)).andExpect(status().isOk());
        for (String other : List.of(coordinator, editor)) {
            Cookie session = Sessions.login(mvc, other, Fixtures.PASSWORD);
            mvc.perform(get(page).cookie(session)).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/reports/2018/work-report.docx").with(httpBasic(other, Fixtures.PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(post(page + "/plan").param("title", "越权").param("kind", "TASK").param("targetMonth", "1")
                    .with(csrf()).cookie(session)).andExpect(status().isForbidden());
        }
        assertThat(fixtures.asAdmin(() -> reports.plan(2018))).isEmpty();
        mvc.perform(get("/admin/evaluations/1999/report").cookie(staffSession)).andExpect(status().isNotFound());
    }

    private long circular(String title, String... cities) {
        return backdated().issue("蒙报", title, cities);
    }

    private void dateCircular(long id, int month) {
        backdated().backdate(id, date(month, 1), date(month, 10));
    }

    private void reply(long circular, String city, Timestamp at) {
        backdated().reply(circular, city, at, at);
    }

    private Timestamp date(int month, int day) {
        return backdated().at(YEAR, month, day);
    }

    private BackdatedCirculars backdated() {
        return new BackdatedCirculars(fixtures, circulars, jdbc, clock);
    }

    private static String n(long value) {
        return String.valueOf(value);
    }

    private static List<List<String>> rows(XWPFDocument document) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTable table : document.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).toList());
            }
        }
        return rows;
    }

    private static String paragraphs(XWPFDocument document) {
        StringBuilder text = new StringBuilder();
        document.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
        return text.toString();
    }

    private static XWPFRun run(XWPFDocument document, String text) {
        return document.getParagraphs().stream().map(XWPFParagraph::getRuns).flatMap(List::stream)
                .filter(r -> text.equals(r.text())).findFirst().orElseThrow();
    }

}
