package org.citybridge.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.citybridge.files.Upload;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.portal.domain.PortalMedia;
import org.citybridge.portal.domain.PortalQueries;
import org.citybridge.portal.domain.RevisionView;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Editing a live article: the correction waits as a pending revision that readers do not see until it is published;
 * the unsaved form can be previewed; the history shows what changed and restores; edit conflicts are merged;
 * withdrawal takes a reason; withdrawn articles may be deleted; articles move between columns together; the list
 * tells scheduled and expired articles apart; an expiry already past is confirmed first.
 */
@IntegrationTest
@RecordApplicationEvents
class LiveRevisionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ArticleEditing editing;
    @Autowired
    PortalMedia media;
    @Autowired
    PortalQueries queries;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;

    private PortalWorld world;
    private static Cookie editor;

    @BeforeEach
    void setUp() throws Exception {
        world = new PortalWorld(fixtures, editing, media, jdbc, clock);
        if (editor == null) {
            editor = Sessions.login(mvc, fixtures.account(Role.EDITOR), Fixtures.PASSWORD);
        }
    }

    @Test
    void aPendingRevisionIsInvisibleToReadersUntilItIsPublished() throws Exception {
        String title = PortalWorld.title("阿勒泰联络");
        long id = world.live(title);
        long version = queries.article(id).version();

        MockHttpServletResponse saved = send(edit(id, version, null, title + "（修订）", "<p>额敏县修订段落</p>"));
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
        assertThat(queries.article(id).title()).isEqualTo(title);
        assertThat(queries.article(id).version()).isEqualTo(version);

        String page = anonymous("/article/" + id + ".html");
        assertThat(page).contains("正文 " + title).doesNotContain("额敏县修订段落", title + "（修订）");
        assertThat(anonymous("/column/liaison-work")).contains(title).doesNotContain(title + "（修订）");
        assertThat(anonymous("/search?q=额敏县修订段落")).doesNotContain("/article/" + id + ".html");
        assertThat(anonymous("/api/v1/articles/" + id)).doesNotContain("额敏县修订段落");
        assertThat(anonymous("/api/v1/search?q=额敏县修订段落")).doesNotContain("\"id\":" + id);

        String form = page("/admin/portal/articles/" + id + "/edit");
        assertThat(form).contains("有待发布的修订", "额敏县修订段落", title + "（修订）", "发布修订", "放弃修订");
        assertThat(page("/admin/portal/articles/" + id + "/preview")).contains("额敏县修订段落");

        // a further save goes against the revision's version and updates it
        assertThat(send(edit(id, version, null, title + "（二改）", "<p>额敏县二改</p>")).getContentAsString())
                .contains("合并修改");
        assertThat(send(edit(id, version, 0L, title + "（二改）", "<p>额敏县修订段落二改</p>")).getStatus()).isEqualTo(302);
        assertThat(queries.article(id).title()).isEqualTo(title);

        long announcedBefore = events.stream(ArticlePublished.class).filter(e -> e.articleId() == id).count();
        assertThat(send(post("/admin/portal/articles/" + id + "/publish").with(csrf()).cookie(editor)).getRedirectedUrl())
                .isEqualTo("/admin/portal/articles/" + id + "/edit");
        assertThat(events.stream(ArticlePublished.class).filter(e -> e.articleId() == id).count()).isEqualTo(announcedBefore + 1);
        assertThat(queries.article(id).title()).isEqualTo(title + "（二改）");
        assertThat(queries.article(id).live()).isTrue();
        assertThat(anonymous("/article/" + id + ".html")).contains("额敏县修订段落二改");
        assertThat(anonymous("/column/liaison-work")).contains(title + "（二改）");
        assertThat(anonymous("/search?q=额敏县修订段落")).contains("/article/" + id + ".html");
        assertThat(anonymous("/api/v1/articles/" + id)).contains("额敏县修订段落二改");
        assertThat(page("/admin/portal/articles/" + id + "/edit")).doesNotContain("有待发布的修订");
        assertThat(queries.history(id)).extracting(RevisionView::note).startsWith("revised", "revision", "revision", "published");
    }

    @Test
    void thePreviewOfTheUnsavedFormShowsThePostedContentAndSavesNothing() throws Exception {
        String title = PortalWorld.title("预览");
        long id = world.live(title);
        long version = queries.article(id).version();
        long revisions = count("SELECT count(*) FROM article_revision WHERE article_id = ?", id);

        MockHttpServletResponse preview = send(form("/admin/portal/articles/" + id + "/preview", version, null,
                title + "（未保存）", "<p>尚未保存的塔城文字</p><script>alert('x')</script>"));
        assertThat(preview.getStatus()).isEqualTo(200);
        assertThat(preview.getContentAsString()).contains("尚未保存的塔城文字", title + "（未保存）", "返回编辑")
                .doesNotContain("alert('x')");
        assertThat(queries.article(id).version()).isEqualTo(version);
        assertThat(count("SELECT count(*) FROM article_revision WHERE article_id = ?", id)).isEqualTo(revisions);
        assertThat(count("SELECT count(*) FROM article_pending_revision WHERE article_id = ?", id)).isZero();

        long articles = count("SELECT count(*) FROM article");
        String fresh = send(post("/admin/portal/articles/new/preview").with(csrf()).cookie(editor)
                .param("columnId", String.valueOf(world.columnId("news"))).param("title", "新文章预览")
                .param("bodyHtml", "<p>新文章的伊犁文字</p>")).getContentAsString();
        assertThat(fresh).contains("新文章的伊犁文字", "新文章预览");
        assertThat(count("SELECT count(*) FROM article")).isEqualTo(articles);

        assertThat(page("/admin/portal/articles/" + id + "/edit"))
                .contains("formtarget=\"_blank\"", "formaction=\"/admin/portal/articles/" + id + "/preview\"", "data-unsaved-warning");
    }

    @Test
    void aPendingRevisionCanBeDiscardedAfterConfirming() throws Exception {
        String title = PortalWorld.title("放弃");
        long id = world.live(title);
        send(edit(id, queries.article(id).version(), null, title, "<p>不要了的修订</p>"));
        assertThat(page("/admin/portal/articles/" + id + "/discard")).contains("放弃这份修订？", title);

        send(post("/admin/portal/articles/" + id + "/discard").with(csrf()).cookie(editor));
        assertThat(count("SELECT count(*) FROM article_pending_revision WHERE article_id = ?", id)).isZero();
        assertThat(page("/admin/portal/articles/" + id + "/edit")).doesNotContain("不要了的修订");
        assertThat(queries.history(id).get(0).note()).isEqualTo("discarded");
    }

    @Test
    void theHistoryShowsWordsAndPicturesChangedAndRestoresAnEarlierVersion() throws Exception {
        UUID picture = world.picture();
        String title = PortalWorld.title("历史");
        long id = world.draftWithPicture(title, picture);
        fixtures.asAdmin(() -> {
            editing.publish(id);
            return null;
        });
        String body = "<p>正文" + title + "，改写后的昌吉</p>";
        send(edit(id, queries.article(id).version(), null, title + "（新）", body));
        send(post("/admin/portal/articles/" + id + "/publish").with(csrf()).cookie(editor));

        String history = page("/admin/portal/articles/" + id + "/history");
        assertThat(history).contains("发布修订", "保存修订（待发布）", "已发布")
                .contains("<ins>，改写后的昌吉</ins>")
                .contains("<del><img class=\"diff-picture\" src=\"/media/" + picture + "\" alt=\"会场照片\">")
                .contains("<ins>（新）</ins>")
                .doesNotContain("PUBLISHED");

        long original = queries.history(id).stream().filter(r -> r.note().equals("published")).findFirst().orElseThrow().id();
        assertThat(page("/admin/portal/articles/" + id + "/history/" + original + "/restore")).contains("恢复此版本？", "待发布的修订");
        send(post("/admin/portal/articles/" + id + "/history/" + original + "/restore").with(csrf()).cookie(editor));
        assertThat(queries.article(id).title()).as("readers keep the live version").isEqualTo(title + "（新）");
        assertThat(page("/admin/portal/articles/" + id + "/edit")).contains("有待发布的修订", "联络工作会议现场");
        send(post("/admin/portal/articles/" + id + "/publish").with(csrf()).cookie(editor));
        assertThat(queries.article(id).title()).isEqualTo(title);
        assertThat(anonymous("/article/" + id + ".html")).contains("/media/" + picture);
        assertThat(anonymous("/media/" + picture)).isNotNull();

        long draft = world.draft(PortalWorld.title("草稿恢复"));
        String draftTitle = queries.article(draft).title();
        send(edit(draft, queries.article(draft).version(), null, "改过的草稿", "<p>改过</p>"));
        long created = queries.history(draft).get(1).id();
        send(post("/admin/portal/articles/" + draft + "/history/" + created + "/restore").with(csrf()).cookie(editor));
        assertThat(queries.article(draft).title()).isEqualTo(draftTitle);
        assertThat(queries.history(draft).get(0).note()).isEqualTo("restored");
    }

    @Test
    void anEditConflictIsMergedKeepingMineOrTakingTheirs() throws Exception {
        for (String choice : List.of("theirs", "mine")) {
            long id = world.draft(PortalWorld.title("冲突"));
            long started = queries.article(id).version();
            fixtures.asAdmin(() -> {
                editing.update(id, started, world.draft("liaison-work", "对方的标题", "<p>对方改写的克拉玛依正文</p>", null, null),
                        null, false, List.of(), List.of());
                return null;
            });
            long current = queries.article(id).version();

            MockHttpServletResponse conflict = send(edit(id, started, null, "我的标题", "<p>我写的哈密正文</p>"));
            assertThat(conflict.getStatus()).isEqualTo(200);
            assertThat(conflict.getContentAsString()).contains("合并修改", "对方的修改", "我的标题", "我写的哈密正文")
                    .contains("<ins>对方的标题</ins>", "<ins>对方改写的克拉玛依</ins>正文").contains("name=\"merge.title\"", "name=\"merge.bodyHtml\"")
                    .contains("name=\"version\" value=\"" + current + "\"")
                    .doesNotContain("请重新打开");
            assertThat(queries.article(id).title()).isEqualTo("对方的标题");

            MockHttpServletResponse merged = send(edit(id, current, null, "我的标题", "<p>我写的哈密正文</p>")
                    .param("merge.title", choice).param("merge.bodyHtml", "mine"));
            assertThat(merged.getStatus()).as(merged.getContentAsString()).isEqualTo(302);
            assertThat(queries.article(id).title()).isEqualTo(choice.equals("theirs") ? "对方的标题" : "我的标题");
            assertThat(queries.article(id).bodyHtml()).isEqualTo("<p>我写的哈密正文</p>");
        }
    }

    @Test
    void aLiveArticlesConflictIsBetweenPendingRevisions() throws Exception {
        String title = PortalWorld.title("修订冲突");
        long id = world.live(title);
        long version = queries.article(id).version();
        send(edit(id, version, null, title, "<p>第一位编辑改写</p>"));
        MockHttpServletResponse conflict = send(edit(id, version, null, title + "（我）", "<p>第二位编辑的修订</p>"));
        assertThat(conflict.getContentAsString()).contains("合并修改", "<ins>第一位编辑改写</ins>", "name=\"revisionVersion\" value=\"0\"");
        assertThat(send(edit(id, version, 0L, title + "（我）", "<p>第二位编辑的修订</p>").param("merge.bodyHtml", "theirs"))
                .getStatus()).isEqualTo(302);
        assertThat(page("/admin/portal/articles/" + id + "/edit")).contains("第一位编辑改写", title + "（我）");
        assertThat(queries.article(id).bodyHtml()).isEqualTo("<p>正文 " + title + "</p>");
    }

    @Test
    void theCoverDescriptionTravelsWithThePendingRevisionItsMergeHistoryPreviewAndRestore() throws Exception {
        String title = PortalWorld.title("封面说明");
        long id = fixtures.asAdmin(() -> editing.create(withCoverAlt(world.draft("liaison-work", title, "<p>正文</p>", null, null),
                "会场全景"), new Upload("cover.png", PortalWorld.PNG), List.of()));
        fixtures.asAdmin(() -> {
            editing.publish(id);
            return null;
        });
        long version = queries.article(id).version();

        assertThat(send(edit(id, version, null, title, "<p>正文</p>").param("coverAlt", "主席台特写")).getStatus()).isEqualTo(302);
        assertThat(queries.article(id).coverAlt()).as("readers keep the live cover text").isEqualTo("会场全景");
        assertThat(anonymous("/article/" + id + ".html")).contains("alt=\"会场全景\"").doesNotContain("主席台特写");
        assertThat(page("/admin/portal/articles/" + id + "/edit")).contains("value=\"主席台特写\"");
        assertThat(page("/admin/portal/articles/" + id + "/preview")).contains("alt=\"主席台特写\"");
        assertThat(send(form("/admin/portal/articles/" + id + "/preview", version, 0L, title, "<p>正文</p>")
                .param("coverAlt", "未保存的封面说明")).getContentAsString())
                .contains("class=\"portal-cover\"", "alt=\"未保存的封面说明\"");
        assertThat(queries.history(id).get(0).changes()).extracting(RevisionView.FieldChange::field).contains("coverAlt");
        assertThat(page("/admin/portal/articles/" + id + "/history")).contains("封面图片说明", "<ins>主席台特写</ins>");

        // two editors change the cover text of the revision: the second chooses the first one's
        assertThat(send(edit(id, version, 0L, title, "<p>正文</p>").param("coverAlt", "第一位编辑的说明")).getStatus()).isEqualTo(302);
        MockHttpServletResponse conflict = send(edit(id, version, 0L, title, "<p>正文</p>").param("coverAlt", "第二位编辑的说明"));
        assertThat(conflict.getContentAsString()).contains("合并修改", "name=\"merge.coverAlt\"", "<ins>第一位编辑的说明</ins>");
        assertThat(send(edit(id, version, 1L, title, "<p>正文</p>").param("coverAlt", "第二位编辑的说明")
                .param("merge.coverAlt", "theirs")).getStatus()).isEqualTo(302);

        send(post("/admin/portal/articles/" + id + "/publish").with(csrf()).cookie(editor));
        assertThat(queries.article(id).coverAlt()).isEqualTo("第一位编辑的说明");
        assertThat(anonymous("/article/" + id + ".html")).contains("alt=\"第一位编辑的说明\"");

        long original = queries.history(id).stream().filter(r -> r.note().equals("published")).findFirst().orElseThrow().id();
        send(post("/admin/portal/articles/" + id + "/history/" + original + "/restore").with(csrf()).cookie(editor));
        assertThat(page("/admin/portal/articles/" + id + "/edit")).contains("value=\"会场全景\"");
        send(post("/admin/portal/articles/" + id + "/publish").with(csrf()).cookie(editor));
        assertThat(queries.article(id).coverAlt()).isEqualTo("会场全景");
    }

    private static ArticleDraft withCoverAlt(ArticleDraft draft, String coverAlt) {
        return new ArticleDraft(draft.columnId(), draft.title(), draft.subtitle(), draft.source(), draft.author(),
                draft.summary(), draft.keywords(), draft.bodyHtml(), draft.coverFileId(), coverAlt, draft.publishAt(),
                draft.expireAt(), draft.attachments());
    }

    @Test
    void withdrawingTakesAReasonKeptInTheHistory() throws Exception {
        long id = world.live(PortalWorld.title("撤回原因"));
        MockHttpServletResponse refused = send(post("/admin/portal/articles/" + id + "/withdraw").with(csrf()).cookie(editor)
                .param("confirmed", "true").param("reason", "  "));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("请填写撤回原因", "is-invalid", "aria-invalid=\"true\"");
        assertThat(queries.article(id).status()).isEqualTo(ArticleStatus.PUBLISHED);

        send(post("/admin/portal/articles/" + id + "/withdraw").with(csrf()).cookie(editor).param("reason", "数据待核实"));
        assertThat(queries.article(id).status()).isEqualTo(ArticleStatus.WITHDRAWN);
        assertThat(queries.history(id).get(0).reason()).isEqualTo("数据待核实");
        assertThat(page("/admin/portal/articles/" + id + "/edit")).contains("撤回原因：", "数据待核实");
        assertThat(page("/admin/portal/articles/" + id + "/history")).contains("数据待核实");
    }

    @Test
    void aPublishedArticleIsDeletedOnlyAfterWithdrawalAndItsAddressSaysItIsGone() throws Exception {
        String title = PortalWorld.title("删除已撤回");
        long id = world.liveWithAttachment(title);
        UUID file = world.attachmentOf(id);
        send(post("/admin/portal/articles/" + id + "/delete").with(csrf()).cookie(editor));
        assertThat(queries.article(id).status()).isEqualTo(ArticleStatus.PUBLISHED);

        fixtures.asAdmin(() -> {
            editing.withdraw(id, "过时");
            return null;
        });
        assertThat(page("/admin/portal/articles/" + id + "/edit")).contains("删除文章…");
        assertThat(page("/admin/portal/articles/" + id + "/delete")).contains("删除这篇已撤回的文章？", title);
        assertThat(send(post("/admin/portal/articles/" + id + "/delete").with(csrf()).cookie(editor)).getRedirectedUrl())
                .isEqualTo("/admin/portal/articles");
        assertThat(count("SELECT count(*) FROM article WHERE id = ?", id)).isZero();
        assertThat(count("SELECT count(*) FROM article_revision WHERE article_id = ?", id)).isZero();
        assertThat(count("SELECT count(*) FROM stored_file WHERE id = ?", file)).isEqualTo(1);

        MockHttpServletResponse gone = mvc.perform(get("/article/" + id + ".html")).andReturn().getResponse();
        assertThat(gone.getStatus()).isEqualTo(404);
        assertThat(gone.getContentAsString()).contains("文章已删除");
        MockHttpServletResponse never = mvc.perform(get("/article/987654321.html")).andReturn().getResponse();
        assertThat(never.getStatus()).isEqualTo(404);
        assertThat(never.getContentAsString()).doesNotContain("文章已删除");
    }

    @Test
    void manyArticlesMoveToAnotherColumnTogether() throws Exception {
        String live = PortalWorld.title("批量移动甲");
        String draft = PortalWorld.title("批量移动乙");
        long first = world.live(live);
        long second = world.draft(draft);
        long target = world.columnId("city-experience");

        assertThat(page("/admin/portal/articles?q=批量移动")).contains("name=\"ids\" form=\"move-form\"", "id=\"move-target\"");
        String confirm = page("/admin/portal/articles/move?ids=" + first + "&ids=" + second + "&target=" + target);
        assertThat(confirm).contains("把 2 篇文章移到“城市交流 &gt; 城市经验”？", live, draft);
        assertThat(queries.article(first).columnId()).isEqualTo(world.columnId("liaison-work"));

        send(post("/admin/portal/articles/move").with(csrf()).cookie(editor).param("ids", String.valueOf(first), String.valueOf(second))
                .param("target", String.valueOf(target)));
        assertThat(queries.article(first).columnId()).isEqualTo(target);
        assertThat(queries.article(second).columnId()).isEqualTo(target);
        assertThat(queries.history(first).get(0).note()).isEqualTo("moved");
        assertThat(anonymous("/column/city-experience")).contains(live);
        assertThat(anonymous("/column/liaison-work")).doesNotContain(live);

        var none = mvc.perform(get("/admin/portal/articles/move").param("target", String.valueOf(target)).cookie(editor)).andReturn();
        assertThat(none.getFlashMap().get("problems")).asList().hasSize(1);
    }

    @Test
    void theListShowsScheduledAndExpiredArticlesAsStatesOfTheirOwn() throws Exception {
        String prefix = PortalWorld.title("状态列表");
        long scheduled = world.scheduled(prefix + "定时");
        long expired = world.expired(prefix + "过期");
        String scheduledRows = page("/admin/portal/articles?status=SCHEDULED&q=" + prefix);
        assertThat(scheduledRows).contains(prefix + "定时", "data-state=\"SCHEDULED\"", "定时发布").doesNotContain(prefix + "过期");
        String expiredRows = page("/admin/portal/articles?status=EXPIRED&q=" + prefix);
        assertThat(expiredRows).contains(prefix + "过期", "data-state=\"EXPIRED\"", "已下线").doesNotContain(prefix + "定时");
        assertThat(page("/admin/portal/articles?status=PUBLISHED&q=" + prefix)).doesNotContain(prefix + "定时", prefix + "过期");
        assertThat(queries.article(scheduled).scheduled()).isTrue();
        assertThat(queries.article(expired).expired()).isTrue();
    }

    @Test
    void publishingOrSavingWithAnExpiryAlreadyPastAsksFirst() throws Exception {
        Instant now = clock.instant();
        String title = PortalWorld.title("过期发布");
        long id = fixtures.asAdmin(() -> editing.create(world.draft("liaison-work", title, "<p>过期</p>",
                now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1))), null, List.of()));
        assertThat(send(post("/admin/portal/articles/" + id + "/publish").with(csrf()).cookie(editor)).getRedirectedUrl())
                .isEqualTo("/admin/portal/articles/" + id + "/publish");
        assertThat(queries.article(id).status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(page("/admin/portal/articles/" + id + "/publish")).contains("下线时间已过", "仍然发布", title);
        send(post("/admin/portal/articles/" + id + "/publish").with(csrf()).cookie(editor).param("confirmed", "true"));
        assertThat(queries.article(id).status()).isEqualTo(ArticleStatus.PUBLISHED);

        long draft = world.draft(PortalWorld.title("过期保存"));
        long version = queries.article(draft).version();
        MockHttpServletResponse warned = send(edit(draft, version, null, "过期保存", "<p>文</p>").param("expireAt", "2020-01-01T10:00"));
        assertThat(warned.getStatus()).isEqualTo(200);
        assertThat(warned.getContentAsString()).contains("下线时间已经过去", "仍然保存", "name=\"expiredConfirmed\"");
        assertThat(queries.article(draft).version()).isEqualTo(version);
        send(edit(draft, version, null, "过期保存", "<p>文</p>").param("expireAt", "2020-01-01T10:00").param("expiredConfirmed", "true"));
        assertThat(queries.article(draft).title()).isEqualTo("过期保存");
    }

    private MockHttpServletRequestBuilder edit(long id, long version, Long revisionVersion, String title, String body) {
        return form("/admin/portal/articles/" + id + "/edit", version, revisionVersion, title, body);
    }

    private MockHttpServletRequestBuilder form(String url, long version, Long revisionVersion, String title, String body) {
        MockHttpServletRequestBuilder request = post(url).with(csrf()).cookie(editor)
                .param("columnId", String.valueOf(world.columnId("liaison-work"))).param("title", title)
                .param("bodyHtml", body).param("version", String.valueOf(version));
        return revisionVersion == null ? request : request.param("revisionVersion", String.valueOf(revisionVersion));
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private String page(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).cookie(editor)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    private String anonymous(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
    }

    private long count(String sql, Object... args) {
        var statement = jdbc.sql(sql);
        for (Object arg : args) {
            statement = statement.param(arg);
        }
        return statement.query(Long.class).single();
    }
}
