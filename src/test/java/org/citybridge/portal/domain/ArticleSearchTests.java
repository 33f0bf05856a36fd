package org.citybridge.portal.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.citybridge.CityBridgeApplication;
import org.citybridge.portal.ArticleSearch;
import org.citybridge.portal.ArticleSearch.Hit;
import org.citybridge.portal.ArticleSearch.Query;
import org.citybridge.portal.ArticleSearch.Results;
import org.citybridge.portal.PortalTesting;
import org.citybridge.support.IntegrationTest;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class ArticleSearchTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    ArticleSearch search;
    @Autowired
    ArticleRepository articles;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void findsAWordInsideALongerWordAndMarksIt() {
        long shenzhen = PortalTesting.publish(context, "湾区城市交流", "<p>深圳市召开了城市交流座谈会。</p>");
        long meeting = PortalTesting.publish(context, "会议纪要", "<p>第十二次联络员工作会议在锡林郭勒盟召开。</p>");

        Results results = search.search(wide("深圳"));
        assertThat(ids(results)).contains(shenzhen).doesNotContain(meeting);
        Hit hit = hit(results, shenzhen);
        assertThat(hit.snippetHtml()).contains("<em>深圳</em>市");
        assertThat(hit.url()).isEqualTo("/article/" + shenzhen + ".html");
        assertThat(hit.columnName()).isEqualTo("协会动态");

        // other tests publish many articles about 联络; the second word (inside 锡林郭勒) keeps this one on the first page
        Results liaison = search.search(Query.of("联络 林郭"));
        assertThat(ids(liaison)).contains(meeting);
        assertThat(hit(liaison, meeting).snippetHtml()).contains("<em>联络");
        assertThat(ids(search.search(Query.of("工作会议 锡林郭勒")))).contains(meeting);
    }

    @Test
    void theTitleWeighsMoreThanTheBody() {
        long inBody = PortalTesting.publish(context, "简报", "<p>本期简报介绍营商环境改善情况，以及其他若干事项和工作安排。</p>");
        long inTitle = PortalTesting.publish(context, "营商环境", "<p>本期介绍若干事项和工作安排。</p>");
        List<Long> found = ids(search.search(wide("营商环境")));
        assertThat(found).contains(inBody, inTitle);
        assertThat(found.indexOf(inTitle)).isLessThan(found.indexOf(inBody));
        assertThat(hit(search.search(wide("营商环境")), inTitle).titleHtml()).isEqualTo("<em>营商环境</em>");
    }

    @Test
    void onlyLiveArticlesAreFound() {
        Instant now = clock.instant();
        long column = PortalTesting.column(context, "news");
        long live = PortalTesting.publish(context, "可见文章", "<p>鄂尔多斯市可见</p>");
        long scheduled = PortalTesting.publish(context, PortalTesting.draft(column, "预定文章", "<p>鄂尔多斯市预定</p>",
                now.plus(Duration.ofDays(1)), null));
        long expired = PortalTesting.publish(context, PortalTesting.draft(column, "过期文章", "<p>鄂尔多斯市过期</p>",
                now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(1))));
        long withdrawn = PortalTesting.publish(context, "撤回文章", "<p>鄂尔多斯市撤回</p>");
        tx.executeWithoutResult(s -> articles.findById(withdrawn).orElseThrow().withdraw("editor", now));
        long draft = tx.execute(s -> articles.save(new Article(PortalTesting.draft(column, "草稿文章", "<p>鄂尔多斯市草稿</p>", null, null),
                "<p>鄂尔多斯市草稿</p>", "test", "editor", now)).id());

        assertThat(ids(search.search(wide("鄂尔多斯"))))
                .contains(live).doesNotContain(scheduled, expired, withdrawn, draft);
    }

    @Test
    void filtersByColumnWithItsChildrenAndByDate() {
        Instant now = clock.instant();
        long exchange = PortalTesting.column(context, "exchange");
        long liaisonWork = PortalTesting.column(context, "liaison-work");
        long notices = PortalTesting.column(context, "notices");
        long inChild = PortalTesting.publish(context, PortalTesting.draft(liaisonWork, "嘉峪关市经验", "<p>嘉峪关市的做法</p>", null, null));
        long inOther = PortalTesting.publish(context, PortalTesting.draft(notices, "嘉峪关市通知", "<p>嘉峪关市通知</p>", null, null));
        long old = PortalTesting.publish(context, PortalTesting.draft(notices, "嘉峪关市旧闻", "<p>嘉峪关市旧闻</p>",
                now.minus(Duration.ofDays(40)), null));

        assertThat(ids(search.search(new Query("嘉峪关", exchange, null, null, 1, 10)))).containsExactly(inChild);
        LocalDate today = LocalDate.now(clock);
        assertThat(ids(search.search(new Query("嘉峪关", null, today.minusDays(7), today, 1, 10))))
                .containsExactlyInAnyOrder(inChild, inOther);
        assertThat(ids(search.search(new Query("嘉峪关", null, null, today.minusDays(30), 1, 10)))).containsExactly(old);
    }

    @Test
    void snippetsAreEscapedExceptTheMarks() {
        long id = PortalTesting.publish(context, "<img src=x onerror=alert(1)>安全测试",
                "<p>克拉玛依市 &lt;script&gt;alert('x')&lt;/script&gt; 的文章</p>");
        Hit hit = hit(search.search(Query.of("克拉玛依")), id);
        assertThat(hit.snippetHtml()).contains("<em>克拉玛依</em>").contains("&lt;script&gt;").doesNotContain("<script");
        Results byTitle = search.search(Query.of("<img src=x onerror=alert(1)>安全"));
        Hit titled = hit(byTitle, id);
        assertThat(titled.titleHtml()).doesNotContain("<img").startsWith("&lt;").contains("<em>安全</em>");
        assertThat(titled.title()).startsWith("<img");
        assertThat(withoutMarks(titled.titleHtml() + titled.snippetHtml())).doesNotContain("<", ">");
    }

    @Test
    void pagesThroughTheResults() {
        for (int i = 1; i <= 7; i++) {
            PortalTesting.publish(context, "石河子市第" + i + "期", "<p>石河子市工作简报第" + i + "期</p>");
        }
        Results first = search.search(new Query("石河子", null, null, null, 1, 3));
        Results third = search.search(new Query("石河子", null, null, null, 3, 3));
        assertThat(first.total()).isEqualTo(7);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.hits()).hasSize(3);
        assertThat(third.hits()).hasSize(1);
        assertThat(first.hasNext()).isTrue();
        assertThat(third.hasNext()).isFalse();
        assertThat(search.search(Query.of("  ")).total()).isZero();
    }

    @Test
    void aRebuildRestoresAWipedIndex() {
        long id = PortalTesting.publish(context, "阿勒泰地区", "<p>阿勒泰地区联络工作</p>");
        var workspace = Search.mapping(entityManagerFactory).scope(Article.class).workspace();
        workspace.purge();
        workspace.refresh();
        assertThat(ids(search.search(wide("阿勒泰")))).doesNotContain(id);

        assertThat(search.rebuildIndex()).isGreaterThanOrEqualTo(1);
        assertThat(ids(search.search(wide("阿勒泰")))).contains(id);
    }

    /**
     * An article saved while the index is rebuilt is indexed by its save and added again by the rebuild: with Lucene,
     * two documents, and the article twice in the results. The rebuild ends by indexing such articles once more.
     */
    @Test
    void aRebuildLeavesNoArticleInTheIndexTwice() throws InterruptedException {
        long id = PortalTesting.publish(context, "昆玉市", "<p>昆玉市联络工作</p>");
        // what a rebuild does to an article its save indexed after the purge: it adds it again
        Search.mapping(entityManagerFactory).scope(Article.class).massIndexer().purgeAllOnStart(false).startAndWait();
        assertThat(ids(search.search(wide("昆玉")))).as("the article twice, as a rebuild leaves it").containsExactly(id, id);

        assertThat(context.getBean(ArticleSearching.class).reindexTwiceIndexed()).isGreaterThanOrEqualTo(1);
        assertThat(ids(search.search(wide("昆玉")))).containsExactly(id);
        assertThat(context.getBean(ArticleSearching.class).reindexTwiceIndexed()).isZero();
    }

    /** An OR search would find the articles that hold only one of the words: every word must be found. */
    @Test
    void anArticleWithOnlySomeOfTheWordsIsNotFound() {
        long both = PortalTesting.publish(context, "阿拉尔市简报", "<p>阿拉尔市与图木舒克市交流联络工作。</p>");
        long firstOnly = PortalTesting.publish(context, "阿拉尔市动态", "<p>阿拉尔市召开座谈会。</p>");
        long secondOnly = PortalTesting.publish(context, "图木舒克市动态", "<p>图木舒克市召开座谈会。</p>");

        assertThat(ids(search.search(wide("阿拉尔 图木舒克")))).contains(both).doesNotContain(firstOnly, secondOnly);
        assertThat(ids(search.search(wide("图木舒克 阿拉尔")))).contains(both).doesNotContain(firstOnly, secondOnly);
        assertThat(ids(search.search(wide("阿拉尔")))).contains(both, firstOnly).doesNotContain(secondOnly);
        assertThat(ids(search.search(wide("阿拉尔 图木舒克 可克达拉")))).as("a third word none has").isEmpty();
    }

    /** The words of one part (no space between them) must be found too, each somewhere, not just one of them. */
    @Test
    void anArticleWithOnlyOneWordOfAPartIsNotFound() {
        long both = PortalTesting.publish(context, "双河市", "<p>双河市召开联席会议，讨论城市更新。</p>");
        long placeOnly = PortalTesting.publish(context, "双河市新闻", "<p>双河市举办运动会。</p>");
        long topicOnly = PortalTesting.publish(context, "联席会议", "<p>某地召开联席会议。</p>");

        List<Long> found = ids(search.search(wide("双河联席会议")));
        assertThat(found).contains(both).doesNotContain(placeOnly, topicOnly);
    }

    /**
     * A new deployment or a wiped index folder: the index is empty while articles exist, and the application, once
     * started, rebuilds it (in the background) without anyone pressing the rebuild button.
     */
    @Test
    void anEmptyIndexIsRebuiltWhenTheApplicationStarts() {
        long id = PortalTesting.publish(context, "五家渠市", "<p>五家渠市联络工作</p>");
        var workspace = Search.mapping(entityManagerFactory).scope(Article.class).workspace();
        workspace.purge();
        workspace.refresh();
        assertThat(ids(search.search(wide("五家渠")))).doesNotContain(id);

        context.publishEvent(new ApplicationReadyEvent(new SpringApplication(CityBridgeApplication.class), new String[0],
                (ConfigurableApplicationContext) context, Duration.ZERO));

        await("the index rebuilt after the start").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> ids(search.search(wide("五家渠"))).contains(id));
    }

    /**
     * An upgrade that changed the indexed fields: the documents an older version wrote lack the fields searched now and
     * would silently match nothing, so the application rebuilds the index as it starts. Written behind Hibernate
     * Search's back, an article reaches the index only through such a rebuild.
     */
    @Test
    void anIndexOfAnOlderMappingIsRebuiltWhenTheApplicationStarts() {
        long column = PortalTesting.column(context, "news");
        PortalTesting.publish(context, "乌海市简报", "<p>乌海市联络工作</p>");
        long id = jdbc.sql("""
                INSERT INTO article (column_id, title, body_html, status, publish_at, created_by, created_at, updated_by, updated_at)
                VALUES (?, '乌海市映射测试', '<p>乌海市</p>', 'PUBLISHED', now() - interval '1 hour', 'test', now(), 'test', now())
                RETURNING id""").param(column).query(Long.class).single();
        ArticleSearching searching = context.getBean(ArticleSearching.class);

        assertThat(searching.rebuildIfOutdated(Article.SEARCH_MAPPING)).as("the index is of this mapping").isFalse();
        assertThat(ids(search.search(wide("乌海")))).doesNotContain(id);

        assertThat(searching.rebuildIfOutdated(Article.SEARCH_MAPPING + 1)).isTrue();
        await("the index rebuilt for the newer mapping").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> ids(search.search(wide("乌海"))).contains(id));
        SearchIndexTesting.awaitUpToDate(context, Duration.ofSeconds(60));
    }

    private static List<Long> ids(Results results) {
        return results.hits().stream().map(Hit::id).toList();
    }

    private static Hit hit(Results results, long id) {
        return results.hits().stream().filter(h -> h.id() == id).findFirst().orElseThrow(
                () -> new AssertionError(id + " not found in " + results));
    }

    private static String withoutMarks(String html) {
        return html.replace("<em>", "").replace("</em>", "");
    }

    /** The first 50 results: the test context is shared, so other tests' articles may match too. */
    private static Query wide(String text) {
        return new Query(text, null, null, null, 1, 50);
    }
}
