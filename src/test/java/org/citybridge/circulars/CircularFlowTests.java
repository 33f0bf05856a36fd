package org.citybridge.circulars;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.Cookie;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citybridge.circulars.domain.CircularCorrections;
import org.citybridge.circulars.domain.CircularDraft;
import org.citybridge.circulars.domain.CircularDrafts;
import org.citybridge.circulars.domain.CircularIssuing;
import org.citybridge.circulars.domain.CircularQueries;
import org.citybridge.circulars.domain.Delegate;
import org.citybridge.circulars.domain.Deliveries;
import org.citybridge.circulars.domain.DeliveryStatus;
import org.citybridge.circulars.domain.ReceiptInput;
import org.citybridge.circulars.domain.RevisionView;
import org.citybridge.circulars.domain.Tracking;
import org.citybridge.circulars.domain.TrackingFilter;
import org.citybridge.circulars.domain.TrackingRow;
import org.citybridge.circulars.domain.Urgency;
import org.citybridge.directory.Targets;
import org.citybridge.platform.CityBridgeProperties;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleRefusal;
import org.citybridge.shared.RuleViolation;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A circular from issue to receipt, through the web pages a liaison and staff use. */
@IntegrationTest
class CircularFlowTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CircularIssuing issuing;
    @Autowired
    CircularQueries queries;
    @Autowired
    Deliveries deliveries;
    @Autowired
    CircularCorrections corrections;
    @Autowired
    CircularDrafts drafts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CityBridgeProperties properties;

    CircularWorld world;
    Cookie staff;

    @BeforeEach
    void setUp() throws Exception {
        world = new CircularWorld(fixtures, issuing, jdbc, "511000", "511100");
        staff = Sessions.login(mvc, fixtures.account(Role.STAFF), Fixtures.PASSWORD);
    }

    @Test
    void issuingWithoutTheConfirmationShowsTheConfirmStepAndSendsNothing() throws Exception {
        long draft = fixtures.asAdmin(() -> drafts.create(world.draft(CircularWorld.attendanceForm()), List.of()));
        long mails = world.mailsTo(world.personA, "circular-issued");

        mvc.perform(get("/admin/circulars/" + draft).cookie(staff))
                .andExpect(content().string(containsString("<dialog id=\"issue-dialog\"")))
                .andExpect(content().string(containsString("签发后将向 2 个城市发送此通知")));
        mvc.perform(post("/admin/circulars/" + draft + "/issue").cookie(staff).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("签发后将向 2 个城市发送此通知")))
                .andExpect(content().string(containsString("name=\"confirmed\" value=\"true\"")));
        assertThat(statusOf(draft)).isEqualTo("DRAFT");
        assertThat(jdbc.sql("SELECT count(*) FROM circular_delivery WHERE circular_id = :id").param("id", draft)
                .query(Long.class).single()).isZero();
        assertThat(world.mailsTo(world.personA, "circular-issued")).isEqualTo(mails);

        mvc.perform(post("/admin/circulars/" + draft + "/issue").cookie(staff).with(csrf()).param("confirmed", "true"))
                .andExpect(redirectedUrl("/admin/circulars/" + draft + "/tracking"));
        assertThat(statusOf(draft)).isEqualTo("ISSUED");
        assertThat(world.mailsTo(world.personA, "circular-issued")).isEqualTo(mails + 1);
    }

    @Test
    void deletingADraftAsksFirst() throws Exception {
        long draft = fixtures.asAdmin(() -> drafts.create(world.draft(null), List.of()));

        mvc.perform(post("/admin/circulars/" + draft + "/discard").cookie(staff).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("确认删除草稿")));
        assertThat(statusOf(draft)).isEqualTo("DRAFT");

        mvc.perform(post("/admin/circulars/" + draft + "/discard").cookie(staff).with(csrf()).param("confirmed", "true"))
                .andExpect(redirectedUrl("/admin/circulars"));
        assertThat(jdbc.sql("SELECT count(*) FROM circular WHERE id = :id").param("id", draft).query(Long.class).single()).isZero();
    }

    @Test
    void theDraftFormSaysHowTypedNamesWereUnderstoodAndListsTheCitiesByProvince() throws Exception {
        mvc.perform(get("/admin/circulars/reach").cookie(staff).param("targetMode", "PICKED").param("pickedCities", "朝阳 成都 辽宁"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“朝阳” → 朝阳市（辽宁省）")))
                .andExpect(content().string(containsString("“成都” → 成都市（四川省）")))
                .andExpect(content().string(containsString("“辽宁”是省份（辽宁省），不是城市")))
                .andExpect(content().string(containsString("找不到这些城市：辽宁")));

        mvc.perform(get("/admin/circulars/reach").cookie(staff).param("targetMode", "PICKED").param("pickedCities", "朝阳、成都市 510700"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("将发送至 3 个城市")))
                .andExpect(content().string(containsString("“510700” → 绵阳市（四川省）")))
                .andExpect(content().string(not(containsString("“成都市”"))))
                .andExpect(content().string(containsString("<details id=\"reached-cities\"")))
                .andExpect(content().string(containsString("辽宁省（1 个城市）")))
                .andExpect(content().string(containsString("四川省（2 个城市）")))
                .andExpect(content().string(containsString("成都市、绵阳市")));
    }

    @Test
    void aDraftListsTheCitiesItWillReach() throws Exception {
        long draft = fixtures.asAdmin(() -> drafts.create(world.draft(null), List.of()));

        mvc.perform(get("/admin/circulars/" + draft).cookie(staff))
                .andExpect(content().string(containsString("<details id=\"reached-cities\"")))
                .andExpect(content().string(containsString("四川省（2 个城市）")))
                .andExpect(content().string(containsString("内江市、乐山市")));
    }

    @Test
    void aWithdrawnCircularsNumberMayBeReusedByItsReplacement() {
        CircularDraft original = world.draft(null);
        long withdrawn = fixtures.asAdmin(() -> issuing.issueNew(original, List.of())).circularId();
        CircularDraft replacement = new CircularDraft(
                original.docNumber(), "关于召开2026年度联络员工作会议的通知（重发）", original.urgency(), original.bodyHtml(),
                original.targets(), null, null);
        assertThatThrownBy(() -> fixtures.asAdmin(() -> drafts.create(replacement, List.of())))
                .isInstanceOfSatisfying(RuleRefusal.class, refusal -> assertThat(refusal.violations())
                        .extracting(RuleViolation::messageKey).contains("circular.error.docNumberTaken"));

        fixtures.asAdmin(() -> { corrections.withdraw(withdrawn, "内容有误，另行发文"); return null; });
        long reissued = fixtures.asAdmin(() -> issuing.issueNew(replacement, List.of())).circularId();

        assertThat(statusOf(reissued)).isEqualTo("ISSUED");
        assertThat(statusOf(withdrawn)).isEqualTo("WITHDRAWN");
        assertThatThrownBy(() -> fixtures.asAdmin(() -> drafts.create(replacement, List.of())))
                .as("the replacement holds the number again").isInstanceOf(RuleRefusal.class);
    }

    private String statusOf(long circular) {
        return jdbc.sql("SELECT status FROM circular WHERE id = :id").param("id", circular).query(String.class).single();
    }

    @Test
    void issuingCreatesOneDeliveryPerCityAddressedToItsLiaisonsAndMailsThem() {
        long before = world.mailsTo(world.personA, "circular-issued");
        CircularIssuing.IssueResult result = fixtures.asAdmin(() -> issuing.issueNew(world.draft(CircularWorld.attendanceForm()), List.of()));

        assertThat(result.cities()).isEqualTo(2);
        assertThat(result.liaisons()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("SELECT person_id FROM circular_recipient WHERE delivery_id = :d")
                .param("d", world.delivery(result.circularId(), world.cityA)).query(Long.class).list()).contains(world.personA);
        assertThat(world.mailsTo(world.personA, "circular-issued")).isEqualTo(before + 1);
        String body = jdbc.sql("SELECT body FROM mail_outbox m JOIN person p ON p.email = m.recipient WHERE p.id = :p ORDER BY m.id DESC LIMIT 1")
                .param("p", world.personA).query(String.class).single();
        assertThat(body).contains("关于召开2026年度联络员工作会议的通知")
                .contains("/admin/inbox/" + world.delivery(result.circularId(), world.cityA));
    }

    /** What staff type in the search box is text, never pattern syntax: %, _ and a backslash match only themselves. */
    @Test
    void theListSearchTakesPatternCharactersLiterally() throws Exception {
        fixtures.asAdmin(() -> issuing.issueNew(world.draft(CircularWorld.attendanceForm()), List.of()));
        for (String typed : new String[] {"%", "_", "联络员\\工作会议", "100%_\\"}) {
            mvc.perform(get("/admin/circulars").param("q", typed).cookie(staff))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("关于召开2026年度联络员工作会议的通知"))));
        }
        mvc.perform(get("/admin/circulars").param("q", "联络员工作会议").cookie(staff))
                .andExpect(content().string(containsString("关于召开2026年度联络员工作会议的通知")));
    }

    @Test
    void openingTheCopyRecordsNoReadOnlyThePagesOwnPostWithItsCsrfTokenDoes() throws Exception {
        long circular = world.issue(CircularWorld.attendanceForm());
        long delivery = world.delivery(circular, world.cityA);
        Cookie liaison = Sessions.login(mvc, world.liaisonA, Fixtures.PASSWORD);

        mvc.perform(get("/admin/inbox/" + delivery).cookie(liaison)).andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/admin/inbox/" + delivery + "/read\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("标记为已读")));
        assertThat(readBy(delivery)).isNull();

        mvc.perform(post("/admin/inbox/" + delivery + "/read").cookie(liaison)).andExpect(status().isForbidden());
        assertThat(readBy(delivery)).isNull();

        mvc.perform(post("/admin/inbox/" + delivery + "/read").cookie(liaison).with(csrf()).header("X-Requested-With", "fetch"))
                .andExpect(status().isNoContent());
        assertThat(readBy(delivery)).isEqualTo(world.liaisonA);
        mvc.perform(get("/admin/inbox/" + delivery).cookie(liaison))
                .andExpect(content().string(not(containsString("/admin/inbox/" + delivery + "/read"))));
    }

    private void markRead(Cookie liaison, long delivery) throws Exception {
        mvc.perform(post("/admin/inbox/" + delivery + "/read").cookie(liaison).with(csrf()))
                .andExpect(redirectedUrl("/admin/inbox/" + delivery));
    }

    private String readBy(long delivery) {
        return jdbc.sql("SELECT read_by FROM circular_delivery WHERE id = :id").param("id", delivery)
                .query((rs, n) -> rs.getString(1)).list().get(0);
    }

    @Test
    void aLiaisonReadsRepliesWithTwoDelegatesAndStaffSeeTheFigure() throws Exception {
        long circular = world.issue(CircularWorld.attendanceForm());
        long delivery = world.delivery(circular, world.cityA);
        Cookie liaison = Sessions.login(mvc, world.liaisonA, Fixtures.PASSWORD);

        mvc.perform(get("/admin/inbox").cookie(liaison)).andExpect(status().isOk())
                .andExpect(content().string(containsString("关于召开2026年度联络员工作会议的通知")));
        mvc.perform(get("/admin/inbox/" + delivery).cookie(liaison)).andExpect(status().isOk())
                .andExpect(content().string(containsString("请各城市于规定时间前报送参会人员")));
        markRead(liaison, delivery);
        Instant firstRead = jdbc.sql("SELECT read_at FROM circular_delivery WHERE id = :id").param("id", delivery)
                .query(Timestamp.class).single().toInstant();
        markRead(liaison, delivery);
        assertThat(jdbc.sql("SELECT read_by FROM circular_delivery WHERE id = :id").param("id", delivery).query(String.class).single())
                .isEqualTo(world.liaisonA);
        assertThat(jdbc.sql("SELECT read_at FROM circular_delivery WHERE id = :id").param("id", delivery)
                .query(Timestamp.class).single().toInstant()).isEqualTo(firstRead);

        mvc.perform(post("/admin/inbox/" + delivery + "/receipt").cookie(liaison).with(csrf())
                        .param("a.f1", "参加").param("a.f2", "2")
                        .param("a.f3.name", "张三", "李四").param("a.f3.post", "副秘书长", "处长")
                        .param("a.f3.phone", "13900001111", "028-86001234"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/inbox/" + delivery));

        mvc.perform(get("/admin/circulars/" + circular + "/tracking").cookie(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("已回执 1/2 个城市（50.0%）")))
                .andExpect(content().string(containsString("张三 / 副秘书长 / 13900001111；李四 / 处长 / 028-86001234")));

        byte[] perDelegate = mvc.perform(get("/admin/circulars/" + circular + "/tracking/export").param("layout", "delegate").cookie(staff))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(rows(perDelegate)).hasSize(3).anySatisfy(row -> assertThat(row).contains("张三", "副秘书长", "13900001111", "参加"))
                .anySatisfy(row -> assertThat(row).contains("李四", "处长"));
        byte[] perCity = mvc.perform(get("/admin/circulars/" + circular + "/tracking/export").cookie(staff))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(rows(perCity)).hasSize(3).anySatisfy(row -> assertThat(row).contains(world.cityA, "按时回执", "参加"))
                .anySatisfy(row -> assertThat(row).contains(world.cityB, "未读"));
    }

    @Test
    void theDashboardShowsUnreadCirculasToLiaisonsAndReplyFiguresToStaff() throws Exception {
        world.issue(CircularWorld.attendanceForm());
        Cookie liaison = Sessions.login(mvc, world.liaisonB, Fixtures.PASSWORD);
        long unread = jdbc.sql("""
                        SELECT count(*) FROM circular_delivery d JOIN circular c ON c.id = d.circular_id
                        WHERE d.city_code = :city AND c.status = 'ISSUED' AND d.read_at IS NULL""")
                .param("city", world.cityB).query(Long.class).single();

        mvc.perform(get("/admin").cookie(liaison)).andExpect(status().isOk())
                .andExpect(content().string(containsString("未读通知（" + unread + "）")));
        mvc.perform(get("/admin").cookie(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("进行中的通知")))
                .andExpect(content().string(containsString("id=\"tasks-open\"")));
    }

    @Test
    void invalidAnswersReRenderWithFieldErrorsAndSaveNothing() throws Exception {
        long circular = world.issue(CircularWorld.attendanceForm());
        long delivery = world.delivery(circular, world.cityA);
        Cookie liaison = Sessions.login(mvc, world.liaisonA, Fixtures.PASSWORD);

        mvc.perform(post("/admin/inbox/" + delivery + "/receipt").cookie(liaison).with(csrf())
                        .param("a.f2", "两个").param("a.f3.name", "").param("a.f3.post", "处长").param("a.f3.phone", "12345"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("回执有误，未保存")))
                .andExpect(content().string(containsString("“是否参会”为必填项。")))
                .andExpect(content().string(containsString("“参会人数”请填写数字。")))
                .andExpect(content().string(containsString("第 1 位人员缺少姓名。")))
                .andExpect(content().string(containsString("value=\"处长\"")));
        assertThat(jdbc.sql("SELECT answers IS NULL AND replied_at IS NULL FROM circular_delivery WHERE id = :id")
                .param("id", delivery).query(Boolean.class).single()).isTrue();
    }

    @Test
    void receiptsMayBeAmendedUntilTheDeadlineThenOnlyAfterStaffReopen() {
        long circular = world.issue(CircularWorld.attendanceForm());
        long delivery = world.delivery(circular, world.cityA);
        ReceiptInput first = input("参加", "张三");
        Fixtures.as(world.actorA(), () -> { deliveries.submitReceipt(delivery, first); return null; });
        Fixtures.as(world.actorA(), () -> { deliveries.submitReceipt(delivery, input("参加", "王五")); return null; });
        assertThat(answersOf(delivery)).contains("王五").doesNotContain("张三");
        jdbc.sql("UPDATE circular_delivery SET first_replied_at = first_replied_at - interval '2 hours' WHERE id = :id")
                .param("id", delivery).update();

        world.moveDeadline(circular, Instant.now().minus(1, ChronoUnit.HOURS));
        assertThatThrownBy(() -> Fixtures.as(world.actorA(), () -> { deliveries.submitReceipt(delivery, input("不参加", "赵六")); return null; }))
                .isInstanceOf(RuleViolation.class).hasMessage("receipt.error.closed");
        assertThat(answersOf(delivery)).contains("王五");

        assertThatThrownBy(() -> Fixtures.as(world.actorA(), () -> { deliveries.reopen(delivery, Instant.now().plus(1, ChronoUnit.DAYS)); return null; }))
                .isInstanceOf(AccessDeniedException.class);
        fixtures.asAdmin(() -> { deliveries.reopen(delivery, Instant.now().plus(1, ChronoUnit.DAYS)); return null; });
        Fixtures.as(world.actorA(), () -> { deliveries.submitReceipt(delivery, input("不参加", "赵六")); return null; });
        assertThat(answersOf(delivery)).contains("赵六");
        Tracking tracking = fixtures.asAdmin(() -> queries.tracking(circular, TrackingFilter.none()));
        assertThat(tracking.rows()).filteredOn(r -> r.cityCode().equals(world.cityA)).singleElement()
                .extracting(TrackingRow::status).isEqualTo(DeliveryStatus.REPLIED_ON_TIME);
        assertThat(tracking.rows()).filteredOn(r -> r.cityCode().equals(world.cityB)).singleElement()
                .extracting(TrackingRow::status).isEqualTo(DeliveryStatus.OVERDUE);
    }

    /**
     * Two sessions of the city's liaison send an answer to a form both opened empty, at the same moment (two threads
     * released together): one is saved, the other is refused with a message, never saved over the first.
     */
    @Test
    void twoAnswersSentAtOnceDoNotOverwriteEachOtherSilently() throws Exception {
        long circular = world.issue(CircularWorld.attendanceForm());
        long delivery = world.delivery(circular, world.cityA);
        Cookie first = Sessions.login(mvc, world.liaisonA, Fixtures.PASSWORD);
        Cookie second = Sessions.login(mvc, world.liaisonA, Fixtures.PASSWORD);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<MockHttpServletResponse> one = threads.submit(() -> answerAt(together, first, delivery, "参加", "甲会话"));
            Future<MockHttpServletResponse> other = threads.submit(() -> answerAt(together, second, delivery, "不参加", "乙会话"));
            List<MockHttpServletResponse> answers = List.of(one.get(60, TimeUnit.SECONDS), other.get(60, TimeUnit.SECONDS));

            assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(302, 200);
            MockHttpServletResponse refused = answers.stream().filter(a -> a.getStatus() == 200).findFirst().orElseThrow();
            assertThat(refused.getContentAsString()).contains("您的修改未保存");
            String saved = answersOf(delivery);
            String winner = answers.get(0).getStatus() == 302 ? "甲会话" : "乙会话";
            String loser = winner.equals("甲会话") ? "乙会话" : "甲会话";
            assertThat(saved).contains(winner).doesNotContain(loser);
        } finally {
            threads.shutdownNow();
        }
    }

    private MockHttpServletResponse answerAt(CyclicBarrier together, Cookie session, long delivery, String attending, String delegate)
            throws Exception {
        together.await(30, TimeUnit.SECONDS);
        return mvc.perform(post("/admin/inbox/" + delivery + "/receipt").cookie(session).with(csrf()).param("seen", "")
                .param("a.f1", attending).param("a.f3.name", delegate)).andReturn().getResponse();
    }

    @Test
    void reopeningIsOfferedOnlyAfterTheDeadlineAndNeverShortensIt() throws Exception {
        long circular = world.issue(CircularWorld.attendanceForm());
        long delivery = world.delivery(circular, world.cityA);
        String reopen = "/admin/circulars/" + circular + "/deliveries/" + delivery + "/reopen";
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        LocalDateTime now = LocalDateTime.now(properties.timeZone());

        mvc.perform(get("/admin/circulars/" + circular + "/tracking").cookie(staff))
                .andExpect(content().string(not(containsString(reopen))));
        mvc.perform(get(reopen).cookie(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("截止后才能重新开放")))
                .andExpect(content().string(not(containsString("name=\"until\""))));
        mvc.perform(post(reopen).cookie(staff).with(csrf()).param("until", now.plusHours(1).format(minutes)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("回执截止时间尚未到")));
        assertThat(reopenedUntil(delivery)).isNull();

        world.moveDeadline(circular, Instant.now().minus(1, ChronoUnit.HOURS));
        mvc.perform(get("/admin/circulars/" + circular + "/tracking").cookie(staff))
                .andExpect(content().string(containsString(reopen)));
        mvc.perform(post(reopen).cookie(staff).with(csrf()).param("until", now.minusHours(2).format(minutes)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"until-error\"")))
                .andExpect(content().string(containsString("重新开放不能缩短截止时间")))
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(reopenedUntil(delivery)).isNull();

        mvc.perform(post(reopen).cookie(staff).with(csrf()).param("until", now.plusDays(1).format(minutes)))
                .andExpect(redirectedUrl("/admin/circulars/" + circular + "/tracking"));
        assertThat(reopenedUntil(delivery)).isNotNull();
    }

    private Instant reopenedUntil(long delivery) {
        return jdbc.sql("SELECT reopened_until FROM circular_delivery WHERE id = :id").param("id", delivery)
                .query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).list().get(0);
    }

    @Test
    void aLateFirstReplyAfterReopeningCountsAsLate() {
        long circular = world.issue(CircularWorld.attendanceForm());
        long delivery = world.delivery(circular, world.cityB);
        world.moveDeadline(circular, Instant.now().minus(2, ChronoUnit.DAYS));
        fixtures.asAdmin(() -> { deliveries.reopen(delivery, Instant.now().plus(1, ChronoUnit.DAYS)); return null; });
        Fixtures.as(world.actorB(), () -> { deliveries.submitReceipt(delivery, input("参加", "钱七")); return null; });

        assertThat(fixtures.asAdmin(() -> queries.delivery(delivery)).status()).isEqualTo(DeliveryStatus.REPLIED_LATE);
    }

    @Test
    void aCorrectionShowsWhatChangedAndAWithdrawalLeavesOnlyANotice() throws Exception {
        long circular = world.issue(CircularWorld.attendanceForm());
        long delivery = world.delivery(circular, world.cityA);
        Cookie liaison = Sessions.login(mvc, world.liaisonA, Fixtures.PASSWORD);
        markRead(liaison, delivery);

        mvc.perform(post("/admin/circulars/" + circular + "/correct").cookie(staff).with(csrf())
                        .param("title", "关于召开2026年度联络员工作会议的通知（更正）")
                        .param("bodyHtml", "<p>会议地点改为成都。</p>").param("deadline", "2099-01-10T17:00").param("note", "会议地点调整"))
                .andExpect(status().isFound());
        for (long eachCity : List.of(delivery, world.delivery(circular, world.cityB))) {
            assertThat(world.mailsPerRecipient(eachCity, "circular-corrected")).as("correction mails per liaison").isNotEmpty()
                    .allSatisfy((address, mails) -> assertThat(mails).as(address).isEqualTo(1L));
        }
        mvc.perform(get("/admin/inbox").cookie(liaison)).andExpect(content().string(containsString("已更正")));
        mvc.perform(get("/admin/inbox/" + delivery).cookie(liaison))
                .andExpect(content().string(containsString("本通知在您上次阅读后已更正")))
                .andExpect(content().string(containsString("会议地点调整")))
                .andExpect(content().string(containsString("2099-01-10 17:00")))
                .andExpect(content().string(containsString("会议地点改为成都")));

        mvc.perform(post("/admin/circulars/" + circular + "/withdraw").cookie(staff).with(csrf()).param("reason", "会议延期"))
                .andExpect(status().isFound());
        mvc.perform(get("/admin/inbox").cookie(liaison)).andExpect(status().isOk())
                .andExpect(content().string(containsString("撤回。原因：会议延期")))
                .andExpect(content().string(not(containsString("/admin/inbox/" + delivery + "\""))));
        mvc.perform(get("/admin/inbox/" + delivery).cookie(liaison)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("会议地点改为成都"))));
        assertThat(fixtures.asAdmin(() -> queries.details(circular)).revisions()).extracting(RevisionView::kind)
                .containsExactly("WITHDRAWN", "CORRECTED", "ISSUED");
    }

    @Test
    void draftsAreValidatedFieldByFieldAndNumbersAreUniquePerYear() throws Exception {
        String number = CircularWorld.docNumber();
        world.fixtures.asAdmin(() -> issuing.issueNew(new CircularDraft(number, "甲", Urgency.NORMAL,
                "<p>正文</p>", Targets.allMembers(), null, null), List.of()));
        long circulars = count();

        mvc.perform(post("/admin/circulars/new").cookie(staff).with(csrf())
                        .param("docNumber", number).param("title", "").param("bodyHtml", "<script>alert(1)</script>")
                        .param("targetMode", "PROVINCES").param("receiptEnabled", "true")
                        .param("fields[0].key", "f1").param("fields[0].label", "选择").param("fields[0].type", "SINGLE_CHOICE")
                        .param("fields[0].options", "唯一"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("在 2026 年已被另一份通知使用")))
                .andExpect(content().string(containsString("请填写正文。")))
                .andExpect(content().string(containsString("请至少选择一个省份。")))
                .andExpect(content().string(containsString("需要回执时，请填写回执截止时间。")))
                .andExpect(content().string(containsString("至少需要两个不同的选项")));
        assertThat(count()).isEqualTo(circulars);
    }

    @Test
    void theBuilderAddsAndRemovesQuestionsWithoutSaving() throws Exception {
        long circulars = count();
        mvc.perform(post("/admin/circulars/new").cookie(staff).with(csrf()).param("action", "addField")
                        .param("title", "草稿").param("fields[0].key", "f1").param("fields[0].label", "人数").param("fields[0].type", "NUMBER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"fields[1].key\" value=\"f2\"")))
                .andExpect(content().string(containsString("value=\"人数\"")));
        assertThat(count()).isEqualTo(circulars);
    }

    @Test
    void bodiesAreSanitizedAndSpoofedAttachmentsRefused() throws Exception {
        long circulars = count();
        mvc.perform(multipart("/admin/circulars/new")
                        .file(new MockMultipartFile("files", "通知.pdf", "application/pdf",
                                "<html><script>alert(1)</script></html>".getBytes()))
                        .cookie(staff).with(csrf()).param("docNumber", CircularWorld.docNumber()).param("title", "附件测试")
                        .param("bodyHtml", "<p>正文</p>").param("targetMode", "ALL_MEMBERS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不是允许的类型")));
        assertThat(count()).isEqualTo(circulars);

        long id = fixtures.asAdmin(() -> issuing.issueNew(new CircularDraft(CircularWorld.docNumber(), "净化",
                Urgency.URGENT, "<p onclick=\"x()\">文字<script>alert(1)</script><a href=\"javascript:alert(1)\">链接</a><img src=\"https://evil.example/x.png\"></p>",
                Targets.allMembers(), null, null), List.of()).circularId());
        String body = fixtures.asAdmin(() -> queries.details(id)).bodyHtml();
        assertThat(body).contains("文字").doesNotContain("script").doesNotContain("onclick").doesNotContain("javascript")
                .doesNotContain("evil.example");
    }

    @Test
    void aRefusedUploadLeavesNoFileBehindWhileTheAcceptedOneIsHeldForTheNextTry() throws Exception {
        long filesBefore = storedFiles();
        mvc.perform(multipart("/admin/circulars/new")
                        .file(new MockMultipartFile("files", "议程.pdf", "application/pdf", "%PDF-1.4 fine".getBytes()))
                        .file(new MockMultipartFile("files", "名单.xlsx", "application/vnd.ms-excel", "not a workbook".getBytes()))
                        .cookie(staff).with(csrf()).param("docNumber", CircularWorld.docNumber()).param("title", "两个附件")
                        .param("bodyHtml", "<p>正文</p>").param("targetMode", "ALL_MEMBERS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("名单.xlsx")))
                .andExpect(content().string(containsString("name=\"heldFiles\"")));
        assertThat(storedFiles()).isEqualTo(filesBefore + 1);
    }

    private long storedFiles() throws Exception {
        Path root = properties.dataDir().resolve("files");
        if (!Files.exists(root)) {
            return 0;
        }
        try (var files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM circular").query(Long.class).single();
    }

    private String answersOf(long delivery) {
        return jdbc.sql("SELECT answers::text FROM circular_delivery WHERE id = :id").param("id", delivery).query(String.class).single();
    }

    static ReceiptInput input(String attend, String delegate) {
        return new ReceiptInput(Map.of("f1", List.of(attend)),
                Map.of("f3", List.of(new Delegate(delegate, "处长", "13800002222"))));
    }

    private static List<List<String>> rows(byte[] xlsx) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.getStringCellValue()));
                rows.add(cells);
            }
            return rows;
        }
    }
}
