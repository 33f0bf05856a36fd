package org.citybridge.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.portal.domain.ArticleRow;
import org.citybridge.portal.domain.ColumnAdministration.ColumnChange;
import org.citybridge.portal.domain.ColumnAdministration;
import org.citybridge.portal.domain.PortalMedia;
import org.citybridge.portal.domain.PortalQueries;
import org.citybridge.portal.domain.RevisionView;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Editors' work: the article lifecycle with its revisions, scheduling and expiry, and the column tree's rules. */
@IntegrationTest
@RecordApplicationEvents
class PortalEditingTests {

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
    ColumnAdministration columns;
    @Autowired
    PortalApi portal;
    @Autowired
    TransactionTemplate transactions;
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
    void anEditorWritesSubmitsPublishesAndWithdrawsWithEveryStepInTheHistory() throws Exception {
        String title = PortalWorld.title("工作流");
        var created = mvc.perform(post("/admin/portal/articles/new").with(csrf()).cookie(editor)
                        .param("columnId", String.valueOf(world.columnId("news"))).param("title", title)
                        .param("source", "协会秘书处").param("bodyHtml", "<p>第一稿</p><script>alert(1)</script>"))
                .andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        long id = Long.parseLong(created.getRedirectedUrl().replaceAll("\\D+", ""));
        assertThat(queries.article(id).status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(queries.article(id).bodyHtml()).isEqualTo("<p>第一稿</p>");

        var edited = mvc.perform(post("/admin/portal/articles/" + id + "/edit").with(csrf()).cookie(editor)
                        .param("columnId", String.valueOf(world.columnId("liaison-work"))).param("title", title + "（修订）")
                        .param("source", "内江市政府办公室").param("bodyHtml", "<p>第二稿</p>")
                        .param("publishAt", "2024-05-01T09:30").param("version", String.valueOf(queries.article(id).version())))
                .andReturn().getResponse();
        assertThat(edited.getStatus()).as(edited.getContentAsString()).isEqualTo(302);

        mvc.perform(post("/admin/portal/articles/" + id + "/submit").with(csrf()).cookie(editor));
        assertThat(queries.article(id).status()).isEqualTo(ArticleStatus.PENDING);
        mvc.perform(post("/admin/portal/articles/" + id + "/publish").with(csrf()).cookie(editor));
        assertThat(queries.article(id).live()).isTrue();
        assertThat(events.stream(ArticlePublished.class).filter(e -> e.articleId() == id)).hasSize(1);
        mvc.perform(post("/admin/portal/articles/" + id + "/withdraw").param("reason", "内容有误").with(csrf()).cookie(editor));
        assertThat(queries.article(id).status()).isEqualTo(ArticleStatus.WITHDRAWN);
        assertThat(queries.article(id).live()).isFalse();
        assertThat(events.stream(ArticleWithdrawn.class).filter(e -> e.articleId() == id)).hasSize(1);

        List<RevisionView> history = queries.history(id);
        assertThat(history).extracting(RevisionView::note).containsExactly("withdrawn", "published", "submitted", "edited", "created");
        RevisionView edit = history.get(3);
        assertThat(edit.changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("title");
            assertThat(c.before()).isEqualTo(title);
            assertThat(c.after()).isEqualTo(title + "（修订）");
        });
        assertThat(edit.changes()).anySatisfy(c -> assertThat(c).isEqualTo(new RevisionView.FieldChange("source", "协会秘书处", "内江市政府办公室")));
        assertThat(edit.changes()).anySatisfy(c -> assertThat(c).isEqualTo(new RevisionView.FieldChange("column", "协会动态", "城市交流 > 联络工作")));
        assertThat(edit.changes()).anySatisfy(c -> assertThat(c).isEqualTo(new RevisionView.FieldChange("publishAt", "", "2024-05-01 09:30")));
        assertThat(edit.bodyChanged()).isTrue();
        assertThat(edit.bodyBefore()).isEqualTo("第一稿");
        assertThat(edit.bodyAfter()).isEqualTo("第二稿");
        assertThat(history.get(2).bodyChanged()).isFalse();
        assertThat(history.get(2).changes()).containsExactly(new RevisionView.FieldChange("status", "DRAFT", "PENDING"));

        String page = mvc.perform(get("/admin/portal/articles/" + id + "/history").cookie(editor)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("第一稿", "第<span class=\"diff-replaced\"><del>一</del><ins>二</ins></span>稿", "内江市政府办公室",
                "协会秘书处", "撤回", "内容有误");
    }

    @Test
    void theHistoryNamesTheAttachmentsOfEachState() {
        long id = world.liveWithAttachment(PortalWorld.title("附件历史"));
        assertThat(queries.history(id)).extracting(RevisionView::note).containsExactly("published", "created");
        assertThat(queries.history(id).get(1).changes()).contains(new RevisionView.FieldChange("attachments", "", "议程.pdf"));
    }

    @Test
    void aFormWithMistakesComesBackWithFieldErrorsAndSavesNothing() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM article").query(Long.class).single();
        var response = mvc.perform(post("/admin/portal/articles/new").with(csrf()).cookie(editor)
                        .param("columnId", String.valueOf(world.columnId("news"))).param("title", " ")
                        .param("bodyHtml", "<p>图</p><img src=\"/media/00000000-0000-0000-0000-000000000000\">")
                        .param("publishAt", "2030-01-02T10:00").param("expireAt", "2030-01-01T10:00"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("请填写标题。", "下线时间必须晚于发布时间。", "每张图片都必须填写替代文字（alt）。");
        assertThat(jdbc.sql("SELECT count(*) FROM article").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aStaleEditIsRefusedRatherThanOverwritingSomeoneElsesChange() {
        long id = world.draft(PortalWorld.title("并发"));
        long version = queries.article(id).version();
        fixtures.asAdmin(() -> {
            editing.update(id, version, world.draft("news", "先保存的", "<p>一</p>", null, null), null, false, List.of(), List.of());
            return null;
        });
        assertThatThrownBy(() -> fixtures.asAdmin(() -> {
            editing.update(id, version, world.draft("news", "后保存的", "<p>二</p>", null, null), null, false, List.of(), List.of());
            return null;
        })).isInstanceOf(RuleViolation.class).hasMessage("article.error.stale");
        assertThat(queries.article(id).title()).isEqualTo("先保存的");
    }

    @Test
    void onlyTheAllowedStepsFromEachState() {
        long draft = world.draft(PortalWorld.title("状态"));
        assertThatThrownBy(() -> fixtures.asAdmin(() -> {
            editing.withdraw(draft, "测试撤回");
            return null;
        })).isInstanceOf(RuleViolation.class).hasMessage("article.error.transition");
        long live = world.live(PortalWorld.title("状态"));
        assertThatThrownBy(() -> fixtures.asAdmin(() -> {
            editing.publish(live);
            return null;
        })).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aScheduledArticleAppearsAtItsTimeAndAnExpiredOneLeaves() throws Exception {
        long scheduled = world.scheduled(PortalWorld.title("定时发布"));
        assertThat(queries.article(scheduled).scheduled()).isTrue();
        mvc.perform(get("/article/" + scheduled + ".html")).andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(404));
        assertThat(ids(queries.liveArticles(world.columnId("liaison-work"), null, 0, 1000).items())).doesNotContain(scheduled);

        Instant now = clock.instant();
        fixtures.asAdmin(() -> {
            editing.update(scheduled, queries.article(scheduled).version(), world.draft("liaison-work", "已到时间", "<p>到点</p>",
                    now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(1))), null, false, List.of(), List.of());
            return null;
        });
        // a published (here: scheduled) article's edit waits as its pending revision until it is published
        assertThat(queries.article(scheduled).scheduled()).isTrue();
        fixtures.asAdmin(() -> {
            editing.publish(scheduled);
            return null;
        });
        assertThat(queries.article(scheduled).live()).isTrue();
        mvc.perform(get("/article/" + scheduled + ".html")).andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(200));

        long expired = world.expired(PortalWorld.title("已下线"));
        assertThat(queries.article(expired).expired()).isTrue();
        mvc.perform(get("/article/" + expired + ".html")).andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(404));
        assertThat(mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString())
                .contains("/article/" + scheduled + ".html").doesNotContain("/article/" + expired + ".html");
    }

    @Test
    void adoptedArticlesArePublishedAsBefore() {
        String title = PortalWorld.title("采用");
        long id = fixtures.asAdmin(() -> transactions.execute(status -> portal.publishAdopted(
                world.draft("city-experience", title, "<p>城市经验</p>", null, null), "submission:1")));
        assertThat(queries.article(id).live()).isTrue();
        assertThat(queries.history(id)).extracting(RevisionView::note).containsExactly("submission:1");
    }

    @Test
    void columnsAreKeptInATreeWithClearRefusals() {
        String slug = "col-" + System.nanoTime() % 100000000;
        long parent = fixtures.asAdmin(() -> columns.create(new ColumnChange(null, slug, "测试栏目", null, true)));
        long child = fixtures.asAdmin(() -> columns.create(new ColumnChange(parent, slug + "-a", "子栏目甲", null, true)));
        long second = fixtures.asAdmin(() -> columns.create(new ColumnChange(parent, slug + "-b", "子栏目乙", null, true)));
        assertThat(queries.column(child).path()).isEqualTo("测试栏目 > 子栏目甲");

        assertThatThrownBy(() -> fixtures.asAdmin(() -> columns.create(new ColumnChange(null, "Bad Slug!", "坏", null, true))))
                .isInstanceOfSatisfying(RuleViolations.class, e -> assertThat(e.violations()).extracting(RuleViolation::messageKey)
                        .containsExactly("column.error.slug"));
        assertThatThrownBy(() -> fixtures.asAdmin(() -> columns.create(new ColumnChange(null, slug, "重复", null, true))))
                .isInstanceOfSatisfying(RuleViolations.class, e -> assertThat(e.violations()).extracting(RuleViolation::messageKey)
                        .containsExactly("column.error.slugTaken"));
        assertThatThrownBy(() -> fixtures.asAdmin(() -> {
            columns.update(parent, new ColumnChange(child, slug, "测试栏目", null, true));
            return null;
        })).isInstanceOfSatisfying(RuleViolations.class, e -> assertThat(e.violations()).extracting(RuleViolation::messageKey)
                .containsExactly("column.error.cycle"));

        fixtures.asAdmin(() -> {
            columns.reorder(second, -1);
            return null;
        });
        assertThat(queries.columns().stream().filter(c -> c.parentId() != null && c.parentId() == parent).map(c -> c.id()))
                .containsExactly(second, child);

        assertThatThrownBy(() -> fixtures.asAdmin(() -> {
            columns.delete(parent);
            return null;
        })).isInstanceOf(RuleViolation.class).hasMessage("column.error.hasChildren");
        fixtures.asAdmin(() -> editing.create(world.draft(slug + "-a", "栏目中的文章", "<p>文</p>", null, null), null, List.of()));
        assertThatThrownBy(() -> fixtures.asAdmin(() -> {
            columns.delete(child);
            return null;
        })).isInstanceOf(RuleViolation.class).hasMessage("column.error.hasArticles");
        fixtures.asAdmin(() -> {
            columns.delete(second);
            return null;
        });
        assertThat(queries.columns()).noneMatch(c -> c.id() == second);
    }

    @Test
    void theColumnPageExplainsWhyAColumnCannotBeDeleted() throws Exception {
        long exchange = world.columnId("exchange");
        mvc.perform(post("/admin/portal/columns/" + exchange + "/delete").with(csrf()).cookie(editor));
        var flash = mvc.perform(post("/admin/portal/columns/" + exchange + "/delete").with(csrf()).cookie(editor))
                .andReturn().getFlashMap();
        assertThat(flash.get("problems")).asList().extracting(p -> ((RuleViolation) p).messageKey()).containsExactly("column.error.hasChildren");
        assertThat(queries.columnBySlug("exchange")).isPresent();
    }

    private static List<Long> ids(List<ArticleRow> rows) {
        return rows.stream().map(ArticleRow::id).toList();
    }
}
