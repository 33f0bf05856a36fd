package org.citybridge.accounts.web;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.citybridge.platform.WebConfiguration;
import org.citybridge.portal.domain.ColumnNode;
import org.citybridge.portal.domain.ColumnTree;
import org.citybridge.portal.domain.PublicDataCache;
import org.citybridge.support.WebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sign-in page and the web security chain around it (the real {@code SecurityConfiguration}), in zh-CN and in
 * English, with the accounts mocked: nobody signs in here. {@code AccountSecurityTests} signs in for real (throttling,
 * disabled accounts, sessions in PostgreSQL that end on a password change) and {@code PublicLayoutTests} checks the
 * page's reader settings and column menu against the portal's data.
 */
@WebMvcTest(controllers = LoginController.class)
@WebSlice
class LoginWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PublicDataCache publicData;

    @BeforeEach
    void columns() {
        given(publicData.columns()).willReturn(new ColumnTree(List.of(
                new ColumnNode(1, null, "news", "协会动态", null, 1, true, "协会动态", 0, 0, 0))));
    }

    @Test
    void theSignInFormIsInChineseByDefaultAndCarriesItsCsrfToken() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(containsString("lang=\"zh-CN\""),
                        containsString("<title>登录 · 城市联络工作平台</title>"),
                        containsString("for=\"username\" class=\"form-label\">用户名</label>"),
                        containsString("for=\"password\" class=\"form-label\">密码</label>"),
                        containsString("name=\"_csrf\""),
                        containsString("href=\"/column/news\">协会动态</a>"))));
    }

    @Test
    void theSignInFormSpeaksEnglishAfterTheSwitchAndRemembersIt() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(cookie().value(WebConfiguration.LANGUAGE_COOKIE, "en"))
                .andExpect(content().string(allOf(containsString("lang=\"en\""),
                        containsString("<title>Sign in · CityBridge Liaison Platform</title>"),
                        containsString(">Username</label>"), containsString(">Password</label>"))));
        mvc.perform(get("/login").cookie(new Cookie(WebConfiguration.LANGUAGE_COOKIE, "en")))
                .andExpect(content().string(containsString(">Username</label>")));
    }

    @Test
    void aFailedSignInSaysWhyInTheUsersLanguage() throws Exception {
        mvc.perform(get("/login").param("error", "bad")).andExpect(content().string(containsString("用户名或密码不正确。")));
        mvc.perform(get("/login").param("error", "throttled"))
                .andExpect(content().string(containsString("登录失败次数过多，请稍后再试。")));
        mvc.perform(get("/login").param("error", "disabled")).andExpect(content().string(containsString("该账号已停用")));
        mvc.perform(get("/login").param("error", "throttled").param("lang", "en"))
                .andExpect(content().string(containsString("Too many failed sign-ins. Please try again later.")));
        mvc.perform(get("/login").param("logout", "")).andExpect(content().string(containsString("您已安全退出。")));
    }

    @Test
    void aSignInWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "someone").param("password", "whatever-it-is"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").with(csrf().useInvalidToken()).param("username", "someone").param("password", "whatever-it-is"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theBackOfficeSendsAVisitorToSignInAndSigningOutLeadsBackThere() throws Exception {
        mvc.perform(get("/admin/cities")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void pagesCarryTheContentSecurityAndReferrerPolicies() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", startsWith("default-src 'self'; img-src 'self' data:;")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'; object-src 'none'")))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
}
