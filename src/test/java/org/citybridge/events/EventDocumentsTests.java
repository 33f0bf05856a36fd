package org.citybridge.events;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.citybridge.directory.Gender;
import org.citybridge.events.domain.CheckInCode;
import org.citybridge.events.domain.CheckInCodes;
import org.citybridge.events.domain.DelegateEntry;
import org.citybridge.events.domain.DelegateRole;
import org.citybridge.events.domain.DelegateState;
import org.citybridge.events.domain.DelegateView;
import org.citybridge.events.domain.DelegationEntry;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.DelegationView;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.events.domain.EventQueries;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.PdfContent;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretariat's printed documents of an event, read back with PDFBox and ZXing, and the check-in codes of the
 * delegations API. Changsha (430100, Hunan) and Chengdu (510100, Sichuan) are registered by the secretariat; Yibin
 * (511500, Sichuan) by its liaison, whose last delegate finds no place left and is waitlisted.
 */
@IntegrationTest
class EventDocumentsTests {

    private static final String CHANGSHA = "430100";
    private static final String CHENGDU = "510100";
    private static final String YIBIN = "511500";
    private static final String TITLE = "2026年度城市联络员工作会议";

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
    CheckInCodes codes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private EventTesting events;
    private static long event;
    private static String staff;
    private static String liaison;
    private static String coordinator;
    private static String editor;
    private static Map<String, DelegateView> delegates;

    @BeforeEach
    void event() {
        events = new EventTesting(fixtures, planning, registering, jdbc, clock);
        if (staff != null) {
            return;
        }
        staff = fixtures.account(Role.STAFF);
        Actor yibin = events.liaison(YIBIN);
        liaison = fixtures.account(Role.LIAISON, YIBIN, null, yibin.personId());
        coordinator = fixtures.account(Role.PROVINCE, null, "510000", null);
        editor = fixtures.account(Role.EDITOR);
        event = events.openEvent(TITLE, 5, null);
        Actor secretariat = EventTesting.staff();
        DelegationView chengdu = events.register(secretariat, event, CHENGDU, new DelegationEntry(null, List.of(
                delegate("张晓明", "成都市人民政府办公厅", "副主任", DelegateRole.DELEGATE),
                delegate("李娜", "成都市外事办公室", "处长", DelegateRole.GUEST),
                delegate("赵雷", "成都市人民政府办公厅", "科员", DelegateRole.DELEGATE))));
        EventTesting.as(secretariat, () -> registering.cancel(event, CHENGDU, EventTesting.named(chengdu, "赵雷").id()));
        events.register(secretariat, event, CHANGSHA, new DelegationEntry(null, List.of(
                delegate("欧阳建国", "长沙市人民政府", "副秘书长", DelegateRole.DELEGATE))));
        events.register(yibin, event, YIBIN, new DelegationEntry(null, List.of(
                delegate("王芳", "宜宾市人民政府办公室", "", DelegateRole.STAFF),
                delegate("陈静", "宜宾市人民政府办公室", "", DelegateRole.DELEGATE),
                delegate("周候补", "宜宾市人民政府办公室", "", DelegateRole.DELEGATE))));
        delegates = EventTesting.as(secretariat, () -> queries.delegations(event)).stream()
                .flatMap(d -> d.delegates().stream()).collect(Collectors.toMap(DelegateView::name, d -> d));
    }

    private static DelegateEntry delegate(String name, String unit, String post, DelegateRole role) {
        DelegateEntry d = EventTesting.delegate(name);
        return new DelegateEntry(null, name, Gender.FEMALE, post, unit, d.mobile(), null, null, role, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    private Cookie as(String user) throws Exception {
        return Sessions.login(mvc, user, Fixtures.PASSWORD);
    }

    private byte[] pdf(String user, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.cookie(as(user)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse();
        return response.getContentAsByteArray();
    }

    private String code(String name) {
        return codes.issue(event, delegates.get(name).id());
    }

    @Test
    void oneDelegateIsWaitlistedAndOneCancelledSoNeitherIsPrinted() {
        assertThat(delegates.get("周候补").state()).isEqualTo(DelegateState.WAITLISTED);
        assertThat(delegates.get("赵雷").state()).isEqualTo(DelegateState.CANCELLED);
    }

    @Test
    void badgesOfEveryRegisteredDelegateByProvinceCityAndPinyinEachWithItsRoleAndTheQrCodeOfItsCheckInCode() throws Exception {
        byte[] pdf = pdf(staff, get("/events/" + event + "/badges.pdf"));

        assertThat(PdfContent.pages(pdf)).as("five badges, four a page").isEqualTo(2);
        String text = PdfContent.text(pdf);
        assertThat(text).contains(TITLE, "成都市", "张晓明", "成都市人民政府办公厅 副主任", "欧阳建国", "长沙市", "王芳", "宜宾市")
                .doesNotContain("周候补", "赵雷");
        assertThat(order(text, "欧阳建国", "李娜", "张晓明", "陈静", "王芳"))
                .as("Hunan before Sichuan, Chengdu before Yibin, Li before Zhang and Chen before Wang").isSorted();
        assertThat(badgeOf(text, "张晓明")).contains("代表");
        assertThat(badgeOf(text, "李娜")).contains("嘉宾").doesNotContain("代表");
        assertThat(badgeOf(text, "王芳")).contains("工作人员");
        assertThat(PdfContent.fonts(pdf)).isNotEmpty().allSatisfy(font -> {
            assertThat(font.embedded()).isTrue();
            assertThat(font.name()).contains("NotoSansSC");
        });
        assertThat(PdfContent.qrCodes(pdf, 0, 150)).containsExactlyInAnyOrder(
                code("欧阳建国"), code("李娜"), code("张晓明"), code("陈静"));
        assertThat(PdfContent.qrCodes(pdf, 1, 150)).containsExactly(code("王芳"))
                .allSatisfy(scanned -> assertThat(codes.read(scanned, event)).contains(new CheckInCode(event, delegates.get("王芳").id())));
    }

    @Test
    void oneCitysBadges() throws Exception {
        byte[] pdf = pdf(staff, get("/events/" + event + "/badges.pdf").param("city", CHENGDU));

        assertThat(PdfContent.pages(pdf)).isEqualTo(1);
        assertThat(PdfContent.text(pdf)).contains("成都市", "李娜", "张晓明").doesNotContain("欧阳建国", "王芳", "长沙市", "宜宾市");
        assertThat(PdfContent.qrCodes(pdf, 0, 150)).containsExactlyInAnyOrder(code("李娜"), code("张晓明"));
    }

    @Test
    void aLiaisonPrintsItsOwnCitysBadgesAndNoOtherCitysNorTheVenueDocuments() throws Exception {
        byte[] own = pdf(liaison, get("/events/" + event + "/badges.pdf"));
        assertThat(PdfContent.text(own)).contains("宜宾市", "王芳", "陈静").doesNotContain("成都市", "张晓明", "长沙市");
        assertThat(PdfContent.qrCodes(own, 0, 150)).containsExactlyInAnyOrder(code("王芳"), code("陈静"));
        assertThat(PdfContent.text(pdf(liaison, get("/events/" + event + "/badges.pdf").param("city", YIBIN)))).contains("王芳");

        Cookie session = as(liaison);
        mvc.perform(get("/events/" + event + "/badges.pdf").param("city", CHENGDU).cookie(session))
                .andExpect(status().isNotFound()).andExpect(content().string(not(containsString("张晓明"))));
        mvc.perform(get("/events/" + event + "/table-tents.pdf").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(get("/events/" + event + "/sign-in-sheets.pdf").param("city", YIBIN).cookie(session)).andExpect(status().isForbidden());
    }

    @Test
    void coordinatorsEditorsAndVisitorsPrintNothing() throws Exception {
        for (String document : List.of("badges", "table-tents", "sign-in-sheets")) {
            String path = "/events/" + event + "/" + document + ".pdf";
            mvc.perform(get(path).cookie(as(coordinator))).andExpect(status().isForbidden());
            mvc.perform(get(path).cookie(as(editor))).andExpect(status().isForbidden());
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(get("/api/v1/events/" + event + "/badges.pdf")).andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownCityEventOrADraftAnswersNotFound() throws Exception {
        mvc.perform(get("/events/" + event + "/badges.pdf").param("city", "abc").cookie(as(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/events/" + event + "/sign-in-sheets.pdf").param("city", "999999").cookie(as(staff)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/events/999999999/badges.pdf").cookie(as(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/events/abc/badges.pdf").cookie(as(staff))).andExpect(status().isBadRequest());
        long draft = fixtures.asAdmin(() -> planning.create(events.draft("草稿会议", 10, null)));
        mvc.perform(get("/events/" + draft + "/badges.pdf").cookie(as(liaison))).andExpect(status().isNotFound());
        assertThat(PdfContent.pages(pdf(staff, get("/events/" + draft + "/badges.pdf")))).as("nobody yet: one blank page").isEqualTo(1);
    }

    @Test
    void tableTentsOneADelegateAndSignInSheetsOneACity() throws Exception {
        byte[] tents = pdf(staff, get("/events/" + event + "/table-tents.pdf"));
        assertThat(PdfContent.pages(tents)).isEqualTo(5);
        assertThat(PdfContent.text(tents, 0)).contains("欧阳建国", "长沙市");
        assertThat(PdfContent.text(tents, 1)).contains("李娜", "成都市");
        assertThat(PdfContent.fonts(tents)).allSatisfy(font -> assertThat(font.embedded()).isTrue());

        byte[] sheets = pdf(staff, get("/events/" + event + "/sign-in-sheets.pdf"));
        assertThat(PdfContent.pages(sheets)).isEqualTo(3);
        assertThat(PdfContent.text(sheets, 1)).contains(TITLE, "成都市", "李娜", "张晓明", "嘉宾", "签名").doesNotContain("王芳");
        assertThat(PdfContent.text(sheets, 2)).contains("宜宾市", "王芳", "工作人员").doesNotContain("周候补");
        assertThat(PdfContent.fonts(sheets)).allSatisfy(font -> {
            assertThat(font.embedded()).isTrue();
            assertThat(font.name()).contains("NotoSansSC");
        });

        byte[] chengdu = pdf(staff, get("/events/" + event + "/sign-in-sheets.pdf").param("city", CHENGDU));
        assertThat(PdfContent.pages(chengdu)).isEqualTo(1);
        assertThat(PdfContent.text(chengdu)).contains("成都市", "张晓明");
        assertThat(PdfContent.text(pdf(staff, get("/events/" + event + "/sign-in-sheets.pdf").param("lang", "en"))))
                .contains("Signature", "Guest", "Staff");
    }

    @Test
    void theDelegationsApiGivesEachRegisteredDelegateItsCheckInCodeToWhoeverPrintsTheCitysBadges() throws Exception {
        String all = delegations(staff, "/api/v1/events/" + event + "/delegations");
        assertThat(checkInCode(all, "张晓明")).isEqualTo(code("张晓明"));
        assertThat(checkInCode(all, "欧阳建国")).isEqualTo(code("欧阳建国"));
        assertThat(checkInCode(all, "王芳")).isEqualTo(code("王芳"));
        assertThat(checkInCode(all, "周候补")).as("waitlisted: no badge").isNull();
        assertThat(checkInCode(all, "赵雷")).as("cancelled: no badge").isNull();

        String own = delegations(liaison, "/api/v1/events/" + event + "/delegations");
        assertThat(JsonPath.<Integer>read(own, "$.length()")).isEqualTo(1);
        assertThat(checkInCode(own, "王芳")).isEqualTo(code("王芳"));
        assertThat(own).doesNotContain(code("张晓明"), "成都");
        assertThat(checkInCode(delegations(liaison, "/api/v1/events/" + event + "/delegations/" + YIBIN), "陈静"))
                .isEqualTo(code("陈静"));

        String province = delegations(coordinator, "/api/v1/events/" + event + "/delegations");
        assertThat(JsonPath.<Integer>read(province, "$.length()")).isEqualTo(2);
        assertThat(checkInCode(province, "张晓明")).as("a coordinator prints no badges").isNull();
        assertThat(checkInCode(province, "王芳")).isNull();
    }

    private String delegations(String user, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The check-in code of the one delegate of that name in a delegations answer. */
    private static String checkInCode(String json, String name) {
        List<Map<String, Object>> found = JsonPath.read(json, "$..delegates[?(@.name == '" + name + "')]");
        assertThat(found).as(name).hasSize(1);
        return (String) found.get(0).get("checkInCode");
    }

    @Test
    void theApiServesTheBadgesToScriptsWithTheSameRules() throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/events/" + event + "/badges.pdf").param("city", CHANGSHA).with(httpBasic(staff, Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfContent.text(pdf)).contains("欧阳建国", "长沙市").doesNotContain("成都市");
        mvc.perform(get("/api/v1/events/" + event + "/badges.pdf").param("city", CHENGDU).with(httpBasic(liaison, Fixtures.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/events/" + event + "/badges.pdf").with(httpBasic(coordinator, Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theEventPageOffersThePrintSectionToTheSecretariatAndTheOwnBadgesToALiaison() throws Exception {
        mvc.perform(get("/admin/events/" + event).cookie(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/events/" + event + "/badges.pdf")))
                .andExpect(content().string(containsString("/events/" + event + "/sign-in-sheets.pdf")))
                .andExpect(content().string(containsString("<option value=\"510100\">成都市（2 人）</option>")));
        mvc.perform(get("/admin/events/" + event).cookie(as(liaison)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"print-own-badges\"")))
                .andExpect(content().string(not(containsString("table-tents.pdf"))));
        mvc.perform(get("/admin/events/" + event).cookie(as(coordinator)))
                .andExpect(content().string(not(containsString("badges.pdf"))));
    }

    /** Where each name first stands in the text. */
    private static List<Integer> order(String text, String... names) {
        return Arrays.stream(names).map(text::indexOf).toList();
    }

    /** A badge's text: from its name to the next badge's title (each badge is drawn whole, one after the other). */
    private static String badgeOf(String text, String name) {
        int start = text.indexOf(name);
        int next = text.indexOf(TITLE, start);
        return next < 0 ? text.substring(start) : text.substring(start, next);
    }
}
