package org.citybridge.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.citybridge.circulars.CircularsApi;
import org.citybridge.dashboard.charts.ChartCell;
import org.citybridge.dashboard.charts.ChartPoint;
import org.citybridge.dashboard.charts.ChartView;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.evaluation.BackdatedCirculars;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.SignedIn;
import org.citybridge.tasks.TaskPriority;
import org.citybridge.tasks.domain.NewTask;
import org.citybridge.tasks.domain.TaskAssigning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's charts over Shandong, whose cities no other test makes members: its coordinator sees Shandong's
 * figures only, counted from known coverage, receipts, tasks and reports; every link opens a list of the same size.
 */
@IntegrationTest
class NetworkChartsTests {

    private static final String SHANDONG = "370000";
    private static final String JINAN = "370100";
    private static final String QINGDAO = "370200";
    private static final String ZIBO = "370300";
    private static final String ZAOZHUANG = "370400";
    private static final Actor COORDINATOR = new Actor("coordinator-shandong", Role.PROVINCE, null, SHANDONG, null);
    private static final Pattern LIST_COUNT = Pattern.compile("id=\"(?:result-count|board-count)\"[^>]*>[^<0-9]*(\\d+)");
    private static long jinanLiaison;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CircularsApi circulars;
    @Autowired
    TaskAssigning assigning;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    /** Two and one months ago: months of this test only (other tests issue circulars today). */
    private YearMonth earlier;
    private YearMonth later;

    @BeforeEach
    void shandong() {
        later = YearMonth.now(clock).minusMonths(1);
        earlier = later.minusMonths(1);
        if (jinanLiaison != 0) {
            return;
        }
        fixtures.member(JINAN, QINGDAO, ZIBO, ZAOZHUANG);
        // Zaozhuang is the member city without a liaison; the roster import at scale appoints people in every city
        jdbc.sql("UPDATE liaison_appointment SET end_date = start_date WHERE city_code = :city AND end_date IS NULL")
                .param("city", ZAOZHUANG).update();
        jinanLiaison = fixtures.person("济南联络员");
        fixtures.appoint(JINAN, jinanLiaison, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        fixtures.appoint(QINGDAO, fixtures.person("青岛联络员"), LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        fixtures.appoint(ZIBO, fixtures.person("淄博联络员"), LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        receipts();
        tasks();
        reports();
    }

    /**
     * One circular to all four cities in the earlier month: Jinan replies after 2 hours, Qingdao after 10, Zibo two
     * days after the deadline (216 hours), Zaozhuang never; one to Jinan and Qingdao in the later month: Jinan after 4
     * hours.
     */
    private void receipts() {
        BackdatedCirculars backdated = new BackdatedCirculars(fixtures, circulars, jdbc, clock);
        long first = backdated.issue("鲁图表", "图表测试通知一", JINAN, QINGDAO, ZIBO, ZAOZHUANG);
        Timestamp issued = at(earlier.atDay(3), 10);
        backdated.backdate(first, issued, at(earlier.atDay(10), 10));
        backdated.reply(first, JINAN, at(earlier.atDay(3), 12), at(earlier.atDay(3), 12));
        backdated.reply(first, QINGDAO, at(earlier.atDay(3), 20), at(earlier.atDay(3), 20));
        backdated.reply(first, ZIBO, at(earlier.atDay(12), 10), at(earlier.atDay(12), 10));
        long second = backdated.issue("鲁图表", "图表测试通知二", JINAN, QINGDAO);
        backdated.backdate(second, at(later.atDay(5), 10), at(later.atDay(8), 10));
        backdated.reply(second, JINAN, at(later.atDay(5), 14), at(later.atDay(5), 14));
    }

    /** Jinan and Qingdao overdue on one task, Zibo open on another not yet due. */
    private void tasks() {
        long overdue = fixtures.asAdmin(() -> assigning.assign(new NewTask("图表测试逾期事项", "<p>逾期</p>", TaskPriority.NORMAL,
                LocalDate.now(clock).plusDays(3), List.of(JINAN, QINGDAO), List.of()), List.of()));
        jdbc.sql("UPDATE task SET due_date = :due WHERE id = :id").param("due", LocalDate.now(clock).minusDays(2))
                .param("id", overdue).update();
        fixtures.asAdmin(() -> assigning.assign(new NewTask("图表测试未到期事项", "<p>办理中</p>", TaskPriority.NORMAL,
                LocalDate.now(clock).plusDays(20), List.of(ZIBO), List.of()), List.of()));
    }

    /** Three reports adopted in the earlier month, one in the later; one rejected and one waiting, not counted. */
    private void reports() {
        report(JINAN, "济南市", "ADOPTED", at(earlier.atDay(4), 9));
        report(JINAN, "济南市", "ADOPTED", at(earlier.atDay(20), 9));
        report(QINGDAO, "青岛市", "ADOPTED", at(earlier.atEndOfMonth(), 23));
        report(QINGDAO, "青岛市", "ADOPTED", at(later.atDay(1), 0));
        report(ZIBO, "淄博市", "REJECTED", at(later.atDay(2), 9));
        report(ZIBO, "淄博市", "SUBMITTED", null);
    }

    private void report(String city, String cityName, String status, Timestamp decided) {
        Timestamp submitted = at(earlier.atDay(1), 9);
        jdbc.sql("""
                        INSERT INTO submission (city_code, city_name, province_code, province_name, kind, title, body_html, status,
                                                author_name, created_by, created_at, updated_at, first_submitted_at, submitted_at, decided_at)
                        VALUES (:city, :cityName, :province, '山东省', 'CITY_NEWS', '图表测试信息', '<p>正文</p>', :status,
                                '联络员', 'test', :submitted, :submitted, :submitted, :submitted, :decided)""")
                .param("city", city).param("cityName", cityName).param("province", SHANDONG).param("status", status)
                .param("submitted", submitted).param("decided", decided).update();
    }

    @Test
    void coverageIsTheShareOfMemberCitiesWithAnActiveLiaison() throws Exception {
        ChartView coverage = chart(COORDINATOR, "coverage");
        assertThat(coverage.points()).extracting(ChartPoint::label).containsExactly("山东省");
        assertThat(values(coverage.points().get(0))).containsExactly(75.0, 4L, 3L, 1L);
        assertThat(coverage.points().get(0).link()).isEqualTo("/admin/cities?province=370000&withoutLiaison=true");
    }

    @Test
    void receiptRatesCountTheClosedCircularsExpectingAReplyOnTimeAndAtAll() throws Exception {
        ChartView rates = chart(COORDINATOR, "response-rates");
        assertThat(rates.points()).extracting(ChartPoint::label).containsExactly("山东省");
        assertThat(values(rates.points().get(0))).containsExactly(50.0, 66.7, 2L, 6L, 3L, 4L);
    }

    @Test
    void timeToReplyIsTheMedianHoursFromDeliveryToFirstReplyPerMonthOfIssue() throws Exception {
        Map<String, ChartPoint> months = byLabel(chart(COORDINATOR, "response-times"));
        assertThat(months).hasSize(12).containsKeys(YearMonth.now(clock).toString(), YearMonth.now(clock).minusMonths(11).toString());
        assertThat(values(months.get(earlier.toString()))).containsExactly(10.0, 1L, 3L);
        assertThat(values(months.get(later.toString()))).containsExactly(4.0, 1L, 1L);
        assertThat(months.get(earlier.toString()).link()).isEqualTo("/admin/circulars?status=ISSUED&replyExpected=true&issuedFrom="
                + earlier.atDay(1) + "&issuedTo=" + earlier.atEndOfMonth());
    }

    @Test
    void overdueTasksAreCountedByProvince() throws Exception {
        ChartView overdue = chart(COORDINATOR, "overdue-tasks");
        assertThat(overdue.points()).extracting(ChartPoint::label).containsExactly("山东省");
        assertThat(values(overdue.points().get(0))).containsExactly(2L, 3L);
    }

    @Test
    void reportsAreCountedInTheMonthTheyWereAdopted() throws Exception {
        Map<String, ChartPoint> months = byLabel(chart(COORDINATOR, "adoptions"));
        assertThat(values(months.get(earlier.toString()))).containsExactly(3L);
        assertThat(values(months.get(later.toString()))).containsExactly(1L);
    }

    @Test
    void everyLinkOpensAListShowingTheLinkedFigure() throws Exception {
        for (ChartView chart : charts(COORDINATOR)) {
            int linked = linkedColumn(chart);
            for (ChartPoint point : chart.points()) {
                long expected = point.cells().get(linked).value().longValue();
                String html = mvc.perform(get(point.link()).with(as(COORDINATOR))).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString();
                Matcher count = LIST_COUNT.matcher(html);
                long shown = count.find() ? Long.parseLong(count.group(1)) : 0;
                assertThat(shown).as(chart.id() + " " + point.label() + " " + point.link()).isEqualTo(expected);
            }
        }
    }

    @Test
    void theSecretariatSeesEveryProvinceShandongAmongThem() throws Exception {
        for (String id : List.of("coverage", "response-rates", "overdue-tasks")) {
            assertThat(chart(new Actor("staff-charts", Role.STAFF, null, null, null), id).points())
                    .extracting(ChartPoint::label).as(id).contains("山东省");
        }
    }

    @Test
    void theCoordinatorOfAnotherProvinceSeesNothingOfShandong() throws Exception {
        for (ChartView chart : charts(new Actor("coordinator-henan", Role.PROVINCE, null, "410000", null))) {
            assertThat(chart.points()).extracting(ChartPoint::label).doesNotContain("山东省");
        }
    }

    @Test
    void liaisonsEditorsAndTheAnonymousDoNotGetTheCharts() throws Exception {
        mvc.perform(get("/admin/dashboard/charts").with(as(new Actor("liaison-jinan", Role.LIAISON, JINAN, null, jinanLiaison))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/dashboard/charts").with(as(new Actor("editor-charts", Role.EDITOR, null, null, null))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/dashboard/charts")).andExpect(status().is3xxRedirection());
    }

    @Test
    void thePageCarriesTheFiguresAsJsonAndEveryChartsDataTable() throws Exception {
        String html = mvc.perform(get("/admin/dashboard/charts").with(as(COORDINATOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<script type=\"application/json\" id=\"chart-data\">[{\"id\":\"coverage\"")
                .contains("/webjars/echarts/dist/echarts.min.js")
                .contains("href=\"/admin/tasks?province=370000&amp;overdue=true\"");
        assertThat(html.split("<details", -1)).hasSize(6);
    }

    private ChartView chart(Actor actor, String id) throws Exception {
        return charts(actor).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<ChartView> charts(Actor actor) throws Exception {
        MvcResult result = mvc.perform(get("/admin/dashboard/charts").with(as(actor))).andExpect(status().isOk()).andReturn();
        return (List<ChartView>) result.getModelAndView().getModel().get("charts");
    }

    private static int linkedColumn(ChartView chart) {
        for (int i = 0; i < chart.columns().size(); i++) {
            if (chart.columns().get(i).linked()) {
                return i;
            }
        }
        throw new AssertionError("no linked figure in " + chart.id());
    }

    private static List<Number> values(ChartPoint point) {
        return point.cells().stream().map(ChartCell::value).toList();
    }

    private static Map<String, ChartPoint> byLabel(ChartView chart) {
        return chart.points().stream().collect(Collectors.toMap(ChartPoint::label, p -> p));
    }

    private Timestamp at(LocalDate day, int hour) {
        return Timestamp.from(day.atTime(hour, 0).atZone(clock.getZone()).toInstant());
    }

    private static RequestPostProcessor as(Actor actor) {
        return authentication(SignedIn.as(actor));
    }
}
