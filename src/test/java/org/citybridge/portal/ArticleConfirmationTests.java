package org.citybridge.portal;

import java.time.Clock;

import jakarta.servlet.http.Cookie;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.portal.domain.PortalMedia;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Withdrawing an article and deleting a draft are confirmed first, on a page that says what will happen. */
@IntegrationTest
class ArticleConfirmationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ArticleEditing editing;
    @Autowired
    PortalMedia media;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private PortalWorld world;
    private Cookie editor;

    @BeforeEach
    void setUp() throws Exception {
        world = new PortalWorld(fixtures, editing, media, jdbc, clock);
        editor = Sessions.login(mvc, fixtures.account(Role.EDITOR), Fixtures.PASSWORD);
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).cookie(editor)).andReturn().getResponse().getContentAsString();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM article WHERE id = :id").param("id", id).query(String.class).optional().orElse("gone");
    }

    @Test
    void withdrawingIsConfirmedOnAPageThatSaysWhatHappens() throws Exception {
        long id = world.live(PortalWorld.title("待撤回"));
        assertThat(page("/admin/portal/articles/" + id + "/edit"))
                .contains("href=\"/admin/portal/articles/" + id + "/withdraw\"")
                .doesNotContain("action=\"/admin/portal/articles/" + id + "/withdraw\"");

        String confirm = page("/admin/portal/articles/" + id + "/withdraw");
        assertThat(confirm).contains("撤回这篇文章？", "立即从网站撤下", "之后可以重新发布")
                .contains("<form method=\"post\" action=\"/admin/portal/articles/" + id + "/withdraw\"")
                .contains("name=\"_csrf\"", "aria-describedby=\"confirm-consequences\"")
                .contains("href=\"/admin/portal/articles/" + id + "/edit\"");
        assertThat(status(id)).isEqualTo("PUBLISHED");

        mvc.perform(post("/admin/portal/articles/" + id + "/withdraw").with(csrf()).cookie(editor).param("confirmed", "true")
                .param("reason", "活动取消"));
        assertThat(status(id)).isEqualTo("WITHDRAWN");
    }

    @Test
    void aDraftThatWasNeverPublishedCanBeDeletedAfterConfirming() throws Exception {
        long id = world.draft(PortalWorld.title("待删除"));
        assertThat(page("/admin/portal/articles/" + id + "/edit")).contains("href=\"/admin/portal/articles/" + id + "/delete\"");
        assertThat(page("/admin/portal/articles/" + id + "/delete")).contains("删除这份草稿？", "永久删除，无法恢复")
                .contains("action=\"/admin/portal/articles/" + id + "/delete\"");
        assertThat(status(id)).isEqualTo("DRAFT");

        var response = mvc.perform(post("/admin/portal/articles/" + id + "/delete").with(csrf()).cookie(editor))
                .andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/portal/articles");
        assertThat(status(id)).isEqualTo("gone");
        assertThat(jdbc.sql("SELECT count(*) FROM article_revision WHERE article_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anArticleThatWasOncePublishedIsNotDeletedEvenAsADraftAgain() throws Exception {
        long id = world.withdrawn(PortalWorld.title("曾发布"));
        fixtures.asAdmin(() -> {
            editing.submitForReview(id);
            editing.returnToDraft(id);
            return null;
        });
        assertThat(status(id)).isEqualTo("DRAFT");
        assertThat(page("/admin/portal/articles/" + id + "/edit")).doesNotContain("/delete\"");

        var response = mvc.perform(post("/admin/portal/articles/" + id + "/delete").with(csrf()).cookie(editor))
                .andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/portal/articles/" + id + "/edit");
        assertThat(status(id)).isEqualTo("DRAFT");
        assertThat(page("/admin/portal/articles/" + id + "/edit")).isNotNull();

        long live = world.live(PortalWorld.title("在线"));
        mvc.perform(post("/admin/portal/articles/" + live + "/delete").with(csrf()).cookie(editor));
        assertThat(status(live)).isEqualTo("PUBLISHED");
    }

    @Test
    void onlyEditorsMayDelete() throws Exception {
        long id = world.draft(PortalWorld.title("他人删除"));
        Cookie province = Sessions.login(mvc, fixtures.account(Role.PROVINCE, null, "450000", null), Fixtures.PASSWORD);
        assertThat(mvc.perform(post("/admin/portal/articles/" + id + "/delete").with(csrf()).cookie(province))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/admin/portal/articles/" + id + "/delete").cookie(province))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(status(id)).isEqualTo("DRAFT");
    }
}
