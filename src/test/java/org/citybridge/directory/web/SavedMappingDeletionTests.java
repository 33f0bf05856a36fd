package org.citybridge.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.servlet.http.Cookie;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A saved column mapping is listed on the import page and deleted from there, after a confirmation. */
@IntegrationTest
class SavedMappingDeletionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void staffSeeASavedMappingConfirmItsDeletionAndItIsGone() throws Exception {
        String name = "删除测试映射" + System.nanoTime();
        long id = jdbc.sql("""
                        INSERT INTO roster_import_mapping (name, columns, saved_by, saved_at)
                        VALUES (:name, CAST(:columns AS jsonb), 'test', :at) RETURNING id""")
                .param("name", name).param("columns", "{\"所在城市\": \"cityName\", \"联系人\": \"name\"}")
                .param("at", Timestamp.from(Instant.now())).query(Long.class).single();
        Cookie staff = Sessions.login(mvc, fixtures.account(Role.STAFF), Fixtures.PASSWORD);

        String page = mvc.perform(get("/admin/roster/import").cookie(staff)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"saved-mappings\"").contains(name).contains("所在城市").contains("联系人")
                .contains("data-confirm=\"confirm-mapping-" + id + "\"");

        String confirmStep = mvc.perform(post("/admin/roster/import/mappings/" + id + "/delete").with(csrf()).cookie(staff))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirmStep).contains("id=\"confirm-mapping-step\"").contains("映射“" + name + "”将被删除");
        assertThat(count(id)).isEqualTo(1);

        mvc.perform(post("/admin/roster/import/mappings/" + id + "/delete").param("confirmed", "true").with(csrf()).cookie(staff))
                .andExpect(redirectedUrl("/admin/roster/import")).andExpect(flash().attribute("deletedMapping", name));
        assertThat(count(id)).isZero();
        mvc.perform(post("/admin/roster/import/mappings/" + id + "/delete").param("confirmed", "true").with(csrf()).cookie(staff))
                .andExpect(status().isNotFound());
    }

    @Test
    void anEditorMayNotDeleteOne() throws Exception {
        long id = jdbc.sql("""
                        INSERT INTO roster_import_mapping (name, columns, saved_by, saved_at)
                        VALUES (:name, CAST('{}' AS jsonb), 'test', :at) RETURNING id""")
                .param("name", "编辑不可删" + System.nanoTime()).param("at", Timestamp.from(Instant.now())).query(Long.class).single();
        Cookie editor = Sessions.login(mvc, fixtures.account(Role.EDITOR), Fixtures.PASSWORD);

        mvc.perform(post("/admin/roster/import/mappings/" + id + "/delete").param("confirmed", "true").with(csrf()).cookie(editor))
                .andExpect(status().isForbidden());
        assertThat(count(id)).isEqualTo(1);
    }

    private long count(long id) {
        return jdbc.sql("SELECT count(*) FROM roster_import_mapping WHERE id = :id").param("id", id).query(Long.class).single();
    }
}
