package org.citybridge.portal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.citybridge.accounts.domain.AccountAdministration;
import org.citybridge.files.Upload;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.portal.domain.ArticleReview;
import org.citybridge.portal.domain.ColumnAdministration;
import org.citybridge.portal.domain.ColumnAdministration.ColumnChange;
import org.citybridge.portal.domain.ColumnReviews;
import org.citybridge.portal.domain.PortalQueries;
import org.citybridge.portal.domain.ReviewQueue;
import org.citybridge.portal.domain.ReviewStatus;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleRefusal;
import org.citybridge.shared.RuleViolation;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editorial review (初审 / 复审 / 终审) of articles in columns that ask for it: the right reviewer at each level, the
 * wrong people refused, the author kept from approving their own article, returns with a comment the author reads,
 * the history, mail to each level's reviewers at their accounts' addresses in their languages, the queue and the
 * editor's home page. Each test uses columns,
 * accounts and titles of its own.
 */
@IntegrationTest
class EditorialReviewTests {

    private static final AtomicInteger COLUMNS = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ArticleEditing editing;
    @Autowired
    ArticleReview review;
    @Autowired
    ColumnReviews columnReviews;
    @Autowired
    ColumnAdministration columns;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    ReviewQueue queue;
    @Autowired
    PortalQueries queries;
    @Autowired
    JdbcClient jdbc;

    private Actor author;
    private Actor first;
    private Actor second;
    private Actor finalReviewer;
    private Actor outsider;

    @BeforeEach
    void people() {
        author = editor(Role.EDITOR);
        first = editor(Role.EDITOR);
        second = editor(Role.EDITOR);
        finalReviewer = editor(Role.STAFF);
        outsider = editor(Role.EDITOR);
        for (Actor reviewer : List.of(first, second, finalReviewer)) {
            Fixtures.as(reviewer, () -> {
                accounts.changeOwnContact(reviewer.username(), reviewer.username() + "@review.example.cn",
                        reviewer == second ? "en" : "zh-CN");
                return null;
            });
        }
    }

    @Test
    void threeLevelsEachApprovedByItsOwnReviewerThenPublishedWithEveryStepInTheHistory() {
        long column = reviewedColumn(3, false, Map.of(1, List.of(first.username()), 2, List.of(second.username()),
                3, List.of(finalReviewer.username())));
        long id = write(author, column, PortalWorld.title("三审稿件"));
        as(author, () -> review.submit(id));
        assertThat(stateKey(id)).isEqualTo("review.status.level1");
        assertThat(mailTo(first)).singleElement().satisfies(mail -> {
            assertThat(mail.get("subject")).asString().contains("待初审");
            assertThat(mail.get("body")).asString().contains("/admin/portal/review/" + id);
        });

        assertThatThrownBy(() -> as(outsider, () -> review.approve(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(second, () -> review.approve(id))).as("level 2's reviewer at level 1")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(author, () -> editing.publish(id))).as("no direct publishing where review is on")
                .isInstanceOf(RuleViolation.class).hasMessage("review.error.publishThroughReview");
        assertThatThrownBy(() -> fixtures.asAdmin(() -> {
            editing.publish(id);
            return null;
        })).as("not even an administrator").isInstanceOf(RuleViolation.class);

        as(first, () -> review.approve(id));
        assertThat(stateKey(id)).isEqualTo("review.status.level2");
        assertThat(mailTo(second)).as("in the reviewer's language").singleElement()
                .satisfies(mail -> assertThat(mail.get("subject")).asString().contains("Awaiting second review"));
        assertThatThrownBy(() -> as(first, () -> review.approve(id))).isInstanceOf(AccessDeniedException.class);

        as(second, () -> review.approve(id));
        assertThat(stateKey(id)).isEqualTo("review.status.level3");
        assertThat(mailTo(finalReviewer)).hasSize(1);
        assertThat(queries.article(id).status()).isEqualTo(ArticleStatus.PENDING);

        as(finalReviewer, () -> review.approve(id));
        assertThat(queries.article(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(queries.article(id).live()).isTrue();
        assertThat(notes(id)).containsSubsequence("created", "submitted", "approved-1", "approved-2", "approved-3", "published");
        assertThat(decisions(id)).containsExactly("1 APPROVED " + first.username(), "2 APPROVED " + second.username(),
                "3 APPROVED " + finalReviewer.username());
    }

    @Test
    void onlyEnabledReviewersWithAnAddressAreMailedTheOthersAreToldOnTheirQueueWhereToGiveOne() throws Exception {
        Actor withoutAddress = editor(Role.EDITOR);
        Actor disabled = editor(Role.EDITOR);
        as(disabled, () -> accounts.changeOwnContact(disabled.username(), disabled.username() + "@review.example.cn", "en"));
        long column = reviewedColumn(1, false, Map.of(1, List.of(withoutAddress.username(), first.username(), disabled.username())));
        String title = PortalWorld.title("谁收到邮件");
        long id = write(author, column, title);
        fixtures.asAdmin(() -> {
            accounts.disable(jdbc.sql("SELECT id FROM user_account WHERE username = :u").param("u", disabled.username())
                    .query(Long.class).single());
            return null;
        });
        as(author, () -> review.submit(id));

        assertThat(jdbc.sql("SELECT recipient FROM mail_outbox WHERE topic = 'article-review' AND subject LIKE :title")
                .param("title", "%" + title + "%").query(String.class).list())
                .as("neither the reviewer without an address nor the disabled one")
                .containsExactly(first.username() + "@review.example.cn");
        assertThat(mailTo(first)).singleElement().satisfies(mail -> assertThat(mail.get("body")).asString()
                .startsWith(first.username() + "，您好").contains(title));

        mvc.perform(get("/admin/portal/review").cookie(Sessions.login(mvc, withoutAddress.username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"review-no-address\"")))
                .andExpect(content().string(containsString("您的账号没有邮箱，审核通知只在此处和工作台显示。")))
                .andExpect(content().string(containsString("href=\"/admin/account\">在“我的账号”中填写邮箱")))
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/admin/portal/review").cookie(Sessions.login(mvc, first.username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("review-no-address"))));
    }

    @Test
    void returningNeedsACommentWhichTheAuthorReadsAndAResubmissionStartsAgainAtTheFirstLevel() throws Exception {
        long column = reviewedColumn(2, false, Map.of(1, List.of(first.username()), 2, List.of(second.username())));
        String title = PortalWorld.title("退回稿件");
        long id = write(author, column, title);
        as(author, () -> review.submit(id));

        assertThatThrownBy(() -> as(first, () -> review.returnToAuthor(id, "  "))).isInstanceOf(RuleViolation.class)
                .hasMessage("review.error.commentRequired");
        assertThatThrownBy(() -> as(author, () -> editing.returnToDraft(id))).as("returned only by a reviewer, with a comment")
                .isInstanceOf(RuleViolation.class);
        assertThat(queries.article(id).status()).isEqualTo(ArticleStatus.PENDING);

        as(first, () -> review.returnToAuthor(id, "请核实第二段的数据来源"));
        assertThat(queries.article(id).status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(stateKey(id)).isEqualTo("review.status.returned");
        assertThat(notes(id)).contains("review-returned-1:请核实第二段的数据来源");

        Cookie session = Sessions.login(mvc, author.username(), Fixtures.PASSWORD);
        mvc.perform(get("/admin/portal/articles/" + id + "/edit").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"returned-comment\"")))
                .andExpect(content().string(containsString("请核实第二段的数据来源")))
                .andExpect(content().string(containsString("已退回")));
        mvc.perform(get("/admin/portal/articles").param("column", String.valueOf(column)).cookie(session))
                .andExpect(content().string(containsString("已退回")))
                .andExpect(content().string(containsString("请核实第二段的数据来源")));
        mvc.perform(get("/admin/portal/articles/" + id + "/history").cookie(session))
                .andExpect(content().string(containsString("退回（初审）：请核实第二段的数据来源")));

        mvc.perform(post("/admin/portal/articles/" + id + "/submit").with(csrf()).cookie(session));
        assertThat(stateKey(id)).isEqualTo("review.status.level1");
        assertThat(mailTo(first)).as("told again of the new submission").hasSize(2);
    }

    @Test
    void theAuthorNeitherApprovesNorPublishesTheirOwnArticleUnlessTheColumnAllowsIt() throws Exception {
        long column = reviewedColumn(1, false, Map.of(1, List.of(author.username(), first.username())));
        long id = write(author, column, PortalWorld.title("本人稿件"));
        as(author, () -> review.submit(id));
        assertThatThrownBy(() -> as(author, () -> review.approve(id))).isInstanceOf(RuleViolation.class)
                .hasMessage("review.error.ownArticle");
        Cookie session = Sessions.login(mvc, author.username(), Fixtures.PASSWORD);
        mvc.perform(post("/admin/portal/articles/" + id + "/publish").with(csrf()).cookie(session))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/portal/review/" + id + "/approve").with(csrf()).cookie(session))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.article(id).status()).as("neither the button nor the review page published it")
                .isEqualTo(ArticleStatus.PENDING);
        mvc.perform(get("/admin/portal/articles/" + id + "/edit").cookie(session))
                .andExpect(content().string(not(containsString("/publish\""))));

        fixtures.asAdmin(() -> {
            columnReviews.set(column, 1, true, Map.of(1, List.of(author.username())));
            return null;
        });
        as(author, () -> review.approve(id));
        assertThat(queries.article(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void nobodyApprovesTwoLevelsOfOneArticleNotEvenAnAdministratorWhoMayActAtAnyLevel() {
        Actor administrator = new Actor(fixtures.account(Role.ADMIN), Role.ADMIN, null, null, null);
        long column = reviewedColumn(2, false, Map.of(1, List.of(first.username()), 2, List.of(second.username())));
        long id = write(author, column, PortalWorld.title("管理员审核"));
        as(author, () -> review.submit(id));
        as(administrator, () -> review.approve(id));
        assertThat(stateKey(id)).isEqualTo("review.status.level2");
        assertThatThrownBy(() -> as(administrator, () -> review.approve(id))).isInstanceOf(RuleViolation.class)
                .hasMessage("review.error.twice");
        as(second, () -> review.approve(id));
        assertThat(queries.article(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void theQueueListsWhatWaitsForTheReviewerLongestWaitingFirst() throws Exception {
        long column = reviewedColumn(1, false, Map.of(1, List.of(first.username())));
        long older = write(author, column, PortalWorld.title("先写后交"));
        long newer = write(author, column, PortalWorld.title("后写先交"));
        as(author, () -> review.submit(newer));
        as(author, () -> review.submit(older));
        List<Long> waiting = Fixtures.as(first, () -> queue.waitingForMe()).stream().map(ReviewQueue.Item::articleId)
                .filter(id -> id == older || id == newer).toList();
        assertThat(waiting).containsExactly(newer, older);
        assertThat(Fixtures.as(second, () -> queue.waitingForMe())).extracting(ReviewQueue.Item::articleId)
                .doesNotContain(older, newer);

        Cookie session = Sessions.login(mvc, first.username(), Fixtures.PASSWORD);
        mvc.perform(get("/admin/portal/review").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/portal/review/" + newer)));
        mvc.perform(get("/admin/portal/review/" + newer).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"review-approve\"")))
                .andExpect(content().string(containsString("正文")));
        mvc.perform(post("/admin/portal/review/" + newer + "/return").param("comment", "").with(csrf()).cookie(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("退回时请填写退回意见")));
        Cookie stranger = Sessions.login(mvc, outsider.username(), Fixtures.PASSWORD);
        mvc.perform(post("/admin/portal/review/" + newer + "/approve").with(csrf()).cookie(stranger))
                .andExpect(status().isForbidden());
    }

    @Test
    void theReviewPageShowsTheCoverWithItsOwnText() throws Exception {
        long column = reviewedColumn(1, false, Map.of(1, List.of(first.username())));
        long described = Fixtures.as(author, () -> editing.create(new ArticleDraft(column, PortalWorld.title("有封面说明"), null, null,
                null, null, null, "<p>正文</p>", null, "会场全景", null, null, List.of()), new Upload("cover.png", PortalWorld.PNG), List.of()));
        as(author, () -> review.submit(described));

        Cookie session = Sessions.login(mvc, first.username(), Fixtures.PASSWORD);
        mvc.perform(get("/admin/portal/review/" + described).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("alt=\"会场全景\"")));
    }

    @Test
    void theEditorsHomeShowsDraftsReturnedArticlesArticlesInReviewAndWhatWaitsForThem() throws Exception {
        long column = reviewedColumn(2, false, Map.of(1, List.of(first.username()), 2, List.of(second.username())));
        String draft = PortalWorld.title("首页草稿");
        String returned = PortalWorld.title("首页退回");
        String inReview = PortalWorld.title("首页审核中");
        write(author, column, draft);
        long returnedId = write(author, column, returned);
        long inReviewId = write(author, column, inReview);
        as(author, () -> review.submit(returnedId));
        as(first, () -> review.returnToAuthor(returnedId, "标题请再斟酌"));
        as(author, () -> review.submit(inReviewId));
        as(first, () -> review.approve(inReviewId));

        Cookie authorSession = Sessions.login(mvc, author.username(), Fixtures.PASSWORD);
        String home = mvc.perform(get("/admin").cookie(authorSession)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(section(home, "desk-drafts")).contains(draft).doesNotContain(returned);
        assertThat(section(home, "desk-returned")).contains(returned, "标题请再斟酌");
        assertThat(section(home, "desk-under-review")).contains(inReview, "待复审");

        Cookie reviewerSession = Sessions.login(mvc, second.username(), Fixtures.PASSWORD);
        String reviewerHome = mvc.perform(get("/admin").cookie(reviewerSession)).andReturn().getResponse().getContentAsString();
        assertThat(section(reviewerHome, "desk-waiting")).contains(inReview, "/admin/portal/review/" + inReviewId);
    }

    @Test
    void aColumnWithoutReviewKeepsDirectPublishingAndOnlyAnAdministratorSetsReview() {
        long column = fixtures.asAdmin(() -> columns.create(new ColumnChange(null, "noreview-" + COLUMNS.incrementAndGet()
                + "-" + System.nanoTime() % 100000, "无审核栏目", null, true)));
        long id = write(author, column, PortalWorld.title("直接发布"));
        as(author, () -> editing.publish(id));
        assertThat(queries.article(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThatThrownBy(() -> as(author, () -> columnReviews.set(column, 1, false, Map.of(1, List.of(first.username())))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.asAdmin(() -> {
            columnReviews.set(column, 2, false, Map.of(1, List.of(first.username())));
            return null;
        })).isInstanceOfSatisfying(RuleRefusal.class, refusal -> assertThat(refusal.violations())
                .extracting(RuleViolation::field, RuleViolation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("reviewers2", "review.error.noReviewer")));
    }

    private Actor editor(Role role) {
        return new Actor(fixtures.account(role), role, null, null, null);
    }

    private long reviewedColumn(int levels, boolean authorMayReview, Map<Integer, List<String>> reviewers) {
        return fixtures.asAdmin(() -> {
            long id = columns.create(new ColumnChange(null, "review-" + COLUMNS.incrementAndGet() + "-" + System.nanoTime() % 100000,
                    "审核栏目", null, true));
            columnReviews.set(id, levels, authorMayReview, reviewers);
            return id;
        });
    }

    private long write(Actor who, long column, String title) {
        return Fixtures.as(who, () -> editing.create(new ArticleDraft(column, title, null, null, null, null, null,
                "<p>正文 " + title + "</p>", null, null, null, List.of()), null, List.of()));
    }

    private static void as(Actor actor, Runnable work) {
        Fixtures.as(actor, () -> {
            work.run();
            return null;
        });
    }

    private String stateKey(long id) {
        ReviewStatus status = fixtures.asAdmin(() -> queue.status(id));
        return ReviewStatus.labelKey(queries.article(id).status(), status);
    }

    private List<Map<String, Object>> mailTo(Actor reviewer) {
        return jdbc.sql("SELECT subject, body FROM mail_outbox WHERE recipient = :to AND topic = 'article-review' ORDER BY id")
                .param("to", reviewer.username() + "@review.example.cn").query().listOfRows();
    }

    private List<String> notes(long id) {
        return jdbc.sql("SELECT note FROM article_revision WHERE article_id = :id ORDER BY id").param("id", id)
                .query(String.class).list();
    }

    private List<String> decisions(long id) {
        return jdbc.sql("SELECT level || ' ' || decision || ' ' || decided_by FROM article_review_decision WHERE article_id = :id ORDER BY id")
                .param("id", id).query(String.class).list();
    }

    /** The part of the page from the element with this id to the end of its card. */
    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isPositive();
        int end = page.indexOf("</div></div>", start);
        return page.substring(start, end);
    }
}
