package org.citybridge.portal.web;

import org.citybridge.portal.PortalTesting;
import org.citybridge.portal.domain.ColumnAdministration;
import org.citybridge.portal.domain.ColumnAdministration.ColumnChange;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Column URLs that stop working: a hidden column is never linked, a renamed column's old URLs lead to the new ones. */
@IntegrationTest
class ColumnUrlTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ColumnAdministration columns;

    @Test
    void anArticleInAHiddenColumnLinksTheNearestVisibleColumnInstead() throws Exception {
        long exchange = PortalTesting.column(context, "exchange");
        long hidden = fixtures.asAdmin(() -> columns.create(new ColumnChange(exchange, "hidden-child", "隐藏子栏目", null, true)));
        long article = PortalTesting.publish(context, PortalTesting.draft(hidden, "隐藏栏目中的文章", "<p>正文</p>", null, null));
        fixtures.asAdmin(() -> {
            columns.update(hidden, new ColumnChange(exchange, "hidden-child", "隐藏子栏目", null, false));
            return null;
        });
        mvc.perform(get("/column/hidden-child")).andExpect(status().isNotFound());

        String page = mvc.perform(get("/article/" + article + ".html")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("href=\"/column/hidden-child\"")
                .contains("<span>隐藏子栏目</span>", "href=\"/column/exchange\">城市交流</a>")
                .contains("<a href=\"/column/exchange\">返回栏目</a>");

        long top = fixtures.asAdmin(() -> columns.create(new ColumnChange(null, "hidden-top", "隐藏顶级栏目", null, false)));
        long orphan = PortalTesting.publish(context, PortalTesting.draft(top, "顶级隐藏栏目中的文章", "<p>正文</p>", null, null));
        String alone = mvc.perform(get("/article/" + orphan + ".html")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(alone).doesNotContain("href=\"/column/hidden-top\"").doesNotContain("返回栏目").contains("<span>隐藏顶级栏目</span>");
    }

    @Test
    void aRenamedColumnsOldPageAndFeedMovePermanentlyToTheNewOnes() throws Exception {
        long id = fixtures.asAdmin(() -> columns.create(new ColumnChange(null, "old-name", "改名栏目", null, true)));
        fixtures.asAdmin(() -> {
            columns.update(id, new ColumnChange(null, "new-name", "改名栏目", null, true));
            return null;
        });

        mvc.perform(get("/column/new-name")).andExpect(status().isOk());
        mvc.perform(get("/column/old-name")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/column/new-name"));
        mvc.perform(get("/column/old-name").param("page", "2")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/column/new-name?page=2"));
        mvc.perform(get("/column/old-name/atom.xml")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/column/new-name/atom.xml"));

        // renamed again: both former names lead to the current one; a name taken by another column is that column's
        fixtures.asAdmin(() -> {
            columns.update(id, new ColumnChange(null, "newest-name", "改名栏目", null, true));
            return null;
        });
        mvc.perform(get("/column/old-name")).andExpect(header().string("Location", "/column/newest-name"));
        mvc.perform(get("/column/new-name/atom.xml")).andExpect(header().string("Location", "/column/newest-name/atom.xml"));
        fixtures.asAdmin(() -> columns.create(new ColumnChange(null, "old-name", "新栏目占用旧名", null, true)));
        mvc.perform(get("/column/old-name")).andExpect(status().isOk());

        // a hidden column is not found under any of its names
        fixtures.asAdmin(() -> {
            columns.update(id, new ColumnChange(null, "newest-name", "改名栏目", null, false));
            return null;
        });
        mvc.perform(get("/column/new-name")).andExpect(status().isNotFound());
        mvc.perform(get("/column/new-name/atom.xml")).andExpect(status().isNotFound());
    }
}
