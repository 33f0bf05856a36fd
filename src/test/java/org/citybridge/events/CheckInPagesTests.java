package org.citybridge.events;

import java.time.Clock;

import jakarta.servlet.http.Cookie;
import org.citybridge.events.domain.CheckInCodes;
import org.citybridge.events.domain.CheckInRequest;
import org.citybridge.events.domain.CheckInStaff;
import org.citybridge.events.domain.CheckIns;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.DelegationView;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.platform.assets.Assets;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The check-in pages: the secretariat grants and withdraws an event's check-in staff on the event page; check-in staff
 * land on the page of their events; the big screen shows the figures in the reader's language; the check-in page for
 * phones and its service worker. Beihai (450500) and Sanya's neighbour Danzhou (460400) send delegates, and Baotou
 * (150200) to the phone page's event.
 */
@IntegrationTest
class CheckInPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Assets assets;
    @Autowired
    Fixtures fixtures;
    @Autowired
    EventPlanning planning;
    @Autowired
    DelegationRegistering registering;
    @Autowired
    CheckIns checkIns;
    @Autowired
    CheckInStaff checkInStaff;
    @Autowired
    CheckInCodes codes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private EventTesting events;
    private static String staff;
    private static String desk;
    private static String liaison;
    private static String otherDesk;

    @BeforeEach
    void accounts() {
        events = new EventTesting(fixtures, planning, registering, jdbc, clock);
        if (staff == null) {
            staff = fixtures.account(Role.STAFF);
            desk = fixtures.account(Role.CHECKIN);
            otherDesk = fixtures.account(Role.CHECKIN);
            Actor beihai = events.liaison("450500");
            liaison = fixtures.account(Role.LIAISON, "450500", null, beihai.personId());
        }
    }

    private Cookie as(String user) throws Exception {
        return Sessions.login(mvc, user, Fixtures.PASSWORD);
    }

    @Test
    void theSecretariatGrantsAndWithdrawsAnEventsCheckInStaff() throws Exception {
        long event = events.openEvent("签到人员授权会议", 20, null);
        Cookie session = as(staff);
        mvc.perform(get("/admin/events/" + event).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"check-in-staff\""), containsString("尚未授权签到人员"),
                        containsString("href=\"/events/" + event + "/screen\""), containsString("<option value=\"" + desk + "\""))));

        mvc.perform(post("/admin/events/" + event + "/check-in-staff").param("username", desk.toUpperCase()).with(csrf()).cookie(session))
                .andExpect(redirectedUrl("/admin/events/" + event + "#check-in-staff"))
                .andExpect(flash().attribute("flashKey", "event.checkin.staff.granted"));
        mvc.perform(get("/admin/events/" + event).cookie(session))
                .andExpect(content().string(allOf(containsString("id=\"check-in-staff-list\""), containsString("(" + desk + ")"),
                        not(containsString("<option value=\"" + desk + "\"")))));

        mvc.perform(post("/admin/events/" + event + "/check-in-staff").param("username", staff).with(csrf()).cookie(session))
                .andExpect(flash().attribute("checkInStaffProblem", "event.checkin.error.notCheckInAccount"));
        assertThat(events.count("SELECT count(*) FROM event_check_in_staff WHERE event_id = ?", event)).isEqualTo(1);

        mvc.perform(post("/admin/events/" + event + "/check-in-staff/remove").param("username", desk).with(csrf()).cookie(session))
                .andExpect(flash().attribute("flashKey", "event.checkin.staff.revoked"));
        assertThat(events.count("SELECT count(*) FROM event_check_in_staff WHERE event_id = ?", event)).isZero();
    }

    @Test
    void aRefusedGrantIsShownOnTheEventPage() throws Exception {
        long event = events.openEvent("授权失败提示会议", 20, null);
        Cookie session = as(staff);
        var refused = mvc.perform(post("/admin/events/" + event + "/check-in-staff").param("username", "nobody").with(csrf()).cookie(session))
                .andReturn();
        mvc.perform(get("/admin/events/" + event).cookie(session).flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("“nobody”不是可用的签到人员账号。")));
    }

    @Test
    void aLiaisonSeesNoCheckInOnTheEventPage() throws Exception {
        long event = events.openEvent("联络员看不到签到", 20, null);
        mvc.perform(get("/admin/events/" + event).cookie(as(liaison)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("check-in-staff"))));
    }

    @Test
    void checkInStaffLandOnThePageOfTheirEventsAndOpenTheirScreen() throws Exception {
        long granted = events.openEvent("签到员的会议", 20, null);
        long other = events.openEvent("签到员不管的会议", 20, null);
        DelegationView beihai = events.register(EventTesting.staff(), granted, "450500", EventTesting.delegation("北海甲", "北海乙"));
        events.register(EventTesting.staff(), granted, "460400", EventTesting.delegation("儋州甲"));
        fixtures.asAdmin(() -> {
            checkInStaff.grant(granted, desk);
            return checkIns.checkIn(granted, CheckInRequest.of(codes.issue(granted, EventTesting.named(beihai, "北海甲").id())));
        });
        Cookie session = as(desk);

        mvc.perform(get("/events/check-in").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("签到员的会议"), not(containsString("签到员不管的会议")),
                        containsString("href=\"/events/" + granted + "/screen\""), containsString("id=\"nav-check-in\""),
                        not(containsString("href=\"/admin/cities\"")), not(containsString("href=\"/admin/account\"")))));
        mvc.perform(get("/events/" + granted + "/screen").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("签到员的会议"), containsString("已报到 "),
                        containsString("id=\"checked-in\">1<"), containsString("id=\"checked-in-cities\">1<"),
                        containsString("id=\"registered\">3<"), containsString("广西壮族自治区"), containsString("海南省"))));
        mvc.perform(get("/events/" + granted + "/screen").param("lang", "en").cookie(session))
                .andExpect(content().string(allOf(containsString("Checked in: "), containsString("Expected delegates"))));
        mvc.perform(get("/events/" + other + "/screen").cookie(session)).andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorMakesCheckInAccounts() throws Exception {
        Cookie admin = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);
        mvc.perform(get("/admin/users/new").cookie(admin))
                .andExpect(content().string(containsString("<option value=\"CHECKIN\">签到人员</option>")));
        String username = "desk" + System.nanoTime();
        mvc.perform(post("/admin/users").param("username", username).param("displayName", "一号签到台")
                        .param("password", "long-enough-password").param("role", "CHECKIN").with(csrf()).cookie(admin))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT role FROM user_account WHERE username = :u").param("u", username).query(String.class).single())
                .isEqualTo("CHECKIN");
    }

    @Test
    void theCheckInPageChecksInWithItsSessionAndCsrfToken() throws Exception {
        long event = events.openEvent("页面签到会议", 20, null);
        DelegationView beihai = events.register(EventTesting.staff(), event, "450500", EventTesting.delegation("北海丙"));
        fixtures.asAdmin(() -> {
            checkInStaff.grant(event, desk);
            return null;
        });
        String scan = "{\"code\": \"" + codes.issue(event, EventTesting.named(beihai, "北海丙").id()) + "\"}";
        Cookie session = as(desk);
        mvc.perform(post("/events/" + event + "/check-in/scans").contentType(MediaType.APPLICATION_JSON).content(scan).cookie(session))
                .andExpect(status().isForbidden());
        mvc.perform(post("/events/" + event + "/check-in/scans").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(scan).cookie(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.first").value(true))
                .andExpect(jsonPath("$.delegateName").value("北海丙"));
        mvc.perform(post("/events/" + event + "/check-in/scans").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"forged\"}").cookie(session))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("签到码无效"));
        mvc.perform(get("/events/" + event + "/check-in/list").cookie(session))
                .andExpect(status().isOk()).andExpect(jsonPath("$.delegates[0].name").value("北海丙"));
    }

    @Test
    void thePhonePageIsForTheSecretariatAndTheEventsOwnCheckInStaff() throws Exception {
        long event = events.openEvent("手机签到页面会议", 20, null);
        long elsewhere = events.openEvent("手机签到页面他会", 20, null);
        events.register(EventTesting.staff(), event, "150200", EventTesting.delegation("包头甲"));
        fixtures.asAdmin(() -> {
            checkInStaff.grant(event, desk);
            checkInStaff.grant(elsewhere, otherDesk);
            return null;
        });
        String page = "/events/" + event + "/check-in";

        mvc.perform(get(page).cookie(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("现场签到：手机签到页面会议"), containsString("<option value=\"\">到会报到</option>"),
                        containsString("城市更新专题讲座"), containsString("data-list=\"" + page + "/list\""),
                        containsString("data-batch=\"" + page + "/scans/batch\""), containsString("data-worker=\"/check-in-sw.js\""),
                        containsString("src=\"" + assets.of("/vendor/jsqr/jsQR.js") + "\""),
                        containsString("src=\"" + assets.of("/js/check-in.js") + "\""),
                        containsString("name=\"_csrf\""), containsString("aria-live=\"assertive\""))));
        mvc.perform(get(page).cookie(as(desk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-event=\"" + event + "\"")));
        mvc.perform(get(page).param("lang", "en").cookie(as(desk)))
                .andExpect(content().string(allOf(containsString("Check-in: 手机签到页面会议"), containsString("Arrival at the event"))));
        mvc.perform(get(page).cookie(as(otherDesk))).andExpect(status().isForbidden());
        mvc.perform(get(page).cookie(as(liaison))).andExpect(status().isForbidden());
        mvc.perform(get(page)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/events/999999999/check-in").cookie(as(staff))).andExpect(status().isNotFound());

        mvc.perform(get("/events/check-in").cookie(as(desk)))
                .andExpect(content().string(allOf(containsString("href=\"" + page + "\""), not(containsString("/events/" + elsewhere + "/check-in")))));
        mvc.perform(get("/admin/events/" + event).cookie(as(staff)))
                .andExpect(content().string(containsString("id=\"check-in-page-link\" href=\"" + page + "\"")));
    }

    @Test
    void theServiceWorkerAndTheQrDecoderAreServedAsScriptsAlsoToCheckInStaff() throws Exception {
        for (Cookie session : new Cookie[]{as(desk), new Cookie("none", "")}) {
            mvc.perform(get("/check-in-sw.js").cookie(session))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("text/javascript"))
                    .andExpect(content().string(containsString("CHECK_IN_PAGE")));
        }
        mvc.perform(get("/vendor/jsqr/jsQR.js").cookie(as(desk)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/javascript"));
        mvc.perform(get("/js/check-in.js").cookie(as(desk))).andExpect(status().isOk());
        mvc.perform(get(assets.of("/js/check-in.js")).cookie(as(desk))).andExpect(status().isOk());
        mvc.perform(get(assets.of("/webjars/bootstrap/dist/css/bootstrap.min.css")).cookie(as(desk))).andExpect(status().isOk());
    }
}
