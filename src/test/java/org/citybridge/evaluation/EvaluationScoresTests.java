package org.citybridge.evaluation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.circulars.CircularsApi;
import org.citybridge.circulars.domain.CircularCorrections;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.domain.Appointments;
import org.citybridge.directory.domain.RosterConfirmations;
import org.citybridge.evaluation.domain.Adjustments;
import org.citybridge.evaluation.domain.EvaluationScores;
import org.citybridge.evaluation.domain.EvaluationYears;
import org.citybridge.events.EventTesting;
import org.citybridge.events.domain.CheckInCodes;
import org.citybridge.events.domain.CheckInRequest;
import org.citybridge.events.domain.CheckIns;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.DelegationView;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.events.domain.EventStatus;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.Role;
import org.citybridge.submissions.ReviewAction;
import org.citybridge.submissions.SubmissionKind;
import org.citybridge.submissions.domain.Adoption;
import org.citybridge.submissions.domain.ReportInput;
import org.citybridge.submissions.domain.SubmissionReview;
import org.citybridge.submissions.domain.SubmissionWriting;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.citybridge.tasks.TaskAction;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A small year of real work in three Liaoning cities, made through the real services and then dated into last year:
 * receipts on time, late after reopening and withdrawn; a completed and a cancelled task; a returned, resubmitted and
 * adopted report; a conference with check-ins; a roster confirmation; manual points; and a handover in July. The scores
 * and the evidence are asserted through the services, the pages and the API, with the scope of each reader.
 */
@IntegrationTest
class EvaluationScoresTests {

    private static final String ANSHAN = "210300";
    private static final String FUSHUN = "210400";
    private static final String LIAONING = "210000";

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
    RosterConfirmations confirmations;
    @Autowired
    EvaluationYears years;
    @Autowired
    Adjustments adjustments;
    @Autowired
    EvaluationScores scores;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;

    @Test
    void aYearOfWorkScoresEachCityAndEachLiaisonWithItsEvidence() throws Exception {
        int year = LocalDate.now(clock).getYear() - 1;
        fixtures.member(ANSHAN, FUSHUN);
        long before = fixtures.person("鞍山前任联络员");
        long after = fixtures.person("鞍山现任联络员");
        long fushunPerson = fixtures.person("抚顺联络员");
        long first = fixtures.appoint(ANSHAN, before, LiaisonRole.PRIMARY, LocalDate.of(2020, 1, 1));
        fixtures.asAdmin(() -> appointments.handOver(ANSHAN, first, after, LocalDate.of(year, 7, 1)));
        fixtures.appoint(FUSHUN, fushunPerson, LiaisonRole.PRIMARY, LocalDate.of(2020, 1, 1));
        String anshanLiaison = fixtures.account(Role.LIAISON, ANSHAN, null, after);
        String fushunLiaison = fixtures.account(Role.LIAISON, FUSHUN, null, fushunPerson);
        String coordinator = fixtures.account(Role.PROVINCE, null, LIAONING, null);
        Actor anshan = new Actor(anshanLiaison, Role.LIAISON, ANSHAN, null, after);

        // receipts: on time in March (the predecessor), replied late after reopening in August (the successor), one withdrawn
        long march = circular("三月回执", ANSHAN, FUSHUN);
        dateCircular(march, year, 3, 1, 10);
        reply(march, ANSHAN, date(year, 3, 5), date(year, 3, 5));
        long august = circular("八月回执", ANSHAN);
        dateCircular(august, year, 8, 1, 10);
        reply(august, ANSHAN, date(year, 8, 5), date(year, 8, 20));
        long withdrawn = circular("撤回的通知", ANSHAN);
        fixtures.asAdmin(() -> { corrections.withdraw(withdrawn, "重复发送"); return null; });
        dateCircular(withdrawn, year, 4, 1, 10);

        // tasks: Anshan completes on time in May, Fushun's is cancelled
        long task = fixtures.asAdmin(() -> assigning.assign(new NewTask("报送年度工作总结", "<p>请报送</p>", TaskPriority.NORMAL,
                LocalDate.now(clock).plusDays(5), List.of(ANSHAN, FUSHUN), List.of()), List.of()));
        Fixtures.as(anshan, () -> work.act(task, ANSHAN, TaskAction.ACCEPT, null, List.of()));
        Fixtures.as(anshan, () -> work.act(task, ANSHAN, TaskAction.PROGRESS, "起草中", List.of()));
        Fixtures.as(anshan, () -> work.act(task, ANSHAN, TaskAction.SUBMIT, "已报送", List.of()));
        fixtures.asAdmin(() -> work.act(task, ANSHAN, TaskAction.COMPLETE, null, List.of()));
        fixtures.asAdmin(() -> work.act(task, FUSHUN, TaskAction.CANCEL, "不再需要", List.of()));
        jdbc.sql("UPDATE task SET created_at = :at, due_date = :due WHERE id = :id").param("at", date(year, 5, 1))
                .param("due", LocalDate.of(year, 6, 1)).param("id", task).update();
        jdbc.sql("UPDATE task_transition SET at = :at WHERE assignment_id IN (SELECT id FROM task_assignment WHERE task_id = :id)")
                .param("at", date(year, 5, 20)).param("id", task).update();

        // a report returned, resubmitted and adopted in September
        long column = jdbc.sql("SELECT id FROM portal_column WHERE slug = 'liaison-work'").query(Long.class).single();
        long report = Fixtures.as(anshan, () -> writing.create(new ReportInput("鞍山：钢都振兴", SubmissionKind.CITY_NEWS,
                "<p>鞍山经验</p>"), true, List.of()));
        fixtures.asAdmin(() -> review.review(report, ReviewAction.RETURN, "请补充", null));
        Fixtures.as(anshan, () -> writing.submit(report));
        fixtures.asAdmin(() -> review.review(report, ReviewAction.ADOPT, null, new Adoption(column, null, null, null, null, null)));
        jdbc.sql("UPDATE submission SET first_submitted_at = :at WHERE id = :id").param("at", date(year, 9, 1)).param("id", report).update();

        // the annual conference in October: Anshan checked in, Fushun registered only
        EventTesting events = new EventTesting(fixtures, planning, registering, jdbc, clock);
        long event = events.openEvent("辽宁片区年度联络员工作会议", 50, null);
        DelegationView delegation = events.register(EventTesting.staff(), event, ANSHAN, EventTesting.delegation("鞍山代表"));
        events.register(EventTesting.staff(), event, FUSHUN, EventTesting.delegation("抚顺代表"));
        fixtures.asAdmin(() -> checkIns.checkIn(event, CheckInRequest.of(codes.issue(event, EventTesting.named(delegation, "鞍山代表").id()))));
        fixtures.asAdmin(() -> { planning.changeStatus(event, EventStatus.CLOSED); planning.changeStatus(event, EventStatus.HELD); return null; });
        jdbc.sql("UPDATE event SET starts_on = :on, ends_on = :on WHERE id = :id").param("on", LocalDate.of(year, 10, 10)).param("id", event).update();

        // Fushun confirmed its roster in November and lost two points
        long confirmation = fixtures.asAdmin(() -> confirmations.confirm(FUSHUN));
        jdbc.sql("UPDATE roster_confirmation SET confirmed_at = :at WHERE id = :id").param("at", date(year, 11, 1)).param("id", confirmation).update();
        fixtures.asAdmin(() -> { years.create(year, null); return null; });
        fixtures.asAdmin(() -> adjustments.add(year, new Adjustments.NewAdjustment(FUSHUN, null, new BigDecimal("-2"), "名录报送不及时", null)));

        CityScore wz = fixtures.asAdmin(() -> city(scores.cities(year, LIAONING), ANSHAN));
        assertThat(score(wz, IndicatorKind.RECEIPTS_ON_TIME)).extracting(IndicatorScore::met, IndicatorScore::expected).containsExactly(1L, 2L);
        assertThat(score(wz, IndicatorKind.TASKS_ON_TIME)).extracting(IndicatorScore::met, IndicatorScore::expected).containsExactly(1L, 1L);
        assertThat(score(wz, IndicatorKind.REPORTS_ADOPTED).met()).isEqualTo(1);
        assertThat(score(wz, IndicatorKind.REPORTS_PUBLISHED).met()).isEqualTo(1);
        assertThat(score(wz, IndicatorKind.CONFERENCE_ATTENDANCE)).extracting(IndicatorScore::met, IndicatorScore::expected).containsExactly(1L, 1L);
        CityScore gy = fixtures.asAdmin(() -> city(scores.cities(year, LIAONING), FUSHUN));
        assertThat(score(gy, IndicatorKind.RECEIPTS_ON_TIME)).extracting(IndicatorScore::met, IndicatorScore::expected).containsExactly(0L, 1L);
        assertThat(score(gy, IndicatorKind.TASKS_COMPLETED).expected()).as("the cancelled task is not counted").isZero();
        assertThat(score(gy, IndicatorKind.CONFERENCE_ATTENDANCE)).extracting(IndicatorScore::met, IndicatorScore::expected).containsExactly(0L, 1L);
        assertThat(score(gy, IndicatorKind.ROSTER_CONFIRMED).met()).isEqualTo(1);
        assertThat(gy.adjustments()).isEqualByComparingTo("-2");

        CityEvaluation card = fixtures.asAdmin(() -> scores.city(year, ANSHAN));
        assertThat(card.evidenceFor(IndicatorKind.RECEIPTS_ON_TIME))
                .extracting(EvidenceItem::sourceId, EvidenceItem::reason, EvidenceItem::creditedPersonId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(march, EvidenceReason.REPLIED_ON_TIME, before),
                        org.assertj.core.groups.Tuple.tuple(withdrawn, EvidenceReason.WITHDRAWN, before),
                        org.assertj.core.groups.Tuple.tuple(august, EvidenceReason.REPLIED_LATE_AFTER_REOPENING, after));
        List<LiaisonScore> liaisons = fixtures.asAdmin(() -> scores.liaisons(year, LIAONING));
        assertThat(score(liaison(liaisons, before), IndicatorKind.RECEIPTS_ON_TIME)).extracting(IndicatorScore::met, IndicatorScore::expected)
                .containsExactly(1L, 1L);
        assertThat(score(liaison(liaisons, after), IndicatorKind.RECEIPTS_ON_TIME)).extracting(IndicatorScore::met, IndicatorScore::expected)
                .containsExactly(0L, 1L);
        assertThat(score(liaison(liaisons, after), IndicatorKind.REPORTS_ADOPTED).met()).isEqualTo(1);

        // a draft year is unknown to the liaisons; once scored, each reads its own city only
        Actor fushun = new Actor(fushunLiaison, Role.LIAISON, FUSHUN, null, fushunPerson);
        assertThatThrownBy(() -> Fixtures.as(fushun, () -> scores.city(year, FUSHUN))).isInstanceOf(NotFoundException.class);
        fixtures.asAdmin(() -> { years.changeStatus(year, EvaluationStatus.SCORED); return null; });
        assertThat(Fixtures.as(fushun, () -> scores.cities(year, null))).extracting(CityScore::cityCode).containsExactly(FUSHUN);
        assertThatThrownBy(() -> Fixtures.as(fushun, () -> scores.city(year, ANSHAN))).isInstanceOf(NotFoundException.class);

        String api = "/api/v1/evaluations/" + year;
        mvc.perform(get(api + "/scores").param("by", "liaison").param("province", LIAONING).with(httpBasic(coordinator, Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.liaisons[*].personName", hasItems("鞍山前任联络员", "鞍山现任联络员", "抚顺联络员")));
        mvc.perform(get(api + "/scores").param("by", "province").with(httpBasic(coordinator, Fixtures.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:citybridge:problem:invalid-parameter"))
                .andExpect(jsonPath("$.detail", containsString("province")));
        mvc.perform(get(api + "/cities/" + ANSHAN + "/evidence").with(httpBasic(anshanLiaison, Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score.cityCode").value(ANSHAN))
                .andExpect(jsonPath("$.evidence[?(@.indicator == 'CONFERENCE_ATTENDANCE')].reason").value(hasItems("CHECKED_IN")));
        mvc.perform(get(api + "/cities/" + ANSHAN + "/evidence").with(httpBasic(fushunLiaison, Fixtures.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/admin/evaluations/" + year + "/cities/" + ANSHAN).cookie(Sessions.login(mvc, anshanLiaison, Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/inbox/")))
                .andExpect(content().string(containsString("/admin/submissions/" + report)))
                .andExpect(content().string(containsString("重新开放后逾期回执")));
    }

    private long circular(String title, String... cities) {
        return backdated().issue("宁考", title, cities);
    }

    private void dateCircular(long id, int year, int month, int issuedDay, int deadlineDay) {
        backdated().backdate(id, date(year, month, issuedDay), date(year, month, deadlineDay));
    }

    private void reply(long circular, String city, Timestamp first, Timestamp last) {
        backdated().reply(circular, city, first, last);
    }

    private Timestamp date(int year, int month, int day) {
        return backdated().at(year, month, day);
    }

    private BackdatedCirculars backdated() {
        return new BackdatedCirculars(fixtures, circulars, jdbc, clock);
    }

    private static CityScore city(List<CityScore> cities, String code) {
        return cities.stream().filter(c -> c.cityCode().equals(code)).findFirst().orElseThrow();
    }

    private static LiaisonScore liaison(List<LiaisonScore> liaisons, long personId) {
        return liaisons.stream().filter(l -> l.personId() == personId).findFirst().orElseThrow();
    }

    private static IndicatorScore score(CityScore city, IndicatorKind kind) {
        return city.indicators().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    private static IndicatorScore score(LiaisonScore liaison, IndicatorKind kind) {
        return liaison.indicators().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }
}
