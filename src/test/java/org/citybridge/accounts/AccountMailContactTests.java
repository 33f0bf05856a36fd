package org.citybridge.accounts;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.citybridge.accounts.domain.AccountAdministration;
import org.citybridge.accounts.domain.NewAccount;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An account's mail address and language: given by the administrator when creating it or on its page, by everyone on
 * their own account page, through the API; stored trimmed, refused with a field error in the reader's language when
 * not an address, audited; and {@link AccountContacts} answering whom other modules may mail.
 */
@IntegrationTest
class AccountMailContactTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountAdministration administration;
    @Autowired
    AccountContacts contacts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdministratorGivesAnAddressAndLanguageWhenCreatingAnAccountAndChangesThemOnItsPage() throws Exception {
        Cookie admin = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);
        String username = "mail-web-" + System.nanoTime() % 1000000;
        mvc.perform(post("/admin/users").cookie(admin).with(csrf()).param("username", username)
                        .param("password", "long-enough-secret").param("role", "STAFF")
                        .param("email", "zhang@localhost").param("language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写有效的电子邮箱地址（不超过 254 个字符），或留空。")))
                .andExpect(content().string(containsString("value=\"zhang@localhost\"")));
        assertThat(idOf(username)).as("nothing saved").isNull();

        mvc.perform(post("/admin/users").cookie(admin).with(csrf()).param("username", username)
                        .param("password", "long-enough-secret").param("role", "STAFF")
                        .param("email", "  Zhang.San@Mail.Example.cn ").param("language", "en"))
                .andExpect(status().is3xxRedirection());
        Long id = idOf(username);
        assertThat(stored(username)).containsExactly("Zhang.San@Mail.Example.cn", "en");
        mvc.perform(get("/admin/users/" + id).cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Zhang.San@Mail.Example.cn\"")));

        mvc.perform(post("/admin/users/" + id + "/contact").cookie(admin).with(csrf()).param("email", "no address")
                        .param("language", "zh-CN").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please give a valid e-mail address (at most 254 characters), or leave it empty.")))
                .andExpect(content().string(containsString("value=\"no address\"")));
        mvc.perform(post("/admin/users/" + id + "/contact").cookie(admin).with(csrf()).param("email", "office@city.example.cn")
                        .param("language", "fr").param("lang", "zh-CN"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请选择中文或 English。")));
        assertThat(stored(username)).as("unchanged by refused forms").containsExactly("Zhang.San@Mail.Example.cn", "en");

        mvc.perform(post("/admin/users/" + id + "/contact").cookie(admin).with(csrf()).param("email", "office@city.example.cn")
                        .param("language", "zh-CN"))
                .andExpect(redirectedUrl("/admin/users/" + id)).andExpect(flash().attribute("flashKey", "user.contactSaved"));
        assertThat(stored(username)).containsExactly("office@city.example.cn", "zh-CN");
        assertThat(audit(id, "admin")).containsExactly("account.changeContact", "account.create");
        String change = jdbc.sql("""
                        SELECT (before ->> 'email') || ' ' || (after ->> 'email') || ' ' || (after ->> 'language') FROM audit_log
                        WHERE entity_type = 'account' AND entity_id = :id AND action = 'account.changeContact'""")
                .param("id", String.valueOf(id)).query(String.class).single();
        assertThat(change).isEqualTo("Zhang.San@Mail.Example.cn office@city.example.cn zh-CN");
        mvc.perform(get("/admin/audit").param("entityType", "account").param("entityId", String.valueOf(id)).cookie(admin))
                .andExpect(content().string(containsString("修改邮件通知")))
                .andExpect(content().string(containsString("office@city.example.cn")));

        mvc.perform(post("/admin/users/" + id + "/contact").cookie(admin).with(csrf()).param("email", " ").param("language", "en"))
                .andExpect(status().is3xxRedirection());
        assertThat(stored(username)).as("a blank address removes it").containsExactly(null, "en");
    }

    @Test
    void everyoneSetsTheirOwnAddressOnTheirAccountPageWithFieldErrorsInTheirLanguage() throws Exception {
        String user = fixtures.account(Role.LIAISON, "510100", null, null);
        Cookie session = Sessions.login(mvc, user, Fixtures.PASSWORD);
        mvc.perform(get("/admin/account").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"contact-form\"")))
                .andExpect(content().string(containsString("<option value=\"zh-CN\" lang=\"zh-CN\" selected=\"selected\">中文</option>")));

        mvc.perform(post("/admin/account/contact").cookie(session).with(csrf()).param("email", "liaison@@example.cn")
                        .param("language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写有效的电子邮箱地址")))
                .andExpect(content().string(containsString("value=\"liaison@@example.cn\"")))
                .andExpect(content().string(containsString("<option value=\"en\" lang=\"en\" selected=\"selected\">English</option>")));
        mvc.perform(post("/admin/account/contact").cookie(session).with(csrf()).param("email", "a".repeat(250) + "@x.cn")
                        .param("language", "en").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please give a valid e-mail address (at most 254 characters)")));
        assertThat(stored(user)).as("nothing saved").containsExactly(null, "zh-CN");

        mvc.perform(post("/admin/account/contact").cookie(session).with(csrf()).param("email", " liaison@chengdu.example.cn\t")
                        .param("language", "en"))
                .andExpect(redirectedUrl("/admin/account")).andExpect(flash().attribute("flashKey", "account.contactSaved"));
        assertThat(stored(user)).containsExactly("liaison@chengdu.example.cn", "en");
        assertThat(audit(idOf(user), user)).as("audited as the user's own change").containsExactly("account.changeContact");
        mvc.perform(get("/admin/account").cookie(session))
                .andExpect(content().string(containsString("value=\"liaison@chengdu.example.cn\"")));
    }

    @Test
    void theApiCreatesAndShowsAnAccountsAddressAndLanguageAndRefusesABadAddressAsAProblem() throws Exception {
        String username = "mail-api-" + System.nanoTime() % 1000000;
        mvc.perform(post("/api/v1/users").with(httpBasic("admin", Fixtures.ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"long-enough-secret\",\"role\":\"EDITOR\","
                                + "\"email\":\"editor@\",\"language\":\"en\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        assertThat(idOf(username)).isNull();

        mvc.perform(post("/api/v1/users").with(httpBasic("admin", Fixtures.ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"long-enough-secret\",\"role\":\"EDITOR\","
                                + "\"email\":\" editor@portal.example.cn \",\"language\":\"en\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value("editor@portal.example.cn"))
                .andExpect(jsonPath("$.language").value("en"));
        mvc.perform(get("/api/v1/users/" + idOf(username)).with(httpBasic("admin", Fixtures.ADMIN_PASSWORD)))
                .andExpect(jsonPath("$.email").value("editor@portal.example.cn"))
                .andExpect(jsonPath("$.language").value("en"));
    }

    @Test
    void otherModulesMayMailOnlyEnabledAccountsWithAnAddressEachInItsLanguage() {
        String suffix = String.valueOf(System.nanoTime() % 1000000);
        String english = "mail-en-" + suffix;
        String chinese = "mail-zh-" + suffix;
        String silent = "mail-none-" + suffix;
        String disabled = "mail-off-" + suffix;
        fixtures.asAdmin(() -> {
            administration.create(new NewAccount(english, "Li Lei", Fixtures.PASSWORD, Role.EDITOR, null, null, null,
                    "li.lei@example.cn", "en"));
            administration.create(new NewAccount(chinese, "韩梅梅", Fixtures.PASSWORD, Role.STAFF, null, null, null,
                    "han@example.cn", null));
            administration.create(new NewAccount(silent, "无邮箱", Fixtures.PASSWORD, Role.EDITOR, null, null, null,
                    " ", "en"));
            long off = administration.create(new NewAccount(disabled, "已停用", Fixtures.PASSWORD, Role.EDITOR, null, null,
                    null, "off@example.cn", "zh-CN"));
            administration.disable(off);
            return null;
        });

        assertThat(contacts.of(List.of(chinese.toUpperCase(Locale.ROOT), english, silent, disabled, "nobody-" + suffix)))
                .containsExactly(new AccountContacts.Contact(english, "Li Lei", "li.lei@example.cn", Locale.ENGLISH),
                        new AccountContacts.Contact(chinese, "韩梅梅", "han@example.cn", Locale.forLanguageTag("zh-CN")));
        assertThat(contacts.of(silent)).isEmpty();
        assertThat(contacts.of(List.of())).isEmpty();
        assertThatThrownBy(() -> fixtures.asAdmin(() -> administration.create(new NewAccount("mail-bad-" + suffix, null,
                Fixtures.PASSWORD, Role.STAFF, null, null, null, "han@example.cn", "de"))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("language"));
    }

    private Long idOf(String username) {
        return jdbc.sql("SELECT id FROM user_account WHERE username = :u").param("u", username).query(Long.class)
                .optional().orElse(null);
    }

    private List<String> stored(String username) {
        return jdbc.sql("SELECT email, language FROM user_account WHERE username = :u").param("u", username)
                .query((rs, n) -> java.util.Arrays.asList(rs.getString("email"), rs.getString("language"))).single();
    }

    private List<String> audit(Long id, String actor) {
        return jdbc.sql("""
                        SELECT action FROM audit_log WHERE entity_type = 'account' AND entity_id = :id AND actor = :actor
                        ORDER BY id DESC""")
                .param("id", String.valueOf(id)).param("actor", actor).query(String.class).list();
    }
}
