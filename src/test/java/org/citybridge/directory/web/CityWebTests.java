package org.citybridge.directory.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.citybridge.directory.CityDetails;
import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityLevel;
import org.citybridge.directory.CitySummary;
import org.citybridge.directory.LeaderPost;
import org.citybridge.directory.Membership;
import org.citybridge.directory.domain.Appointments;
import org.citybridge.directory.domain.CityProfiles;
import org.citybridge.directory.domain.RosterConfirmations;
import org.citybridge.platform.WebConfiguration;
import org.citybridge.shared.RuleViolation;
import org.citybridge.support.SignedIn;
import org.citybridge.support.WebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The city list's and the city page's own behaviour: a filter that cannot be read, forms shown again with their field
 * errors in the user's language, a refusal of the service put on its field, the redirect after a change, and a form
 * posted without its CSRF token; in none of the refusals is the roster asked to change. The roster services are mocked:
 * {@code RosterFormsTests} sends the same kind of forms to the real services and database (nothing half-saved, the
 * services' own rules such as a term ending before it starts) and {@code ListParameterTests} every other list.
 */
@WebMvcTest(controllers = CityController.class)
@Import(CityListPage.class)
@WebSlice
class CityWebTests {

    private static final String CHENGDU = "510100";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CityDirectory directory;
    @MockitoBean
    CityProfiles profiles;
    @MockitoBean
    Appointments appointments;
    @MockitoBean
    RosterConfirmations confirmations;

    @BeforeEach
    void chengdu() {
        CitySummary summary = new CitySummary(CHENGDU, "成都市", CityLevel.PREFECTURE, "CITY", "510000", "四川省",
                Membership.NONE, null, List.of(), List.of());
        given(directory.city(CHENGDU)).willReturn(new CityDetails(summary, null, null, 1, List.of(), List.of(), List.of()));
    }

    @Test
    void anUnreadableFilterIsABadRequestNamingItAndTheListIsNeverSearched() throws Exception {
        mvc.perform(get("/admin/cities").param("level", "HUGE").with(SignedIn.staff()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("参数 level 的值“HUGE”无效"), containsString("id=\"problem\""))));
        mvc.perform(get("/admin/cities").param("page", "二").with(SignedIn.staff()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("参数 page")));
        verifyNoInteractions(directory);
    }

    @Test
    void appointingWithABadMobileShowsTheFieldErrorAndSavesNothing() throws Exception {
        mvc.perform(post("/admin/cities/" + CHENGDU + "/liaisons").with(SignedIn.staff()).with(csrf())
                        .param("person.name", "张伟").param("person.mobile", "12345").param("person.email", "not-mail")
                        .param("role", "PRIMARY").param("from", "2025-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("手机号码格式不正确")))
                .andExpect(content().string(containsString("电子邮箱格式不正确")));
        verifyNoInteractions(appointments);
    }

    @Test
    void appointingWithoutAnyoneOrDateAsksForThem() throws Exception {
        mvc.perform(post("/admin/cities/" + CHENGDU + "/liaisons").with(SignedIn.staff()).with(csrf())
                        .param("role", "PRIMARY").param("from", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("必填")));
        verifyNoInteractions(appointments);
    }

    @Test
    void errorsSpeakEnglishAfterTheSwitch() throws Exception {
        mvc.perform(post("/admin/cities/" + CHENGDU + "/liaisons").with(SignedIn.staff())
                        .cookie(new Cookie(WebConfiguration.LANGUAGE_COOKIE, "en")).with(csrf())
                        .param("person.name", "Zhang").param("person.mobile", "12345").param("role", "PRIMARY").param("from", "2025-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Not a valid mobile number")));
    }

    @Test
    void aMalformedDateIsAFieldErrorNotACrash() throws Exception {
        mvc.perform(post("/admin/cities/" + CHENGDU + "/membership").with(SignedIn.staff()).with(csrf())
                        .param("membership", "MEMBER").param("memberSince", "2024-13-45"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        verifyNoInteractions(profiles);
    }

    @Test
    void theServicesRefusalIsShownOnItsFieldInTheReopenedForm() throws Exception {
        given(profiles.addLeader(CHENGDU, "市长甲", LeaderPost.MAYOR, LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1)))
                .willThrow(new RuleViolation("to", "roster.error.endBeforeStart"));
        mvc.perform(post("/admin/cities/" + CHENGDU + "/leaders").with(SignedIn.staff()).with(csrf())
                        .param("name", "市长甲").param("post", "MAYOR").param("from", "2024-01-01").param("to", "2023-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<details open"), containsString("结束日期不能早于开始日期"))));
    }

    @Test
    void aSavedChangeLeadsBackToTheCityPageWithItsMessage() throws Exception {
        mvc.perform(post("/admin/cities/" + CHENGDU + "/profile").with(SignedIn.staff()).with(csrf())
                        .param("address", " 成都市高新区 ").param("notes", ""))
                .andExpect(redirectedUrl("/admin/cities/" + CHENGDU))
                .andExpect(flash().attribute("flashKey", "common.saved"));
        verify(profiles).describe(CHENGDU, " 成都市高新区 ", "");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        mvc.perform(post("/admin/cities/" + CHENGDU + "/profile").with(SignedIn.staff()).param("address", "无令牌"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/cities/" + CHENGDU + "/profile").with(SignedIn.staff()).with(csrf().useInvalidToken())
                        .param("address", "假令牌"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(profiles);
    }
}
