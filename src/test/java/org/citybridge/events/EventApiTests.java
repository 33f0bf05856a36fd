package org.citybridge.events;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.shared.Actor;
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
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The events API end to end, its refusals as RFC 9457 problems, and the last-place race between two cities' liaisons
 * sending their delegations at the same moment: Xi'an (610100) plans nothing, Baoji (610300) and Xianyang (610400)
 * register, Yan'an (610600) watches from outside.
 */
@IntegrationTest
class EventApiTests {

    private static final String BAOJI = "610300";
    private static final String XIANYANG = "610400";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    EventPlanning planning;
    @Autowired
    DelegationRegistering registering;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    DataSource dataSource;

    private EventTesting events;
    private static String staff;
    private static String baoji;
    private static String xianyang;

    @BeforeEach
    void accounts() {
        events = new EventTesting(fixtures, planning, registering, jdbc, clock);
        if (staff != null) {
            return;
        }
        staff = fixtures.account(Role.STAFF);
        baoji = liaisonAccount(BAOJI);
        xianyang = liaisonAccount(XIANYANG);
    }

    private String liaisonAccount(String city) {
        Actor liaison = events.liaison(city);
        return fixtures.account(Role.LIAISON, city, null, liaison.personId());
    }

    private String eventJson(String title, int capacity, String quota) {
        String first = events.firstDay().toString();
        String second = events.firstDay().plusDays(1).toString();
        return """
                {"kind": "ANNUAL_CONFERENCE", "title": "%s", "hostCityCode": "610100", "startsOn": "%s", "endsOn": "%s",
                 "registrationClosesAt": "%s", "capacity": %d, "cityQuota": %s, "notes": "会议须知：请提前报到。",
                 "venues": [{"name": "西安国际会议中心", "address": "西安市浐灞生态区"}],
                 "sessions": [{"day": "%s", "startsAt": "09:00", "endsAt": "11:30", "title": "全体会议", "kind": "PLENARY", "place": "主会场"},
                              {"day": "%s", "startsAt": "14:00", "endsAt": "17:00", "title": "参观大唐不夜城", "kind": "SITE_VISIT",
                               "optional": true, "capacity": 30}],
                 "visitGroups": [{"name": "第一组", "bus": "陕A·00001", "capacity": 20}]}"""
                .formatted(title, first, second, clock.instant().plus(Duration.ofDays(10)), capacity, quota, first, second);
    }

    private static String delegatesJson(String... names) {
        List<String> delegates = new ArrayList<>();
        for (String name : names) {
            delegates.add("{\"name\": \"" + name + "\", \"gender\": \"FEMALE\", \"mobile\": \"" + EventTesting.delegate(name).mobile() + "\"}");
        }
        return "{\"delegates\": [" + String.join(", ", delegates) + "]}";
    }

    private ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON));
    }

    private long createOpen(String title, int capacity, String quota) throws Exception {
        String body = call(staff, post("/api/v1/events").content(eventJson(title, capacity, quota)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/events/")))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("\\D", ""));
        call(staff, post("/api/v1/events/" + id + "/status").content("{\"status\": \"open\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
        return id;
    }

    @Test
    void aDraftIsPlannedOpenedRegisteredByTwoCitiesAndCounted() throws Exception {
        long id = createOpen("西安联络员工作会议", 3, "2");
        call(staff, get("/api/v1/events/" + id))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.hostCityName").value("西安市"))
                .andExpect(jsonPath("$.sessions", hasSize(2)))
                .andExpect(jsonPath("$.visitGroups[0].bus").value("陕A·00001"));
        String visit = jdbc.sql("SELECT id FROM event_session WHERE event_id = :id AND optional").param("id", id).query(String.class).single();
        String group = jdbc.sql("SELECT id FROM event_visit_group WHERE event_id = :id").param("id", id).query(String.class).single();

        call(baoji, put("/api/v1/events/" + id + "/delegations/" + BAOJI).content("""
                        {"delegates": [{"name": "宝鸡甲", "gender": "MALE", "post": "副秘书长", "unit": "市政府办公室", "mobile": "13700000001",
                                        "diet": "HALAL", "role": "DELEGATE", "arrivalDate": "%s", "arrivalTime": "10:30",
                                        "arrivalTrip": "G87", "arrivalStation": "西安北站", "lodging": "SINGLE",
                                        "visitGroupId": %s, "sessionIds": [%s]},
                                       {"name": "宝鸡乙", "gender": "FEMALE", "mobile": "13700000002"}]}"""
                        .formatted(events.firstDay(), group, visit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answer").value("REGISTERED"))
                .andExpect(jsonPath("$.delegates[*].state", hasItems("REGISTERED")))
                .andExpect(jsonPath("$.delegates[0].arrivalTime").value("10:30:00"))
                .andExpect(jsonPath("$.delegates[0].sessionIds[0]").value(Long.parseLong(visit)));
        call(xianyang, put("/api/v1/events/" + id + "/delegations/" + XIANYANG).content(delegatesJson("咸阳甲", "咸阳乙")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.delegates[0].state").value("REGISTERED"))
                .andExpect(jsonPath("$.delegates[1].state").value("WAITLISTED"))
                .andExpect(jsonPath("$.delegates[1].waitlistRank").value(1));

        call(staff, get("/api/v1/events/" + id + "/delegations"))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].cityCode").value(BAOJI))
                .andExpect(jsonPath("$[0].delegates[0].diet").value("HALAL"));
        call(baoji, get("/api/v1/events/" + id + "/delegations"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(content().string(not(containsString("咸阳"))));
        call(staff, get("/api/v1/events/" + id + "/figures"))
                .andExpect(jsonPath("$.registered").value(3))
                .andExpect(jsonPath("$.registeredCities").value(2))
                .andExpect(jsonPath("$.checkedIn").value(0))
                .andExpect(jsonPath("$.checkedInCities").value(0))
                .andExpect(jsonPath("$.byProvince[0].provinceCode").value("610000"))
                .andExpect(jsonPath("$.byProvince[0].registered").value(3));
        call(baoji, get("/api/v1/events/" + id + "/figures")).andExpect(jsonPath("$.registered").value(2));

        String first = jdbc.sql("SELECT d.id FROM event_delegate d WHERE d.event_id = :id AND d.name = '宝鸡乙'").param("id", id)
                .query(String.class).single();
        call(baoji, post("/api/v1/events/" + id + "/delegations/" + BAOJI + "/delegates/" + first + "/cancel"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.delegates[1].state").value("CANCELLED"));
        call(xianyang, get("/api/v1/events/" + id + "/delegations/" + XIANYANG))
                .andExpect(jsonPath("$.delegates[1].state").value("REGISTERED"));
    }

    @Test
    void everyProblemOfAnEventIsAFieldOfOneProblemAndNothingIsSaved() throws Exception {
        long before = events.count("SELECT count(*) FROM event");
        call(staff, post("/api/v1/events").content("""
                        {"kind": "FORUM", "title": " ", "startsOn": "2026-12-10", "endsOn": "2026-12-09", "capacity": 0,
                         "sessions": [{"day": "2027-01-01", "startsAt": "10:00", "endsAt": "09:00", "title": "座谈", "kind": "PLENARY"}],
                         "hostCityCode": "999999"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:citybridge:problem:rule-violated"))
                .andExpect(jsonPath("$.errors[*].field", hasItems("title", "endsOn", "registrationClosesAt", "capacity",
                        "sessions[0].day", "sessions[0].endsAt", "hostCityCode")));
        call(staff, post("/api/v1/events").content("{\"kind\": \"PARTY\", \"title\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        call(staff, post("/api/v1/events").content("{\"title\": \"x\", \"capacity\": \"很多\"}"))
                .andExpect(status().isBadRequest());
        assertThat(events.count("SELECT count(*) FROM event")).isEqualTo(before);
    }

    @Test
    void statusChangesAreCheckedAgainstTheLifecycle() throws Exception {
        long id = createOpen("状态测试", 10, "null");
        call(staff, post("/api/v1/events/" + id + "/status").content("{\"status\": \"HELD\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("会议当前为“报名中”，不能改为“已举办”。"))
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        call(staff, post("/api/v1/events/" + id + "/status").content("{\"status\": \"DONE\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("DONE")));
        call(staff, post("/api/v1/events/" + id + "/status").content("{\"status\": \"CLOSED\"}")).andExpect(status().isOk());
        call(staff, post("/api/v1/events/" + id + "/status").content("{\"status\": \"OPEN\"}")).andExpect(jsonPath("$.status").value("OPEN"));
        call(staff, post("/api/v1/events/999999999/status").content("{\"status\": \"OPEN\"}")).andExpect(status().isNotFound());
    }

    @Test
    void aBadDelegationIsRefusedWithEveryFieldAndTheQuotaIsNamed() throws Exception {
        long id = createOpen("报名校验测试", 50, "2");
        long before = events.count("SELECT count(*) FROM event_delegate");
        call(baoji, put("/api/v1/events/" + id + "/delegations/" + BAOJI).content("""
                        {"delegates": [{"name": "", "gender": "MALE", "mobile": "110"},
                                       {"name": "乙", "mobile": "13700000009", "diet": "OTHER", "arrivalTime": "09:00"}]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItems("delegates[0].name", "delegates[0].mobile",
                        "delegates[1].gender", "delegates[1].dietNote", "delegates[1].arrivalDate")));
        call(baoji, put("/api/v1/events/" + id + "/delegations/" + BAOJI).content(delegatesJson("甲", "乙", "丙")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("delegates"))
                .andExpect(jsonPath("$.errors[0].message").value("每个城市最多报名 2 人（含候补），本次提交了 3 人。"));
        call(baoji, put("/api/v1/events/" + id + "/delegations/" + BAOJI).content("{\"delegates\": [{\"name\": \"甲\", \"gender\": \"NEUTRAL\"}]}"))
                .andExpect(status().isBadRequest());
        call(baoji, put("/api/v1/events/" + id + "/delegations/" + XIANYANG).content(delegatesJson("甲")))
                .andExpect(status().isNotFound());
        assertThat(events.count("SELECT count(*) FROM event_delegate")).isEqualTo(before);
        assertThat(events.count("SELECT count(*) FROM event_delegation WHERE event_id = ?", id)).isZero();
    }

    /**
     * Two cities send one delegate each for the last place at the same moment: exactly one gets it. The requests start
     * together (a latch); the table of state changes, written after a request has counted the places, is held locked
     * until both requests wait on a lock, so that without the event's row lock both would have counted the same free
     * place before either commits.
     */
    @RepeatedTest(3)
    void twoCitiesTakingTheLastPlaceAtOnceExactlyOneGetsIt() throws Exception {
        long id = createOpen("最后名额竞争", 1, "null");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("LOCK TABLE event_delegate_change IN EXCLUSIVE MODE");
            List<Future<String>> answers = new ArrayList<>();
            for (String[] city : List.of(new String[]{baoji, BAOJI, "宝鸡竞争者"}, new String[]{xianyang, XIANYANG, "咸阳竞争者"})) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call(city[0], put("/api/v1/events/" + id + "/delegations/" + city[1]).content(delegatesJson(city[2])))
                            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                }));
            }
            start.countDown();
            await().atMost(Duration.ofSeconds(60)).until(() -> waitingOnLocks() >= 2);
            holder.rollback();
            List<String> states = new ArrayList<>();
            for (Future<String> answer : answers) {
                String body = answer.get();
                states.add(body.contains("\"state\":\"REGISTERED\"") ? "REGISTERED" : body.contains("\"state\":\"WAITLISTED\"") ? "WAITLISTED" : body);
            }
            assertThat(states).containsExactlyInAnyOrder("REGISTERED", "WAITLISTED");
        } finally {
            pool.shutdownNow();
        }
        assertThat(events.count("SELECT count(*) FROM event_delegate WHERE event_id = ? AND state = 'REGISTERED'", id)).isEqualTo(1);
        assertThat(events.count("SELECT count(*) FROM event_delegate WHERE event_id = ? AND state = 'WAITLISTED'", id)).isEqualTo(1);
    }

    private long waitingOnLocks() {
        return events.count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
    }
}
