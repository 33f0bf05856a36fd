package org.citybridge.platform;

import jakarta.servlet.http.Cookie;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every list's unreadable parameter (status, date, number, page) answers 400 naming it, never a server error. The
 * roster's lists ({@code /admin/cities}, {@code /api/v1/cities}) are checked in their slices, {@code CityWebTests} and
 * {@code RosterApiWebTests}, which also show that the directory is never asked.
 */
@IntegrationTest
class ListParameterTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    private static String staff;
    private Cookie session;

    @BeforeEach
    void signIn() throws Exception {
        if (staff == null) {
            staff = fixtures.account(Role.STAFF);
        }
        session = Sessions.login(mvc, staff, Fixtures.PASSWORD);
    }

    @Test
    void anUnknownStatusOnTheReviewQueueIsABadRequestNamingTheValue() throws Exception {
        mvc.perform(get("/admin/submissions/review").param("status", "FOO").cookie(session))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("参数 status 的值“FOO”无效"), containsString("id=\"problem\""))));
    }

    @Test
    void aMalformedDateOrPageOnTheReviewQueueIsABadRequest() throws Exception {
        mvc.perform(get("/admin/submissions/review").param("from", "2026-13-45").cookie(session))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("2026-13-45")));
        mvc.perform(get("/admin/submissions/review").param("page", "二").cookie(session))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("参数 page")));
    }

    @Test
    void filtersBoundAsAFormAnswerTheSame() throws Exception {
        mvc.perform(get("/admin/tasks").param("status", "FOO").cookie(session))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("参数 status 的值“FOO”无效")));
        mvc.perform(get("/admin/circulars").param("status", "FOO").cookie(session))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("参数 status 的值“FOO”无效")));
    }

    @Test
    void thePageSpeaksTheUsersLanguage() throws Exception {
        mvc.perform(get("/admin/submissions/review").param("status", "FOO").param("lang", "en").cookie(session))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("of parameter status is not valid")));
    }

    @Test
    void theApiAnswersAProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/tasks").param("status", "FOO").with(httpBasic(staff, Fixtures.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:citybridge:problem:invalid-parameter"))
                .andExpect(jsonPath("$.detail").value(containsString("“FOO”")));
    }
}
