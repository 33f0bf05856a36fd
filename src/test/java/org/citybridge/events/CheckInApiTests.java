package org.citybridge.events;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.citybridge.events.domain.CheckInCodes;
import org.citybridge.events.domain.CheckInStaff;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.DelegationView;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.events.domain.EventStatus;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Check-in through the API: a scan, the same badge at two stations at once, an offline queue synced twice, refused
 * codes and delegates, sessions, the list a station keeps offline, bad input, and check-in staff kept to their event.
 * Liuzhou (450200) and Guilin (450300) of Guangxi and Sanya (460200) of Hainan send delegates.
 */
@IntegrationTest
class CheckInApiTests {

    private static final String LIUZHOU = "450200";
    private static final String GUILIN = "450300";
    private static final String SANYA = "460200";
    private static final String REFUSED = "urn:citybridge:problem:check-in-refused";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    EventPlanning planning;
    @Autowired
    DelegationRegistering registering;
    @Autowired
    CheckInStaff checkInStaff;
    @Autowired
    CheckInCodes codes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    DataSource dataSource;

    private EventTesting events;
    private static String staff;
    private static String desk;

    @BeforeEach
    void accounts() {
        events = new EventTesting(fixtures, planning, registering, jdbc, clock);
        if (staff == null) {
            staff = fixtures.account(Role.STAFF);
            desk = fixtures.account(Role.CHECKIN);
        }
    }

    /** An open event with its check-in desk granted and delegations from three cities; answers the event's id. */
    private long event(String title) {
        long id = events.openEvent(title, 50, null);
        fixtures.asAdmin(() -> {
            checkInStaff.grant(id, desk);
            return null;
        });
        return id;
    }

    private DelegationView register(long event, String city, String... names) {
        return events.register(EventTesting.staff(), event, city, EventTesting.delegation(names));
    }

    private String code(long event, DelegationView delegation, String name) {
        return codes.issue(event, EventTesting.named(delegation, name).id());
    }

    private ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON));
    }

    private ResultActions scan(String user, long event, String json) throws Exception {
        return call(user, post("/api/v1/events/" + event + "/check-ins").content(json));
    }

    private static String json(String code) {
        return "{\"code\": \"" + code + "\"}";
    }

    private long checkIns(long event) {
        return events.count("SELECT count(*) FROM event_check_in WHERE event_id = ?", event);
    }

    @Test
    void aScanChecksInOnceAndASecondScanSaysWhenAndByWhom() throws Exception {
        long event = event("签到测试会议");
        DelegationView liuzhou = register(event, LIUZHOU, "柳州甲", "柳州乙");
        register(event, SANYA, "三亚甲");
        String code = code(event, liuzhou, "柳州甲");

        String first = scan(staff, event, "{\"code\": \"" + code + "\", \"station\": \"一号签到台\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.delegateName").value("柳州甲"))
                .andExpect(jsonPath("$.cityName").value("柳州市"))
                .andExpect(jsonPath("$.provinceName").value("广西壮族自治区"))
                .andExpect(jsonPath("$.first").value(true))
                .andExpect(jsonPath("$.by").value(staff))
                .andExpect(jsonPath("$.station").value("一号签到台"))
                .andExpect(jsonPath("$.session").value(nullValue()))
                .andReturn().getResponse().getContentAsString();
        String at = first.replaceAll(".*\"at\":\"([^\"]+)\".*", "$1");

        scan(desk, event, "{\"code\": \" " + code + "\\n\", \"station\": \"二号签到台\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.first").value(false))
                .andExpect(jsonPath("$.at").value(at))
                .andExpect(jsonPath("$.by").value(staff))
                .andExpect(jsonPath("$.station").value("一号签到台"));
        assertThat(checkIns(event)).isEqualTo(1);

        call(staff, get("/api/v1/events/" + event + "/figures"))
                .andExpect(jsonPath("$.registered").value(3))
                .andExpect(jsonPath("$.registeredCities").value(2))
                .andExpect(jsonPath("$.checkedIn").value(1))
                .andExpect(jsonPath("$.checkedInCities").value(1))
                .andExpect(jsonPath("$.byProvince[0].provinceCode").value("450000"))
                .andExpect(jsonPath("$.byProvince[0].checkedIn").value(1))
                .andExpect(jsonPath("$.byProvince[0].checkedInCities").value(1))
                .andExpect(jsonPath("$.byProvince[1].provinceCode").value("460000"))
                .andExpect(jsonPath("$.byProvince[1].registered").value(1))
                .andExpect(jsonPath("$.byProvince[1].checkedIn").value(0));
    }

    /**
     * Two stations scan the same badge at the same moment: it counts once. The requests start together (a latch) and
     * the check-in table is held locked until both wait to write, so that each has read, before either commits, that
     * the delegate was not checked in yet; the unique index lets one of them record it and tells the other.
     */
    @RepeatedTest(3)
    void theSameCodeAtTwoStationsAtOnceCountsOnce() throws Exception {
        long event = event("两台同时签到");
        String code = code(event, register(event, GUILIN, "桂林甲"), "桂林甲");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService stations = Executors.newFixedThreadPool(2);
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("LOCK TABLE event_check_in IN EXCLUSIVE MODE");
            List<Future<String>> answers = new ArrayList<>();
            for (String[] station : List.of(new String[]{staff, "一号签到台"}, new String[]{desk, "二号签到台"})) {
                answers.add(stations.submit(() -> {
                    start.await();
                    return scan(station[0], event, "{\"code\": \"" + code + "\", \"station\": \"" + station[1] + "\"}")
                            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                }));
            }
            start.countDown();
            await().atMost(Duration.ofSeconds(60)).until(() -> waitingOnLocks() >= 2);
            holder.rollback();
            List<Boolean> first = new ArrayList<>();
            List<String> stationsNamed = new ArrayList<>();
            for (Future<String> answer : answers) {
                String body = answer.get();
                first.add(body.contains("\"first\":true"));
                stationsNamed.add(body.replaceAll(".*\"station\":\"([^\"]+)\".*", "$1"));
            }
            assertThat(first).containsExactlyInAnyOrder(true, false);
            assertThat(stationsNamed.get(0)).as("both name the station that counted").isEqualTo(stationsNamed.get(1));
        } finally {
            stations.shutdownNow();
        }
        assertThat(checkIns(event)).isEqualTo(1);
    }

    private long waitingOnLocks() {
        return events.count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
    }

    @Test
    void anOfflineQueueSyncedTwiceCountsOnce() throws Exception {
        long event = event("离线同步测试");
        DelegationView guilin = register(event, GUILIN, "桂林甲", "桂林乙");
        Instant scanned = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        String queue = """
                [{"code": "%s", "station": "三号签到台", "clientId": "phone-3:1", "at": "%s"},
                 {"code": "%s", "station": "三号签到台", "clientId": "phone-3:2", "at": "%s"},
                 {"code": "%s", "station": "三号签到台", "clientId": "phone-3:3", "at": "%s"},
                 {"code": "E%d.1.AAAAAAAAAAAAAAAAAAAAAA", "clientId": "phone-3:4"}]"""
                .formatted(code(event, guilin, "桂林甲"), scanned, code(event, guilin, "桂林乙"), scanned.plusSeconds(5),
                        code(event, guilin, "桂林甲"), scanned.plusSeconds(9), event);
        for (int sync = 1; sync <= 2; sync++) {
            call(desk, post("/api/v1/events/" + event + "/check-ins/batch").content(queue))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$", hasSize(4)))
                    .andExpect(jsonPath("$[0].clientId").value("phone-3:1"))
                    .andExpect(jsonPath("$[0].checkIn.first").value(true))
                    .andExpect(jsonPath("$[0].checkIn.at").value(scanned.toString()))
                    .andExpect(jsonPath("$[0].refused").value(nullValue()))
                    .andExpect(jsonPath("$[1].checkIn.first").value(true))
                    .andExpect(jsonPath("$[1].checkIn.delegateName").value("桂林乙"))
                    .andExpect(jsonPath("$[2].checkIn.first").value(false))
                    .andExpect(jsonPath("$[2].checkIn.at").value(scanned.toString()))
                    .andExpect(jsonPath("$[3].checkIn").value(nullValue()))
                    .andExpect(jsonPath("$[3].refused.reason").value("INVALID_CODE"))
                    .andExpect(jsonPath("$[3].refused.title").value("签到码无效"));
            assertThat(checkIns(event)).as("after sync " + sync).isEqualTo(2);
        }
        call(staff, get("/api/v1/events/" + event + "/figures")).andExpect(jsonPath("$.checkedIn").value(2))
                .andExpect(jsonPath("$.checkedInCities").value(1));
    }

    @Test
    void forgedAlteredAndOtherEventsCodesAreRefused() throws Exception {
        long event = event("伪造签到码测试");
        long other = event("另一会议");
        DelegationView guilin = register(event, GUILIN, "桂林甲");
        DelegationView elsewhere = register(other, GUILIN, "别会代表");
        String genuine = code(event, guilin, "桂林甲");
        String last = genuine.substring(genuine.length() - 1);
        List<String> refused = List.of(
                code(other, elsewhere, "别会代表"),
                "E" + event + "." + EventTesting.named(elsewhere, "别会代表").id() + genuine.substring(genuine.lastIndexOf('.')),
                genuine.substring(0, genuine.length() - 1) + (last.equals("A") ? "B" : "A"),
                "E" + event + "." + EventTesting.named(guilin, "桂林甲").id() + ".q0p7gBv3fKc9rXmVd2Lw1A",
                "张三", "");
        for (String code : refused) {
            scan(desk, event, json(code))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value(REFUSED))
                    .andExpect(jsonPath("$.title").value("签到码无效"))
                    .andExpect(jsonPath("$.reason").value("INVALID_CODE"))
                    .andExpect(jsonPath("$.detail").value(containsString("不是本次会议的有效签到码")))
                    .andExpect(jsonPath("$.errors[0].field").value("code"));
        }
        scan(desk, event, "{}").andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.reason").value("INVALID_CODE"));
        mvc.perform(post("/api/v1/events/" + event + "/check-ins").with(httpBasic(desk, Fixtures.PASSWORD))
                        .param("lang", "en").contentType(MediaType.APPLICATION_JSON).content(json("forged")))
                .andExpect(jsonPath("$.title").value("Invalid check-in code"));
        assertThat(checkIns(event) + checkIns(other)).isZero();
    }

    @Test
    void cancelledAndWaitlistedDelegatesAreRefused() throws Exception {
        long event = events.openEvent("候补与取消签到", 1, null);
        fixtures.asAdmin(() -> {
            checkInStaff.grant(event, desk);
            return null;
        });
        DelegationView liuzhou = register(event, LIUZHOU, "柳州正式", "柳州候补", "柳州取消");
        EventTesting.as(EventTesting.staff(), () -> registering.cancel(event, LIUZHOU, EventTesting.named(liuzhou, "柳州取消").id()));

        scan(desk, event, json(code(event, liuzhou, "柳州候补")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("WAITLISTED"))
                .andExpect(jsonPath("$.title").value("候补尚未转正"))
                .andExpect(jsonPath("$.detail").value("柳州候补（柳州市）仍在候补名单中，没有参会名额，不能签到。"));
        scan(desk, event, json(code(event, liuzhou, "柳州取消")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("CANCELLED"))
                .andExpect(jsonPath("$.title").value("已取消报名"));
        scan(desk, event, json(code(event, liuzhou, "柳州正式"))).andExpect(jsonPath("$.first").value(true));
        assertThat(checkIns(event)).isEqualTo(1);
    }

    @Test
    void sessionsAreCheckedInApartFromTheEvent() throws Exception {
        long event = event("分场签到测试");
        long other = event("分场签到他会");
        String code = code(event, register(event, SANYA, "三亚甲"), "三亚甲");
        long lecture = jdbc.sql("SELECT id FROM event_session WHERE event_id = :id AND optional").param("id", event).query(Long.class).single();
        long otherLecture = jdbc.sql("SELECT id FROM event_session WHERE event_id = :id AND optional").param("id", other).query(Long.class).single();

        scan(desk, event, "{\"code\": \"" + code + "\", \"session\": " + lecture + "}")
                .andExpect(jsonPath("$.first").value(true)).andExpect(jsonPath("$.session").value(lecture));
        scan(desk, event, "{\"code\": \"" + code + "\", \"session\": " + lecture + "}").andExpect(jsonPath("$.first").value(false));
        call(staff, get("/api/v1/events/" + event + "/figures")).andExpect(jsonPath("$.checkedIn").value(0));
        scan(desk, event, json(code)).andExpect(jsonPath("$.first").value(true));
        assertThat(checkIns(event)).isEqualTo(2);

        for (long unknown : new long[]{otherLecture, 999_999_999L}) {
            scan(desk, event, "{\"code\": \"" + code + "\", \"session\": " + unknown + "}")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.reason").value("UNKNOWN_SESSION"))
                    .andExpect(jsonPath("$.errors[0].field").value("session"));
        }
    }

    @Test
    void theListHasNamesCitiesAndCodesButNoMobiles() throws Exception {
        long event = events.openEvent("签到名单测试", 2, null);
        fixtures.asAdmin(() -> {
            checkInStaff.grant(event, desk);
            return null;
        });
        DelegationView sanya = register(event, SANYA, "三亚甲", "三亚乙", "三亚候补");
        String mobile = EventTesting.named(sanya, "三亚甲").mobile();
        long lecture = jdbc.sql("SELECT id FROM event_session WHERE event_id = :id AND optional").param("id", event).query(Long.class).single();
        scan(desk, event, json(code(event, sanya, "三亚甲"))).andExpect(status().isOk());
        LocalDate lastDay = events.firstDay().plusDays(2);

        call(desk, get("/api/v1/events/" + event + "/check-in-list"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(mobile))))
                .andExpect(content().string(not(containsString("三亚候补"))))
                .andExpect(jsonPath("$.title").value("签到名单测试"))
                .andExpect(jsonPath("$.expiresAt").value(lastDay.plusDays(2).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().toString()))
                .andExpect(jsonPath("$.sessions", hasSize(2)))
                .andExpect(jsonPath("$.delegates", hasSize(2)))
                .andExpect(jsonPath("$.delegates[0].name").value("三亚甲"))
                .andExpect(jsonPath("$.delegates[0].cityName").value("三亚市"))
                .andExpect(jsonPath("$.delegates[0].code").value(code(event, sanya, "三亚甲")))
                .andExpect(jsonPath("$.delegates[0].checkedInAt").isNotEmpty())
                .andExpect(jsonPath("$.delegates[1].checkedInAt").value(nullValue()));
        call(desk, get("/api/v1/events/" + event + "/check-in-list").param("session", String.valueOf(lecture)))
                .andExpect(jsonPath("$.session").value(lecture))
                .andExpect(jsonPath("$.delegates[0].checkedInAt").value(nullValue()));
        call(desk, get("/api/v1/events/" + event + "/check-in-list").param("session", "999999999"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.reason").value("UNKNOWN_SESSION"));
    }

    @Test
    void badInputIsRefusedNamingItsField() throws Exception {
        long event = event("签到输入校验");
        String code = code(event, register(event, LIUZHOU, "柳州甲"), "柳州甲");
        scan(desk, event, "{\"code\": \"" + code + "\", \"station\": \"" + "台".repeat(61) + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.title").value("签到信息有误"))
                .andExpect(jsonPath("$.errors[0].field").value("station"))
                .andExpect(jsonPath("$.detail").value("签到台名称最多 60 个字。"));
        scan(desk, event, "{\"code\": \"" + code + "\", \"clientId\": \"has a space\"}")
                .andExpect(jsonPath("$.reason").value("INVALID_INPUT")).andExpect(jsonPath("$.errors[0].field").value("clientId"));
        scan(desk, event, "{\"code\": \"" + code + "\", \"at\": \"" + clock.instant().plus(Duration.ofHours(1)) + "\"}")
                .andExpect(jsonPath("$.reason").value("INVALID_TIME")).andExpect(jsonPath("$.errors[0].field").value("at"));
        scan(desk, event, "{\"code\": \"" + code + "\", \"at\": \"2020-01-01T00:00:00Z\"}")
                .andExpect(jsonPath("$.reason").value("INVALID_TIME"));
        scan(desk, event, "{\"code\": \"" + code + "\", \"at\": \"昨天\"}").andExpect(status().isBadRequest());
        scan(desk, event, "{\"code\": \"" + code + "\", \"session\": \"第一场\"}").andExpect(status().isBadRequest());
        call(desk, post("/api/v1/events/" + event + "/check-ins/batch").content("[" + "{},".repeat(2000) + "{}]"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("一次最多同步 2000 条签到，本次有 2001 条；请分批同步。"));
        call(desk, post("/api/v1/events/" + event + "/check-ins/batch").content("[null]"))
                .andExpect(jsonPath("$[0].refused.reason").value("INVALID_INPUT"));
        assertThat(checkIns(event)).isZero();
    }

    @Test
    void onlyAnOpenOrClosedEventTakesCheckIns() throws Exception {
        long draft = fixtures.asAdmin(() -> planning.create(events.draft("草稿不签到", 10, null)));
        scan(staff, draft, json("E" + draft + ".1.AAAAAAAAAAAAAAAAAAAAAA"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("NOT_CHECKING_IN"))
                .andExpect(jsonPath("$.detail").value("会议当前为“草稿”，不接受签到。"));
        long event = event("闭幕后不签到");
        String code = code(event, register(event, GUILIN, "桂林甲"), "桂林甲");
        fixtures.asAdmin(() -> planning.changeStatus(event, EventStatus.CLOSED));
        scan(desk, event, json(code)).andExpect(jsonPath("$.first").value(true));
        fixtures.asAdmin(() -> planning.changeStatus(event, EventStatus.HELD));
        scan(desk, event, json(code)).andExpect(jsonPath("$.reason").value("NOT_CHECKING_IN"));
        call(staff, post("/api/v1/events/999999999/check-ins").content(json("x"))).andExpect(status().isNotFound());
    }

    @Test
    void checkInStaffWorkOnlyAtTheEventsGrantedToThem() throws Exception {
        long granted = event("授权会议");
        long notGranted = events.openEvent("未授权会议", 10, null);
        String code = code(notGranted, register(notGranted, LIUZHOU, "柳州甲"), "柳州甲");
        scan(desk, notGranted, json(code)).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        call(desk, get("/api/v1/events/" + notGranted + "/check-in-list")).andExpect(status().isForbidden());
        call(desk, post("/api/v1/events/" + notGranted + "/check-ins/batch").content("[]")).andExpect(status().isForbidden());
        call(desk, get("/api/v1/events/" + granted + "/check-in-list")).andExpect(status().isOk());

        fixtures.asAdmin(() -> {
            checkInStaff.revoke(granted, desk.toUpperCase());
            return null;
        });
        call(desk, get("/api/v1/events/" + granted + "/check-in-list")).andExpect(status().isForbidden());
        assertThat(checkIns(notGranted)).isZero();
    }
}
