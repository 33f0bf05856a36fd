package org.citybridge.portal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.portal.domain.ArticleMoves;
import org.citybridge.portal.domain.ArticleReview;
import org.citybridge.portal.domain.ColumnAdministration;
import org.citybridge.portal.domain.ColumnAdministration.ColumnChange;
import org.citybridge.portal.domain.ColumnReviews;
import org.citybridge.portal.domain.PendingRevisions;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A correction of a live article in a column with editorial review: it is reviewed as a pending revision while readers
 * keep the live version, published only by the last approval, returned with a comment and still pending, never
 * published directly; bulk moves keep to review. Each test uses columns, accounts and titles of its own.
 */
@IntegrationTest
class RevisionReviewTests {

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
    ArticleMoves moves;
    @Autowired
    ColumnReviews columnReviews;
    @Autowired
    ColumnAdministration columns;
    @Autowired
    ReviewQueue queue;
    @Autowired
    PendingRevisions revisions;
    @Autowired
    PortalQueries queries;
    @Autowired
    JdbcClient jdbc;

    private Actor author;
    private Actor first;
    private Actor last;
    private Actor outsider;

    @BeforeEach
    void people() {
        author = editor(Role.EDITOR);
        first = editor(Role.EDITOR);
        last = editor(Role.STAFF);
        outsider = editor(Role.EDITOR);
    }

    @Test
    void aRevisionIsInvisibleToReadersThroughSubmitAndFirstApprovalAndLiveAfterTheLast() throws Exception {
        long column = column();
        String title = PortalWorld.title("修订审核");
        long id = live(column, title);
        reviewIn(column);
        revise(id, title + "（修订）", "<p>伊宁市修订段落</p>");

        assertThatThrownBy(() -> as(author, () -> editing.publish(id))).as("no direct 发布修订 where review is on")
                .isInstanceOf(RuleViolation.class).hasMessage("review.error.publishRevisionThroughReview");
        assertThatThrownBy(() -> fixtures.asAdmin(() -> {
            editing.publish(id);
            return null;
        })).as("not even an administrator").isInstanceOf(RuleViolation.class);
        assertThat(Fixtures.as(author, () -> review.maySubmit(id))).isTrue();

        as(author, () -> review.submit(id));
        assertThat(queries.article(id).status()).as("readers keep the live version").isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(reviewState(id)).isEqualTo("review.status.revision.level1");
        assertThat(Fixtures.as(author, () -> review.maySubmit(id))).as("already in review").isFalse();
        assertInvisible(id, title);
        assertThat(Fixtures.as(first, () -> queue.waitingForMe())).filteredOn(item -> item.articleId() == id).singleElement()
                .satisfies(item -> {
                    assertThat(item.revision()).isTrue();
                    assertThat(item.title()).isEqualTo(title + "（修订）");
                });

        assertThatThrownBy(() -> as(outsider, () -> review.approve(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(last, () -> review.approve(id))).as("the last level's reviewer at level 1")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(author, () -> review.approve(id))).isInstanceOf(AccessDeniedException.class);

        as(first, () -> review.approve(id));
        assertThat(reviewState(id)).isEqualTo("review.status.revision.level2");
        assertInvisible(id, title);
        assertThat(Fixtures.as(last, () -> queue.waitingForMe())).extracting(ReviewQueue.Item::articleId).contains(id);
        assertThatThrownBy(() -> as(first, () -> review.approve(id))).isInstanceOf(AccessDeniedException.class);

        as(last, () -> review.approve(id));
        assertThat(queries.article(id).title()).isEqualTo(title + "（修订）");
        assertThat(queries.article(id).live()).isTrue();
        assertThat(Fixtures.as(author, () -> revisions.of(id))).isEmpty();
        assertThat(anonymous("/article/" + id + ".html")).contains("伊宁市修订段落");
        assertThat(notes(id)).containsSubsequence("revision", "revision-submitted", "approved-1", "approved-2", "revised");
    }

    @Test
    void aReturnedRevisionStaysPendingWithTheCommentAndCanBeSubmittedAgainOrDiscarded() throws Exception {
        long column = column();
        String title = PortalWorld.title("修订退回");
        long id = live(column, title);
        reviewIn(column);
        revise(id, title + "（修订）", "<p>奎屯市修订段落</p>");
        as(author, () -> review.submit(id));

        assertThatThrownBy(() -> as(outsider, () -> review.returnToAuthor(id, "不是我的级别"))).isInstanceOf(AccessDeniedException.class);
        as(first, () -> review.returnToAuthor(id, "请核对人数"));
        assertThat(queries.article(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(queries.article(id).title()).isEqualTo(title);
        assertThat(Fixtures.as(author, () -> revisions.of(id))).as("the revision stays pending").isPresent();
        ReviewStatus returned = fixtures.asAdmin(() -> queue.status(id));
        assertThat(returned.returned()).isTrue();
        assertThat(returned.returnedComment()).isEqualTo("请核对人数");
        assertThat(reviewState(id)).isEqualTo("review.status.revisionReturned");
        assertInvisible(id, title);

        Cookie session = Sessions.login(mvc, author.username(), Fixtures.PASSWORD);
        String form = page(session, "/admin/portal/articles/" + id + "/edit");
        assertThat(form).contains("修订已退回", "请核对人数", "id=\"submit-revision\"", "奎屯市修订段落")
                .doesNotContain("id=\"publish-revision\"");
        String home = page(session, "/admin");
        assertThat(section(home, "desk-revisions")).contains(title + "（修订）", "修订已退回", "请核对人数");

        as(author, () -> review.submit(id));
        assertThat(reviewState(id)).isEqualTo("review.status.revision.level1");
        assertThat(section(page(session, "/admin"), "desk-revisions")).contains("修订待初审");

        MockHttpServletResponse refused = mvc.perform(post("/admin/portal/articles/" + id + "/publish").with(csrf()).cookie(session))
                .andReturn().getResponse();
        assertThat(refused.getRedirectedUrl()).isEqualTo("/admin/portal/articles/" + id + "/edit");
        assertThat(queries.article(id).title()).isEqualTo(title);

        as(author, () -> editing.discardRevision(id));
        assertThat(fixtures.asAdmin(() -> queue.status(id))).as("discarding ends the review").isNull();
        assertThat(Fixtures.as(first, () -> queue.waitingForMe())).extracting(ReviewQueue.Item::articleId).doesNotContain(id);
        assertThat(queries.article(id).title()).isEqualTo(title);
        revise(id, title + "（再改）", "<p>再改</p>");
        assertThat(reviewState(id)).as("a new revision starts unsubmitted").isNull();
        as(author, () -> review.submit(id));
        as(first, () -> review.approve(id));
        assertThat(decisions(id)).as("rounds are counted on from the decisions after a review ended")
                .containsExactly("1 1 RETURNED " + first.username(), "2 1 APPROVED " + first.username());
    }

    @Test
    void theReviewPageAndQueueShowTheRevisionWithItsComparisonToTheLiveVersion() throws Exception {
        long column = column();
        String title = PortalWorld.title("修订页面");
        long id = live(column, title);
        reviewIn(column);
        revise(id, title, "<p>正文 " + title + "，博乐市补充</p>");
        as(author, () -> review.submit(id));

        Cookie session = Sessions.login(mvc, first.username(), Fixtures.PASSWORD);
        String queuePage = page(session, "/admin/portal/review");
        assertThat(queuePage).contains(title, "revision-tag", "/admin/portal/articles/" + id + "/revision");
        String reviewPage = page(session, "/admin/portal/review/" + id);
        assertThat(reviewPage).contains("id=\"revision-tag\"", "修订待初审", "博乐市补充", "id=\"revision-compare\"", "review-approve");
        assertThat(page(session, "/admin/portal/articles/" + id + "/revision")).contains("<ins>，博乐市补充</ins>");
        assertThat(page(session, "/admin/portal/articles/" + id + "/preview")).contains("博乐市补充");
    }

    @Test
    void aRevisionThatMovesTheArticleIntoAReviewedColumnIsReviewedThere() {
        long open = column();
        long reviewed = column();
        reviewIn(reviewed);
        String title = PortalWorld.title("修订换栏目");
        long id = live(open, title);
        Fixtures.as(author, () -> {
            editing.update(id, queries.article(id).version(), null, draft(reviewed, title, "<p>换到审核栏目</p>"), null, false,
                    List.of(), List.of());
            return null;
        });
        assertThatThrownBy(() -> as(author, () -> editing.publish(id))).isInstanceOf(RuleViolation.class)
                .hasMessage("review.error.publishRevisionThroughReview");
        as(author, () -> review.submit(id));
        assertThat(Fixtures.as(first, () -> queue.waitingForMe())).extracting(ReviewQueue.Item::articleId).contains(id);
        assertThat(queries.article(id).columnId()).isEqualTo(open);
    }

    @Test
    void anArticleInReviewCannotBeMovedAndNothingMovesWithIt() {
        long column = column();
        long elsewhere = column();
        reviewIn(column);
        String inReview = PortalWorld.title("审核中不可移动");
        long reviewing = write(column, inReview);
        long draft = write(column, PortalWorld.title("同批草稿"));
        as(author, () -> review.submit(reviewing));

        assertThatThrownBy(() -> Fixtures.as(author, () -> moves.move(List.of(draft, reviewing), elsewhere)))
                .isInstanceOfSatisfying(RuleRefusal.class, refusal -> assertThat(refusal.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.messageKey()).isEqualTo("article.error.moveInReview");
                            assertThat(v.args()).containsExactly(inReview);
                        }));
        assertThat(queries.article(draft).columnId()).as("nothing moved").isEqualTo(column);
        assertThat(queries.article(reviewing).columnId()).isEqualTo(column);
    }

    @Test
    void onlyAnAdministratorOrTheLastLevelsReviewerMovesAPublishedArticleIntoAReviewedColumn() {
        long open = column();
        long reviewed = column();
        reviewIn(reviewed);
        long published = live(open, PortalWorld.title("移入审核栏目"));
        long draft = write(open, PortalWorld.title("草稿移入审核栏目"));

        for (Actor refused : List.of(author, first)) {
            assertThatThrownBy(() -> Fixtures.as(refused, () -> moves.move(List.of(published), reviewed)))
                    .isInstanceOfSatisfying(RuleRefusal.class, refusal -> assertThat(refusal.violations())
                            .extracting(RuleViolation::messageKey).containsExactly("article.error.moveIntoReviewed"));
        }
        assertThat(queries.article(published).columnId()).isEqualTo(open);
        assertThat(Fixtures.as(author, () -> moves.move(List.of(draft), reviewed))).as("a draft still needs review there").isEqualTo(1);

        assertThat(Fixtures.as(last, () -> moves.move(List.of(published), reviewed))).isEqualTo(1);
        assertThat(queries.article(published).columnId()).isEqualTo(reviewed);
        long another = live(open, PortalWorld.title("管理员移入"));
        assertThat(fixtures.asAdmin(() -> moves.move(List.of(another), reviewed))).isEqualTo(1);
    }

    private Actor editor(Role role) {
        return new Actor(fixtures.account(role), role, null, null, null);
    }

    /** A column without review yet. */
    private long column() {
        return fixtures.asAdmin(() -> columns.create(new ColumnChange(null, "revreview-" + COLUMNS.incrementAndGet() + "-"
                + System.nanoTime() % 100000, "修订审核栏目", null, true)));
    }

    /** Two levels: {@code first} at 初审, {@code last} at 复审. */
    private void reviewIn(long column) {
        fixtures.asAdmin(() -> {
            columnReviews.set(column, 2, false, Map.of(1, List.of(first.username()), 2, List.of(last.username())));
            return null;
        });
    }

    private long write(long column, String title) {
        return Fixtures.as(author, () -> editing.create(draft(column, title, "<p>正文 " + title + "</p>"), null, List.of()));
    }

    private long live(long column, String title) {
        long id = write(column, title);
        fixtures.asAdmin(() -> {
            editing.publish(id);
            return null;
        });
        return id;
    }

    private void revise(long id, String title, String body) {
        Fixtures.as(author, () -> {
            editing.update(id, queries.article(id).version(), draft(queries.article(id).columnId(), title, body), null,
                    false, List.of(), List.of());
            return null;
        });
    }

    private static ArticleDraft draft(long column, String title, String body) {
        return new ArticleDraft(column, title, null, null, null, null, null, body, null, null, null, null, List.of());
    }

    private void assertInvisible(long id, String liveTitle) throws Exception {
        assertThat(queries.article(id).title()).isEqualTo(liveTitle);
        assertThat(anonymous("/article/" + id + ".html")).contains("正文 " + liveTitle).doesNotContain("修订段落");
    }

    private String reviewState(long id) {
        ReviewStatus status = fixtures.asAdmin(() -> queue.status(id));
        return ReviewStatus.revisionKey(queries.article(id).status(), status);
    }

    private static void as(Actor actor, Runnable work) {
        Fixtures.as(actor, () -> {
            work.run();
            return null;
        });
    }

    private String anonymous(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
    }

    private String page(Cookie session, String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).cookie(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    private List<String> notes(long id) {
        return jdbc.sql("SELECT note FROM article_revision WHERE article_id = :id ORDER BY id").param("id", id)
                .query(String.class).list();
    }

    private List<String> decisions(long id) {
        return jdbc.sql("""
                        SELECT round || ' ' || level || ' ' || decision || ' ' || decided_by FROM article_review_decision
                        WHERE article_id = :id ORDER BY id""")
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
