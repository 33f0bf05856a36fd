package org.citybridge.events;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.citybridge.events.domain.DelegateState;
import org.citybridge.events.domain.DelegateView;
import org.citybridge.events.domain.DelegationAnswer;
import org.citybridge.events.domain.DelegationEntry;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.DelegationView;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.events.domain.EventQueries;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back-office pages of events: the secretariat's event form with its builder rows and status buttons, the
 * liaison's delegation form (rows added and removed without losing input, errors next to fields, nothing half-saved)
 * and the board per city. Lhasa (540100, Tibet) registers; Nyingchi (540400) declines; Qamdo (540300) does not answer.
 */
@IntegrationTest
class EventPagesTests {

    private static final String LHASA = "540100";
    private static final String NYINGCHI = "540400";
    private static final String QAMDO = "540300";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    EventPlanning planning;
    @Autowired
    DelegationRegistering registering;
    @Autowired
    EventQueries queries;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private EventTesting events;
    private static String staff;
    private static String liaison;
    private static String coordinator;
    private static Actor nyingchi;

    @BeforeEach
    void accounts() {
        events = new EventTesting(fixtures, planning, registering, jdbc, clock);
        if (staff != null) {
            return;
        }
        fixtures.member(LHASA, NYINGCHI, QAMDO);
        staff = fixtures.account(Role.STAFF);
        Actor lhasa = events.liaison(LHASA);
        liaison = fixtures.account(Role.LIAISON, LHASA, null, lhasa.personId());
        nyingchi = events.liaison(NYINGCHI);
        coordinator = fixtures.account(Role.PROVINCE, null, "540000", null);
    }

    private Cookie as(String user) throws Exception {
        return Sessions.login(mvc, user, Fixtures.PASSWORD);
    }

    /** The event form filled in as staff would, with some fields typed otherwise: name, value, name, value, … */
    private MockHttpServletRequestBuilder eventForm(String path, String... changed) {
        String first = events.firstDay().toString();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "TRAINING");
        fields.put("title", "联络员业务培训班");
        fields.put("hostCityCode", LHASA);
        fields.put("startsOn", first);
        fields.put("endsOn", events.firstDay().plusDays(1).toString());
        fields.put("registrationClosesAt", LocalDateTime.now(clock).plusDays(10).withSecond(0).withNano(0).toString());
        fields.put("capacity", "60");
        fields.put("cityQuota", "3");
        fields.put("notes", "请着正装。");
        fields.put("version", "0");
        fields.put("venues[0].name", "拉萨饭店");
        fields.put("venues[0].address", "拉萨市民族路");
        fields.put("sessions[0].day", first);
        fields.put("sessions[0].startsAt", "09:00");
        fields.put("sessions[0].endsAt", "12:00");
        fields.put("sessions[0].title", "开班式");
        fields.put("sessions[0].kind", "PLENARY");
        fields.put("sessions[1].day", first);
        fields.put("sessions[1].startsAt", "14:30");
        fields.put("sessions[1].endsAt", "17:00");
        fields.put("sessions[1].title", "参观布达拉宫");
        fields.put("sessions[1].kind", "SITE_VISIT");
        fields.put("sessions[1].optional", "true");
        fields.put("sessions[1].capacity", "30");
        for (int i = 0; i + 1 < changed.length; i += 2) {
            fields.put(changed[i], changed[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void theSecretariatWritesAnEventWithItsAgendaByDayAndOpensItAfterConfirming() throws Exception {
        Cookie session = as(staff);
        mvc.perform(get("/admin/events/new").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("新建会议活动")));
        mvc.perform(eventForm("/admin/events/new", "action", "addSession:" + events.firstDay().plusDays(1)).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("参观布达拉宫"), containsString("拉萨饭店"),
                        containsString("name=\"sessions[2].title\""), containsString("添加 " + events.firstDay().plusDays(1) + " 的日程"))));
        long before = events.count("SELECT count(*) FROM event");
        String location = mvc.perform(eventForm("/admin/events/new").cookie(session))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/admin/events/*"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(events.count("SELECT count(*) FROM event")).isEqualTo(before + 1);
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(get(location).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("联络员业务培训班"), containsString("第 1 天（" + events.firstDay() + "）"),
                        containsString("09:00–12:00"), containsString("参观布达拉宫"), containsString("已选 0 / 30"),
                        containsString("请着正装。"), containsString("data-confirm=\"confirm-OPEN\""), containsString("拉萨市"))));
        mvc.perform(post(location + "/status").param("status", "OPEN").with(csrf()).cookie(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("confirm-status-step")));
        assertThat(jdbc.sql("SELECT status FROM event WHERE id = :id").param("id", id).query(String.class).single()).isEqualTo("DRAFT");
        mvc.perform(post(location + "/status").param("status", "OPEN").param("confirmed", "true").with(csrf()).cookie(session))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM event WHERE id = :id").param("id", id).query(String.class).single()).isEqualTo("OPEN");
        mvc.perform(post(location + "/status").param("status", "HELD").param("confirmed", "true").with(csrf()).cookie(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("会议当前为“报名中”，不能改为“已举办”。")));
    }

    @Test
    void everyProblemOfTheEventFormIsShownNextToItsFieldAndNothingIsSaved() throws Exception {
        Cookie session = as(staff);
        long before = events.count("SELECT count(*) FROM event");
        mvc.perform(eventForm("/admin/events/new", "title", " ", "capacity", "很多", "sessions[0].startsAt", "9点",
                        "sessions[1].day", events.firstDay().plusDays(30).toString(), "venues[0].name", "").cookie(session))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("eventForm", "title", "validation.required"))
                .andExpect(model().attributeHasFieldErrors("eventForm", "capacity", "sessions[0].startsAt"))
                .andExpect(model().attributeHasFieldErrorCode("eventForm", "sessions[1].day", "event.error.dayOutsideEvent"))
                .andExpect(model().attributeHasFieldErrorCode("eventForm", "venues[0].name", "validation.required"))
                .andExpect(content().string(allOf(containsString("请填写整数。"), containsString("时间格式不正确（HH:MM）。"),
                        containsString("日程日期须在会议日期之内。"), containsString("value=\"9点\""), containsString("拉萨市民族路"))));
        assertThat(events.count("SELECT count(*) FROM event")).isEqualTo(before);
    }

    @Test
    void aLiaisonAddsAndRemovesRowsWithoutLosingInputSeesErrorsNextToFieldsAndSavesTheWholeDelegation() throws Exception {
        long id = events.openEvent("拉萨联络员工作会议", 3, 3);
        events.register(EventTesting.staff(), id, QAMDO, EventTesting.delegation("昌都代表"));
        Cookie session = as(liaison);
        String page = "/admin/events/" + id + "/delegations/" + LHASA;
        mvc.perform(get("/admin/events/" + id + "/delegation").cookie(session)).andExpect(status().is3xxRedirection());
        mvc.perform(get(page).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("拉萨市参会报名"), containsString("name=\"delegates[0].name\""),
                        containsString("第一组：天府新区"), containsString("城市更新专题讲座"))));

        mvc.perform(post(page).with(csrf()).cookie(session).param("action", "addDelegate")
                        .param("delegates[0].name", "次仁").param("delegates[0].gender", "MALE").param("delegates[0].mobile", "13800000101")
                        .param("delegates[0].arrivalTime", "25:99"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"次仁\""), containsString("name=\"delegates[1].name\""),
                        containsString("value=\"25:99\""))));
        long before = events.count("SELECT count(*) FROM event_delegate");
        mvc.perform(post(page).with(csrf()).cookie(session).param("action", "save")
                        .param("delegates[0].name", "次仁").param("delegates[0].gender", "MALE").param("delegates[0].mobile", "13800000101")
                        .param("delegates[0].arrivalDate", events.firstDay().toString()).param("delegates[0].arrivalTime", "10:00")
                        .param("delegates[1].name", "卓玛").param("delegates[1].mobile", "12345")
                        .param("delegates[1].diet", "OTHER").param("delegates[1].lodging", "SINGLE"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("delegationForm", "delegates[1].gender", "validation.required"))
                .andExpect(model().attributeHasFieldErrorCode("delegationForm", "delegates[1].mobile", "event.error.mobile"))
                .andExpect(model().attributeHasFieldErrorCode("delegationForm", "delegates[1].dietNote", "validation.required"))
                .andExpect(content().string(allOf(containsString("value=\"卓玛\""), containsString("is-invalid"),
                        containsString("报名名单未保存，请修改以下 3 处问题："),
                        containsString("<a class=\"alert-link\" href=\"#delegates[1].mobile\"><span>参会人员 2</span><span> · 手机</span><span>：手机号码格式不正确"))));
        assertThat(events.count("SELECT count(*) FROM event_delegate")).isEqualTo(before);

        mvc.perform(post(page).with(csrf()).cookie(session).param("action", "save")
                        .param("delegates[0].name", "甲").param("delegates[0].gender", "MALE").param("delegates[0].mobile", "13800000111")
                        .param("delegates[1].name", "乙").param("delegates[1].gender", "MALE").param("delegates[1].mobile", "13800000112")
                        .param("delegates[2].name", "丙").param("delegates[2].gender", "MALE").param("delegates[2].mobile", "13800000113")
                        .param("delegates[3].name", "丁").param("delegates[3].gender", "MALE").param("delegates[3].mobile", "13800000114"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("每个城市最多报名 3 人（含候补），本次提交了 4 人。"),
                        not(containsString("报名名单未保存")))));
        assertThat(events.count("SELECT count(*) FROM event_delegate")).isEqualTo(before);

        mvc.perform(post(page).with(csrf()).cookie(session).param("action", "save")
                        .param("delegates[0].name", "次仁").param("delegates[0].gender", "MALE").param("delegates[0].mobile", "13800000101")
                        .param("delegates[1].name", "卓玛").param("delegates[1].gender", "FEMALE").param("delegates[1].mobile", "13800000102")
                        .param("delegates[1].diet", "HALAL")
                        .param("delegates[2].name", "扎西").param("delegates[2].gender", "MALE").param("delegates[2].mobile", "13800000103")
                        .param("delegates[3].name", "").param("delegates[3].mobile", ""))
                .andExpect(status().is3xxRedirection());
        DelegationView saved = EventTesting.as(EventTesting.staff(), () -> queries.delegation(id, LHASA));
        assertThat(saved.delegates()).extracting(DelegateView::name).containsExactly("次仁", "卓玛", "扎西");
        assertThat(saved.delegates()).extracting(DelegateView::state)
                .containsExactly(DelegateState.REGISTERED, DelegateState.REGISTERED, DelegateState.WAITLISTED);
        mvc.perform(get(page).cookie(session)).andExpect(content().string(allOf(containsString("候补第 1 位"),
                containsString("value=\"" + saved.delegates().get(2).id() + "\""))));

        String cancelled = String.valueOf(named(saved, "卓玛").id());
        mvc.perform(post(page).with(csrf()).cookie(session).param("action", "removeDelegate:1")
                        .param("delegates[0].id", String.valueOf(named(saved, "次仁").id())).param("delegates[0].name", "次仁")
                        .param("delegates[0].gender", "MALE").param("delegates[0].mobile", "13800000101")
                        .param("delegates[1].id", cancelled).param("delegates[1].name", "卓玛")
                        .param("delegates[1].gender", "FEMALE").param("delegates[1].mobile", "13800000102")
                        .param("delegates[2].id", String.valueOf(named(saved, "扎西").id())).param("delegates[2].name", "扎西")
                        .param("delegates[2].gender", "MALE").param("delegates[2].mobile", "13800000103"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("保存后将取消以下人员的报名：卓玛"), not(containsString("value=\"卓玛\"")))));
    }

    private static DelegateView named(DelegationView delegation, String name) {
        return EventTesting.named(delegation, name);
    }

    @Test
    void theBoardShowsEachCitysAnswerAndAfterTheDeadlineTheLiaisonOnlyReads() throws Exception {
        long id = events.openEvent("西藏片区座谈会", 50, null);
        events.register(EventTesting.staff(), id, LHASA, EventTesting.delegation("拉萨一", "拉萨二"));
        events.register(nyingchi, id, NYINGCHI, new DelegationEntry(DelegationAnswer.DECLINED, List.of()));
        String board = mvc.perform(get("/admin/events/" + id + "/board").param("province", "540000").cookie(as(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(board).contains("拉萨市", "林芝市", "昌都市", "2 人", "不参加", "未答复");
        assertThat(board).containsPattern("id=\"total-registered\">1<").containsPattern("id=\"total-declined\">1<");
        mvc.perform(get("/admin/events/" + id + "/board").param("province", "510000").cookie(as(staff)))
                .andExpect(content().string(not(containsString("拉萨市"))));

        events.deadlinePassed(id);
        mvc.perform(get("/admin/events/" + id + "/delegations/" + LHASA).cookie(as(liaison)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("报名已于"), containsString("拉萨一"), not(containsString("delegation-form")))));
        mvc.perform(get("/admin/events/" + id + "/delegations/" + LHASA).cookie(as(coordinator)))
                .andExpect(content().string(containsString("您可以查看本市的报名名单，但不能修改。")));
    }
}
