package org.citybridge.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.JobPages;
import org.citybridge.support.RosterFile;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A roster import is one of its uploader's background jobs: listed under 我的后台任务 with the file's name, its job
 * page linking back to the import's own page; another user sees neither.
 */
@IntegrationTest
class RosterImportAmongJobsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void theImportIsListedAmongItsUploadersJobsAndHiddenFromOthers() throws Exception {
        Cookie owner = Sessions.login(mvc, fixtures.account(Role.STAFF), Fixtures.PASSWORD);
        byte[] file = RosterFile.of(RosterFile.line(), RosterFile.line());
        String importPage = mvc.perform(multipart("/admin/roster/import").file(new MockMultipartFile("file", "四月名单.xlsx",
                        "application/octet-stream", file)).with(csrf()).cookie(owner))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(importPage).startsWith("/admin/roster/import/jobs/");
        String id = importPage.substring(importPage.lastIndexOf('/') + 1);
        assertThat(JobPages.waitFor(mvc, owner, importPage, "id=\"import-summary\"")).contains("共 2 行，其中 2 行正确");

        assertThat(JobPages.page(mvc, owner, "/admin/jobs")).contains("名录导入预览：四月名单.xlsx")
                .contains("href=\"/admin/jobs/" + id + "\"");
        assertThat(JobPages.page(mvc, owner, "/admin/jobs/" + id)).contains("名录导入预览：四月名单.xlsx").contains("已完成。")
                .contains("共 2 行，其中 2 行正确").contains("id=\"job-link\" href=\"" + importPage + "\"");
        assertThat(JobPages.page(mvc, owner, "/admin/roster/import")).contains("id=\"recent-imports\"")
                .contains("href=\"" + importPage + "\"");

        Cookie other = Sessions.login(mvc, fixtures.account(Role.STAFF), Fixtures.PASSWORD);
        assertThat(JobPages.page(mvc, other, "/admin/jobs")).doesNotContain("四月名单.xlsx");
        mvc.perform(get("/admin/jobs/" + id).cookie(other)).andExpect(status().isNotFound());
        mvc.perform(get(importPage).cookie(other)).andExpect(status().isNotFound());
        mvc.perform(get(importPage + "/progress").cookie(other)).andExpect(status().isNotFound());
        assertThat(JobPages.page(mvc, other, "/admin/roster/import")).doesNotContain(importPage);
    }
}
