package org.citybridge.directory;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad input on the roster's forms that only the services and the database can judge (a term ending before it starts,
 * phones stored cleaned up, the same office-phone rule on the form and the API, limits matching every form's inputs)
 * gives a clear error in the user's language and saves nothing. What the forms refuse before any service is asked
 * (field errors, malformed dates, the English wording) is tested in the slices {@code CityWebTests} and
 * {@code PersonWebTests}.
 */
@IntegrationTest
class RosterFormsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;
    Cookie admin;

    @BeforeEach
    void signIn() throws Exception {
        admin = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);
    }

    @Test
    void leaderTermEndingBeforeItStartsIsRefused() throws Exception {
        long leaders = count("city_leader");
        mvc.perform(post("/admin/cities/510100/leaders").cookie(admin).with(csrf())
                        .param("name", "市长甲").param("post", "MAYOR").param("from", "2024-01-01").param("to", "2023-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("结束日期不能早于开始日期")));
        assertThat(count("city_leader")).isEqualTo(leaders);
    }

    @Test
    void cityListFindsChengduByTypingChengdu() throws Exception {
        mvc.perform(get("/admin/cities").param("q", "成都").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("成都市")))
                .andExpect(content().string(not(containsString("深圳市"))));
    }

    @Test
    void endingAnAppointmentBeforeItStartedReopensItsPanelWithTheErrorAndFocus() throws Exception {
        String hefei = "340100";
        long appointment = fixtures.appoint(hefei, fixtures.person("吴任职"), LiaisonRole.PRIMARY, LocalDate.of(2024, 5, 1));

        String page = mvc.perform(post("/admin/cities/" + hefei + "/liaisons/" + appointment + "/end").cookie(admin).with(csrf())
                        .param("on", "2024-01-01"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        String panel = panelAround(page, "/liaisons/" + appointment + "/end");
        assertThat(panel).startsWith("<details open");
        assertThat(panel).contains("结束日期不能早于开始日期").contains("role=\"alert\"").contains("autofocus");
        assertThat(jdbc.sql("SELECT count(*) FROM liaison_appointment WHERE id = :id AND end_date IS NULL")
                .param("id", appointment).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void phonesTypedWithSpacesDashesOrCountryCodeAreCleanedUpNotRefused() throws Exception {
        String created = mvc.perform(post("/admin/people").cookie(admin).with(csrf()).param("name", "周整理")
                        .param("mobile", "+86 138-0013-8000").param("officePhone", "(028) 8765 4321"))
                .andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT mobile || ' ' || office_phone FROM person WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("13800138000 028-87654321");

        mvc.perform(post("/api/v1/people").with(httpBasic("admin", Fixtures.ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"吴接口\", \"mobile\": \"139 1234 5678\", \"officePhone\": \"+86 10 6552 8888\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mobile").value("13912345678"))
                .andExpect(jsonPath("$.officePhone").value("010-65528888"));
    }

    @Test
    void anOfficePhoneWithoutAreaCodeIsRefusedEverywhereWithTheSameRule() throws Exception {
        long people = count("person");
        mvc.perform(post("/admin/people").cookie(admin).with(csrf()).param("name", "郑区号").param("officePhone", "87654321"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("办公电话格式不正确：须带区号")));
        mvc.perform(post("/api/v1/people").with(httpBasic("admin", Fixtures.ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"郑区号\", \"officePhone\": \"87654321\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("officePhone"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("须带区号")));
        assertThat(count("person")).isEqualTo(people);
    }

    @Test
    void tooLongStatesTheLimitAndInputsCarryTheSameMaxlength() throws Exception {
        mvc.perform(post("/admin/cities/510100/leaders").cookie(admin).with(csrf())
                        .param("name", "长".repeat(41)).param("post", "MAYOR").param("from", "2024-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("内容过长：不超过 40 个字。")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"leader-name\"[^>]*maxlength=\"40\".*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"profile-address\"[^>]*maxlength=\"200\".*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"profile-notes\"[^>]*maxlength=\"4000\".*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"appoint-person.name\"[^>]*maxlength=\"40\".*")));
        mvc.perform(post("/admin/cities/510100/leaders").cookie(admin).cookie(new Cookie("citybridge-lang", "en")).with(csrf())
                        .param("name", "长".repeat(41)).param("post", "MAYOR").param("from", "2024-01-01"))
                .andExpect(content().string(containsString("Too long: at most 40 characters.")));
        mvc.perform(get("/admin/people/new").cookie(admin))
                .andExpect(content().string(matchesPattern("(?s).*id=\"person-unit\"[^>]*maxlength=\"100\".*")));
        mvc.perform(get("/admin/circulars/new").cookie(admin))
                .andExpect(content().string(matchesPattern("(?s).*id=\"circular-docNumber\"[^>]*maxlength=\"60\".*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"circular-title\"[^>]*maxlength=\"200\".*")));
    }

    /** The {@code <details>} element holding the form that posts to {@code action}. */
    private static String panelAround(String page, String action) {
        int form = page.indexOf(action);
        assertThat(form).as("form posting to " + action).isPositive();
        int start = page.lastIndexOf("<details", form);
        return page.substring(start, page.indexOf("</details>", form));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
