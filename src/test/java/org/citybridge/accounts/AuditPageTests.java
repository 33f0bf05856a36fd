package org.citybridge.accounts;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit log reads as a table of changed fields with their names, not JSON with English keys. */
@IntegrationTest
class AuditPageTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void changedFieldsAreListedWithTheirNamesAndNamedValues() throws Exception {
        long person = fixtures.person("审计甲");
        long appointment = fixtures.appoint("430100", person, LiaisonRole.PRIMARY, LocalDate.of(2024, 2, 1));
        Cookie admin = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);
        mvc.perform(post("/admin/people/" + person).cookie(admin).with(csrf()).param("version", "0")
                        .param("name", "审计甲").param("gender", "FEMALE").param("mobile", "13800138000").param("officePhone", "0731-88886666"))
                .andExpect(status().isFound());

        String page = mvc.perform(get("/admin/audit").param("entityType", "person").param("entityId", String.valueOf(person)).cookie(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("修改人员", "新增人员", "人员 #" + person, "手机", "办公电话", "0731-88886666", "13800138000")
                .doesNotContain("officePhone&quot;", "\"officePhone\"", "{&quot;");

        String appointed = mvc.perform(get("/admin/audit").param("entityType", "appointment").param("entityId", String.valueOf(appointment))
                        .cookie(admin)).andReturn().getResponse().getContentAsString();
        assertThat(appointed).contains("任命联络员", "联络员类型", "主联络员", "开始日期", "2024-02-01").doesNotContain(">PRIMARY<");

        String english = mvc.perform(get("/admin/audit").param("entityType", "person").param("entityId", String.valueOf(person))
                        .cookie(admin).cookie(new Cookie("citybridge-lang", "en"))).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Person changed", "Office phone", "Mobile").doesNotContain("办公电话");
    }

    @Test
    void revokingEveryTokenOfAnAccountIsListedWithHowManyTokens() throws Exception {
        String user = fixtures.account(Role.STAFF);
        Cookie session = Sessions.login(mvc, user, Fixtures.PASSWORD);
        for (String name : List.of("脚本甲", "脚本乙")) {
            mvc.perform(post("/admin/account/tokens").cookie(session).with(csrf()).param("name", name)).andExpect(status().isOk());
        }
        long id = jdbc.sql("SELECT id FROM user_account WHERE username = :u").param("u", user).query(Long.class).single();
        Cookie admin = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);
        mvc.perform(post("/admin/users/" + id + "/password").cookie(admin).with(csrf()).param("password", "Reset-2026-Audit!"));
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE user_id = :u AND revoked_at IS NULL").param("u", id)
                .query(Long.class).single()).isZero();

        String page = mvc.perform(get("/admin/audit").param("entityType", "account").param("entityId", String.valueOf(id)).cookie(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("吊销全部 API 令牌", "吊销的令牌数").doesNotContain("token.revokeAll", "已吊销");
        String english = mvc.perform(get("/admin/audit").param("entityType", "account").param("entityId", String.valueOf(id))
                .cookie(admin).cookie(new Cookie("citybridge-lang", "en"))).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("All API tokens revoked", "Tokens revoked").doesNotContain("token.revokeAll");
    }
}
