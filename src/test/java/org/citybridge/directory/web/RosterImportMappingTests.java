package org.citybridge.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.RosterFile;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The mapping step of a roster import sent back with a question keeps what the user typed, the mapping's name too. */
@IntegrationTest
class RosterImportMappingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMappingLackingARequiredColumnComesBackWithTheNameToSaveItUnderAndNothingSaved() throws Exception {
        Cookie staff = Sessions.login(mvc, fixtures.account(Role.STAFF), Fixtures.PASSWORD);
        byte[] sheet = RosterFile.xlsx("Sheet1", List.of("城市", "联系人员", "类型", "任职时间"),
                List.of(List.of("成都", "柏文三", "主联络员", "2025-3-1")));
        String mappingStep = mvc.perform(multipart("/admin/roster/import")
                        .file(new MockMultipartFile("file", "own.xlsx", "application/octet-stream", sheet)).with(csrf()).cookie(staff))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(mappingStep).matches("/admin/roster/import/[^/]+/mapping");
        String name = "未完成的映射" + System.nanoTime();

        String page = mvc.perform(post(mappingStep).param("sheet", "0").param("headerRow", "1").param("col0", "cityName")
                        .param("saveAs", name).with(csrf()).cookie(staff))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"saveAs\"").contains("value=\"" + name + "\"").contains("未找到“姓名”列");
        assertThat(jdbc.sql("SELECT count(*) FROM roster_import_mapping WHERE name = :name").param("name", name)
                .query(Long.class).single()).isZero();
    }
}
