package org.citybridge.portal;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.citybridge.platform.WebConfiguration;
import org.citybridge.portal.ArticleSearch.Query;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.OpenSearchNode;
import org.citybridge.support.SharedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Two application instances on one PostgreSQL and one real OpenSearch node (started by the test, in a JVM of its own):
 * an article published or withdrawn through A is found or gone on B, with the Chinese analysis the Lucene backend has;
 * a rebuild on either fills the shared index; and while the node is down (drill 6) the public pages serve, search answers
 * 503, the changes wait in the outbox, and the index catches up once the node is back; an index deleted under the
 * instances is made again and rebuilt.
 */
class SearchAcrossInstancesTests {

    private static final Duration INDEXED_WITHIN = Duration.ofSeconds(30);
    private static final Actor ADMIN = new Actor("admin", Role.ADMIN, null, null, null);
    private static OpenSearchNode node;
    private static SharedDatabase database;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private static ConfigurableApplicationContext c;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTwoInstancesOnOpenSearch() throws SQLException {
        node = OpenSearchNode.start("search-across");
        database = SharedDatabase.create("citybridge_search_across");
        a = start("a");
        b = start("b");
    }

    @AfterAll
    static void stop() throws SQLException {
        if (database != null) {
            database.close();
        }
        if (node != null) {
            node.close();
        }
    }

    @Test
    void anArticlePublishedOnOneInstanceIsFoundOnTheOtherAndMarked() {
        String tag = tag();
        long id = PortalTesting.publish(a, "湾区城市交流 " + tag, "<p>深圳市召开了城市交流座谈会。</p>");
        long published = System.nanoTime();

        Results found = foundOnB("深圳 " + tag, id);
        System.out.printf("published on A, found on B after %d ms%n", Duration.ofNanos(System.nanoTime() - published).toMillis());

        ArticleSearch.Hit hit = found.hit(id);
        assertThat(hit.snippetHtml()).as("深圳 found inside 深圳市, and marked").contains("<em>深圳</em>市");
        assertThat(hit.titleHtml()).contains("<em>" + tag + "</em>");
    }

    @Test
    void partsOfWordsAreFoundAsWithLucene() {
        String tag = tag();
        long liaison = PortalTesting.publish(a, "会议纪要 " + tag, "<p>第十二次联络员工作会议召开。</p>");
        long other = PortalTesting.publish(a, "交通简报 " + tag, "<p>联合检查与网络安全。</p>");

        Results found = foundOnB("联络 " + tag, liaison);

        assertThat(found.ids()).as("联 and 络 apart do not make 联络").containsExactly(liaison).doesNotContain(other);
        assertThat(found.hit(liaison).snippetHtml()).contains("<em>联络</em>员");
        assertThat(search(b, "深圳讨论 " + tag).ids()).isEmpty();
        long words = PortalTesting.publish(a, "深圳简报 " + tag, "<p>各城市代表参加讨论。</p>");
        assertThat(foundOnB("深圳讨论 " + tag, words).ids())
                .as("smartcn splits 深圳讨论 into 深圳 and 讨论, each found on its own").containsExactly(words);
    }

    @Test
    void anArticleWithdrawnOnOneInstanceIsGoneOnTheOther() {
        String tag = tag();
        long id = PortalTesting.publish(a, "撤回检索 " + tag, "<p>两个实例共用一个索引</p>");
        foundOnB(tag, id);

        Fixtures.as(ADMIN, () -> {
            a.getBean(ArticleEditing.class).withdraw(id, "检索测试");
            return null;
        });

        await("the withdrawn article gone from B's search").atMost(INDEXED_WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> !search(b, tag).ids().contains(id));
    }

    @Test
    void aRebuildOnEitherInstanceFillsTheSharedIndex() throws Exception {
        String tag = tag();
        long id = PortalTesting.publish(a, "重建索引 " + tag, "<p>重建以后仍能找到</p>");
        foundOnB(tag, id);
        HttpResponse<String> wiped = http.send(HttpRequest.newBuilder(node.url().resolve("/article-read/_delete_by_query?refresh=true"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":{\"match_all\":{}}}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wiped.statusCode()).as(wiped.body()).isEqualTo(200);
        assertThat(search(b, tag).ids()).as("the index wiped behind the application's back").isEmpty();

        long indexed = a.getBean(ArticleSearch.class).rebuildIndex();

        assertThat(indexed).isGreaterThanOrEqualTo(1);
        await("found on B after A rebuilt").atMost(INDEXED_WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> search(b, tag).ids().contains(id));
    }

    @Test
    void anIndexDeletedUnderTheRunningInstancesIsMadeAgainAndRebuilt() throws Exception {
        String tag = tag();
        long id = PortalTesting.publish(a, "索引重建 " + tag, "<p>索引被删除以后由应用重新建立</p>");
        foundOnB(tag, id);
        String index = http.send(HttpRequest.newBuilder(node.url().resolve("/_cat/aliases/article-read?h=index")).build(),
                HttpResponse.BodyHandlers.ofString()).body().trim();
        HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(node.url().resolve("/" + index)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);

        long start = System.nanoTime();
        foundOnB(tag, id);
        System.out.printf("index deleted: found on B again %d ms later%n", Duration.ofNanos(System.nanoTime() - start).toMillis());
        long after = PortalTesting.publish(a, "重建之后发布 " + tag, "<p>索引重新建立以后发布</p>");
        foundOnB(tag, after);
    }

    /** Drill 6: the search backend down, and back. */
    @Test
    void whileTheSearchNodeIsDownPagesServeSearchSays503AndTheIndexCatchesUpWhenItReturns() throws Exception {
        String tag = tag();
        long before = PortalTesting.publish(a, "停机之前 " + tag, "<p>检索节点停机演练</p>");
        foundOnB(tag, before);

        node.kill();
        try {
            long during = PortalTesting.publish(a, "停机期间发布 " + tag, "<p>检索节点停机期间发布的文章</p>");

            assertThat(get(b, "/").statusCode()).as("the home page").isEqualTo(200);
            assertThat(get(b, "/article/" + during + ".html").statusCode()).as("the article published meanwhile").isEqualTo(200);
            HttpResponse<String> page = get(b, "/search?q=" + tag);
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(page.body()).contains("搜索暂时不可用").contains("id=\"search-unavailable\"").contains("/css/");
            HttpResponse<String> english = http.send(HttpRequest.newBuilder(SharedDatabase.uri(b, "/search?q=" + tag))
                    .header("Cookie", WebConfiguration.LANGUAGE_COOKIE + "=en").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(english.body()).contains("Search temporarily unavailable");
            HttpResponse<String> api = get(b, "/api/v1/search?q=" + tag);
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(api.body()).contains("search-unavailable").contains("\"status\":503");
            assertThatThrownBy(() -> b.getBean(ArticleSearch.class).search(Query.of(tag))).isInstanceOf(ArticleSearch.Unavailable.class);
            assertThat(outboxBacklog()).as("the change kept in the outbox").isGreaterThanOrEqualTo(1);
            await("the change set aside after three failed attempts, as in a long outage").atMost(INDEXED_WITHIN)
                    .until(() -> a.getBean(JdbcClient.class).sql("SELECT count(*) FROM hsearch_outbox_event WHERE status = 'ABORTED'")
                            .query(Long.class).single() >= 1);

            c = start("c");
            assertThat(get(c, "/").statusCode()).as("an instance started while the node is down serves its pages").isEqualTo(200);
            assertThat(get(c, "/article/" + during + ".html").statusCode()).isEqualTo(200);
            assertThat(get(c, "/search?q=" + tag).statusCode()).as("and says search is unavailable").isEqualTo(503);
            assertThat(get(c, "/actuator/health/readiness").statusCode()).as("ready: search is not what pages need").isEqualTo(200);
            assertThat(get(c, "/actuator/health").statusCode()).as("the application's health shows the index down").isEqualTo(503);

            node.start();

            long start = System.nanoTime();
            foundOnB(tag, during);
            System.out.printf("drill 6: found on B %d ms after the node answered again%n", Duration.ofNanos(System.nanoTime() - start).toMillis());
            await("the outbox emptied").atMost(INDEXED_WITHIN).until(() -> outboxBacklog() == 0);
            assertThat(b.getBean(MeterRegistry.class).get("citybridge.search.outbox.backlog").gauge()).isNotNull();
            await("found on the instance started while the node was down").atMost(INDEXED_WITHIN).pollInterval(Duration.ofMillis(100))
                    .ignoreException(ArticleSearch.Unavailable.class).until(() -> search(c, tag).ids().contains(during));
            assertThat(get(c, "/actuator/health").statusCode()).isEqualTo(200);
        } finally {
            node.start();
            if (c != null) {
                c.close();
            }
        }
    }

    private Results foundOnB(String text, long id) {
        await("article " + id + " found on B for " + text).atMost(INDEXED_WITHIN).pollInterval(Duration.ofMillis(100))
                .ignoreException(ArticleSearch.Unavailable.class)
                .until(() -> search(b, text).ids().contains(id));
        return search(b, text);
    }

    private static Results search(ConfigurableApplicationContext instance, String text) {
        return new Results(instance.getBean(ArticleSearch.class).search(Query.of(text)).hits());
    }

    private long outboxBacklog() {
        return a.getBean(JdbcClient.class).sql("SELECT count(*) FROM hsearch_outbox_event").query(Long.class).single();
    }

    private HttpResponse<String> get(ConfigurableApplicationContext instance, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(SharedDatabase.uri(instance, path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A word of Latin letters no other test uses: the searches of one test find only its own articles. */
    private static String tag() {
        return "os" + Long.toString(System.nanoTime(), 36);
    }

    private record Results(List<ArticleSearch.Hit> hits) {

        List<Long> ids() {
            return hits.stream().map(ArticleSearch.Hit::id).toList();
        }

        ArticleSearch.Hit hit(long id) {
            return hits.stream().filter(h -> h.id() == id).findFirst().orElseThrow();
        }
    }

    private static ConfigurableApplicationContext start(String name) {
        return database.start(name, "--citybridge.search.url=" + node.url(), "--citybridge.admin-password=Search-across-2026",
                "--citybridge.search.outbox-recheck=1s");
    }
}
