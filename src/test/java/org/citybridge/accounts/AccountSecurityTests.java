package org.citybridge.accounts;

import jakarta.servlet.http.Cookie;
import org.citybridge.accounts.domain.AccountAdministration;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountSecurityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountAdministration administration;
    @Autowired
    JdbcClient jdbc;

    @Test
    void repeatedFailuresThrottleTheAccountEvenForTheRightPassword() throws Exception {
        String user = fixtures.account(Role.STAFF);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(user).password("wrong-password-" + i)).andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin("/login").user(user).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/login?error=throttled"));
        mvc.perform(get("/login").param("error", "throttled")).andExpect(content().string(containsString("登录失败次数过多")));
        mvc.perform(get("/api/v1/me").with(httpBasic(user, Fixtures.PASSWORD))).andExpect(status().isUnauthorized());
    }

    @Test
    void disablingAnAccountEndsItsSessionsAndRefusesSignIn() throws Exception {
        String user = fixtures.account(Role.STAFF);
        Cookie session = Sessions.login(mvc, user, Fixtures.PASSWORD);
        mvc.perform(get("/admin/cities").cookie(session)).andExpect(status().isOk());
        long id = jdbc.sql("SELECT id FROM user_account WHERE username = :u").param("u", user).query(Long.class).single();

        fixtures.asAdmin(() -> {
            administration.disable(id);
            return null;
        });

        mvc.perform(get("/admin/cities").cookie(session)).andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/login").user(user).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/login?error=disabled"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'account.disable' AND entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void passwordPolicyAppliesToOwnChangesAndAdminCreation() throws Exception {
        String user = fixtures.account(Role.STAFF);
        Cookie session = Sessions.login(mvc, user, Fixtures.PASSWORD);
        mvc.perform(post("/admin/account/password").cookie(session).with(csrf()).param("currentPassword", Fixtures.PASSWORD)
                        .param("newPassword", "short").param("confirmPassword", "short"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("密码至少需要 10 个字符")));
        mvc.perform(post("/admin/account/password").cookie(session).with(csrf()).param("currentPassword", Fixtures.PASSWORD)
                        .param("newPassword", user + "-1234567").param("confirmPassword", user + "-1234567"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("密码不能包含用户名")));
        mvc.perform(post("/admin/account/password").cookie(session).with(csrf()).param("currentPassword", "not-my-password")
                        .param("newPassword", "a-fine-new-secret").param("confirmPassword", "a-fine-new-secret"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("当前密码不正确")));
        mvc.perform(post("/admin/account/password").cookie(session).with(csrf()).param("currentPassword", Fixtures.PASSWORD)
                        .param("newPassword", "a-fine-new-secret").param("confirmPassword", "a-fine-new-secret"))
                .andExpect(status().is3xxRedirection());
        Sessions.login(mvc, user, "a-fine-new-secret");

        mvc.perform(post("/api/v1/users").with(httpBasic("admin", Fixtures.ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"liaison-x\",\"password\":\"long-enough-secret\",\"role\":\"LIAISON\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("cityCode"));
        mvc.perform(post("/api/v1/users").with(httpBasic("admin", Fixtures.ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"x\",\"password\":\"long-enough-secret\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'role')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'username')]").exists());
        assertThat(jdbc.sql("SELECT count(*) FROM user_account WHERE username IN ('liaison-x', 'x')").query(Long.class).single()).isZero();
    }

    @Test
    void personalTokensWorkUntilRevoked() throws Exception {
        String user = fixtures.account(Role.STAFF);
        Cookie session = Sessions.login(mvc, user, Fixtures.PASSWORD);
        String page = mvc.perform(post("/admin/account/tokens").cookie(session).with(csrf()).param("name", "报表脚本"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = page.replaceAll("(?s).*id=\"new-token\">(cbt_[A-Za-z0-9_-]+)<.*", "$1");
        assertThat(token).startsWith("cbt_");

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value(user));
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = :t").param("t", token).query(Long.class).single())
                .as("only the hash is stored").isZero();

        long id = jdbc.sql("SELECT t.id FROM api_token t JOIN user_account u ON u.id = t.user_id WHERE u.username = :u")
                .param("u", user).query(Long.class).single();
        mvc.perform(post("/admin/account/tokens/" + id + "/revoke").cookie(session).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void rosterChangesAreAuditedWithBeforeAndAfter() throws Exception {
        Cookie session = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);
        mvc.perform(post("/admin/cities/350200/profile").cookie(session).with(csrf()).param("address", "厦门市思明区").param("notes", ""))
                .andExpect(status().is3xxRedirection());
        String after = jdbc.sql("SELECT after::text FROM audit_log WHERE entity_type = 'city' AND entity_id = '350200' AND actor = 'admin'")
                .query(String.class).single();
        assertThat(after).contains("厦门市思明区");
        mvc.perform(get("/admin/audit").param("entityType", "city").param("entityId", "350200").cookie(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("厦门市思明区")));
    }

    @Test
    void adminAccountFormShowsFieldErrors() throws Exception {
        Cookie session = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);
        mvc.perform(post("/admin/users").cookie(session).with(csrf()).param("username", "a b").param("password", "x")
                        .param("role", "LIAISON"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("用户名须为 3–40 位")));
        mvc.perform(post("/admin/users").cookie(session).with(csrf()).param("username", "cd-liaison").param("password", "long-enough-secret")
                        .param("role", "LIAISON").param("cityCode", "999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("城市代码不存在")));
        assertThat(jdbc.sql("SELECT count(*) FROM user_account WHERE username = 'cd-liaison'").query(Long.class).single()).isZero();
    }

    @Test
    void aWrongPasswordForADisabledAccountIsJustAWrongPasswordAndCounts() throws Exception {
        String user = fixtures.account(Role.STAFF);
        long id = idOf(user);
        fixtures.asAdmin(() -> {
            administration.disable(id);
            return null;
        });
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(user).password("wrong-password-" + i)).andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin("/login").user(user).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/login?error=throttled"));
    }

    @Test
    void anAdministratorsPasswordResetEndsTheUsersSessionsAndTokens() throws Exception {
        String user = fixtures.account(Role.STAFF);
        Cookie session = Sessions.login(mvc, user, Fixtures.PASSWORD);
        String token = token(session);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        Cookie admin = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);
        mvc.perform(post("/admin/users/" + idOf(user) + "/password").cookie(admin).with(csrf()).param("password", "a-brand-new-secret"))
                .andExpect(redirectedUrl("/admin/users/" + idOf(user))).andExpect(flash().attribute("flashKey", "user.passwordReset"));
        mvc.perform(get("/admin/users/" + idOf(user)).cookie(admin).flashAttr("flashKey", "user.passwordReset"))
                .andExpect(content().string(containsString("全部 API 令牌已吊销")));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/cities").cookie(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void anAdministratorRevokesAnotherUsersTokens() throws Exception {
        String user = fixtures.account(Role.STAFF);
        Cookie session = Sessions.login(mvc, user, Fixtures.PASSWORD);
        String first = token(session);
        String second = token(session);
        Cookie admin = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);
        mvc.perform(get("/admin/users/" + idOf(user)).cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"revoke-tokens\"")));

        mvc.perform(post("/admin/users/" + idOf(user) + "/tokens/revoke").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + idOf(user)));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + first)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + second)).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/cities").cookie(session)).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'token.revokeAll' AND entity_id = :id AND actor = 'admin'")
                .param("id", String.valueOf(idOf(user))).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void changingOnesOwnPasswordEndsOnesOtherSessionsAndTokens() throws Exception {
        String user = fixtures.account(Role.STAFF);
        Cookie here = Sessions.login(mvc, user, Fixtures.PASSWORD);
        Cookie elsewhere = Sessions.login(mvc, user, Fixtures.PASSWORD);
        String token = token(here);

        mvc.perform(post("/admin/account/password").cookie(here).with(csrf()).param("currentPassword", Fixtures.PASSWORD)
                        .param("newPassword", "my-own-new-secret").param("confirmPassword", "my-own-new-secret"))
                .andExpect(redirectedUrl("/admin/account")).andExpect(flash().attribute("flashKey", "account.passwordChanged"));

        mvc.perform(get("/admin/account").cookie(here).flashAttr("flashKey", "account.passwordChanged")).andExpect(status().isOk())
                .andExpect(content().string(containsString("您在其他设备或浏览器上的登录均已结束")));
        mvc.perform(get("/admin/cities").cookie(elsewhere)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    private long idOf(String username) {
        return jdbc.sql("SELECT id FROM user_account WHERE username = :u").param("u", username).query(Long.class).single();
    }

    private String token(Cookie session) throws Exception {
        String page = mvc.perform(post("/admin/account/tokens").cookie(session).with(csrf()).param("name", "脚本"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return page.replaceAll("(?s).*id=\"new-token\">(cbt_[A-Za-z0-9_-]+)<.*", "$1");
    }
}
