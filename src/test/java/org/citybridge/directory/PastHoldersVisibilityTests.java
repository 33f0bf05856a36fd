package org.citybridge.directory;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.citybridge.directory.domain.Appointments;
import org.citybridge.platform.Dates;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A liaison or coordinator sees past holders of a post in their scope by name and dates only, current holders
 * without their posts elsewhere, and nobody else (issue 9, security 6).
 */
@IntegrationTest
class PastHoldersVisibilityTests {

    private static final String PANZHIHUA = "510400";
    private static final String SHENZHEN = "440300";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Appointments appointments;
    @Autowired
    Dates dates;
    @Autowired
    JdbcClient jdbc;

    @Test
    void pastHoldersShowNamesAndDatesOnlyAndOtherCitiesPeopleAreUnknown() throws Exception {
        long own = fixtures.person("攀枝花现任");
        fixtures.appoint(PANZHIHUA, own, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        long moved = fixtures.person("调往深圳者");
        long movedPost = fixtures.appoint(PANZHIHUA, moved, LiaisonRole.DEPUTY, LocalDate.of(2022, 1, 1));
        fixtures.asAdmin(() -> {
            appointments.end(PANZHIHUA, movedPost, LocalDate.of(2023, 6, 30));
            return null;
        });
        fixtures.appoint(SHENZHEN, moved, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        long both = fixtures.person("两地兼任者");
        fixtures.appoint(PANZHIHUA, both, LiaisonRole.DEPUTY, LocalDate.of(2024, 1, 1));
        fixtures.appoint(SHENZHEN, both, LiaisonRole.DEPUTY, LocalDate.of(2024, 1, 1));
        long stranger = fixtures.person("深圳本地人");
        fixtures.appoint(SHENZHEN, stranger, LiaisonRole.DEPUTY, LocalDate.of(2024, 1, 1));

        String liaison = fixtures.account(Role.LIAISON, PANZHIHUA, null, own);
        String sichuan = fixtures.account(Role.PROVINCE, null, "510000", null);
        for (String user : new String[]{liaison, sichuan}) {
            mvc.perform(get("/api/v1/people/" + moved).with(httpBasic(user, Fixtures.PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value("调往深圳者"))
                    .andExpect(jsonPath("$.mobile").value(nullValue()))
                    .andExpect(jsonPath("$.email").value(nullValue()))
                    .andExpect(jsonPath("$.officePhone").value(nullValue()))
                    .andExpect(jsonPath("$.appointments", hasSize(1)))
                    .andExpect(jsonPath("$.appointments[0].cityCode").value(PANZHIHUA))
                    .andExpect(jsonPath("$.appointments[0].to").value("2023-06-30"))
                    .andExpect(jsonPath("$.appointments[0].mobile").value(nullValue()));
            mvc.perform(get("/api/v1/people/" + both).with(httpBasic(user, Fixtures.PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.mobile").isNotEmpty())
                    .andExpect(jsonPath("$.appointments", hasSize(1)))
                    .andExpect(jsonPath("$.appointments[0].cityCode").value(PANZHIHUA));
            mvc.perform(get("/api/v1/people/" + stranger).with(httpBasic(user, Fixtures.PASSWORD)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/cities/" + PANZHIHUA).with(httpBasic(user, Fixtures.PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.history[?(@.personId == " + moved + ")].mobile", contains(nullValue())))
                    .andExpect(jsonPath("$.history[?(@.personId == " + moved + ")].email", contains(nullValue())));
        }
        String mobile = jdbc.sql("SELECT mobile FROM person WHERE id = :id").param("id", moved).query(String.class).single();
        Cookie session = Sessions.login(mvc, liaison, Fixtures.PASSWORD);
        mvc.perform(get("/admin/people/" + moved).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"past-holder\"")))
                .andExpect(content().string(not(containsString(mobile))))
                .andExpect(content().string(not(containsString("深圳市"))));
        mvc.perform(get("/admin/people/" + stranger).cookie(session)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people/" + moved).with(httpBasic("admin", Fixtures.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mobile").isNotEmpty())
                .andExpect(jsonPath("$.appointments", hasSize(2)));
    }
}
