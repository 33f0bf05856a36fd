package org.citybridge.portal.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.apache.catalina.Valve;
import org.citybridge.portal.PortalTesting;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.portal.domain.ColumnAdministration;
import org.citybridge.portal.domain.ColumnAdministration.ColumnChange;
import org.citybridge.portal.hits.BufferedArticleHits;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page, column pages and search results served to anonymous readers from the page rendered moments ago, over
 * real HTTP with the page cache on for an hour, so that only publishing, withdrawing and column changes can make a
 * change show: each must show at once. Revalidation by ETag and Last-Modified, no session for readers, and article
 * views still counted exactly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "citybridge.portal.page-cache-ttl=1h")
class ListingPageFilterTests {

    private static final String READER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
    private static final Actor EDITOR = new Actor("editor", Role.ADMIN, null, null, null);

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ArticleEditing editing;
    @Autowired
    ColumnAdministration columns;
    @Autowired
    BufferedArticleHits hits;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient anonymous = HttpClient.newHttpClient();

    @Test
    void aPublishOrAWithdrawalShowsAtOnceOnTheHomeColumnAndSearchPages() throws Exception {
        long column = Fixtures.as(EDITOR, () -> columns.create(new ColumnChange(null, "listing-cache", "缓存栏目", null, true)));
        String search = "/search?q=" + URLEncoder.encode("琉璃瓦修缮", StandardCharsets.UTF_8);
        for (String page : new String[] {"/", "/column/listing-cache", search}) {
            assertThat(get(page, Map.of()).body()).as(page).doesNotContain("琉璃瓦修缮工程");
        }

        long id = PortalTesting.publish(context, PortalTesting.draft(column, "琉璃瓦修缮工程通过验收", "<p>古城墙琉璃瓦修缮。</p>", null, null));
        String link = "/article/" + id + ".html";
        for (String page : new String[] {"/", "/column/listing-cache", search}) {
            assertThat(get(page, Map.of()).body()).as("published: " + page).contains(link);
        }

        renameBehindTheCachesBack(id, "改过的琉璃瓦修缮工程标题");
        for (String page : new String[] {"/", "/column/listing-cache", search}) {
            assertThat(get(page, Map.of()).body()).as("served from the rendered page: " + page).contains(link).doesNotContain("改过的琉璃瓦");
        }

        Fixtures.as(EDITOR, () -> {
            editing.withdraw(id, "测试撤回");
            return null;
        });
        for (String page : new String[] {"/", "/column/listing-cache", search}) {
            assertThat(get(page, Map.of()).body()).as("withdrawn: " + page).doesNotContain(link);
        }
    }

    @Test
    void aColumnChangeShowsAtOnce() throws Exception {
        long column = Fixtures.as(EDITOR, () -> columns.create(new ColumnChange(null, "listing-rename", "改名前栏目", null, true)));
        assertThat(get("/", Map.of()).body()).contains("改名前栏目");
        assertThat(get("/column/listing-rename", Map.of()).body()).contains("改名前栏目");

        Fixtures.as(EDITOR, () -> {
            columns.update(column, new ColumnChange(null, "listing-rename", "改名后栏目", "新的说明", true));
            return null;
        });
        assertThat(get("/", Map.of()).body()).contains("改名后栏目").doesNotContain("改名前栏目");
        assertThat(get("/column/listing-rename", Map.of()).body()).contains("改名后栏目", "新的说明");

        Fixtures.as(EDITOR, () -> {
            columns.update(column, new ColumnChange(null, "listing-rename", "改名后栏目", null, false));
            return null;
        });
        assertThat(get("/", Map.of()).body()).as("hidden").doesNotContain("改名后栏目");
        assertThat(get("/column/listing-rename", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void aReaderWhoHasThePageGetsNotModified() throws Exception {
        HttpResponse<String> first = get("/", Map.of());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(first.headers().allValues("Pragma")).isEmpty();
        assertThat(first.headers().firstValue("Content-Security-Policy")).isPresent();

        HttpResponse<String> byTag = get("/", Map.of("If-None-Match", etag));
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byTag.headers().firstValue("ETag")).contains(etag);
        assertThat(get("/", Map.of("If-None-Match", "\"other\", " + etag.substring(2))).statusCode())
                .as("one of several, compared weakly").isEqualTo(304);
        assertThat(get("/", Map.of("If-None-Match", "W/\"other\"")).statusCode()).isEqualTo(200);
        assertThat(get("/", Map.of("If-Modified-Since", lastModified)).statusCode()).isEqualTo(304);
        assertThat(get("/", Map.of("If-None-Match", etag, "Cookie", "portal-size=large")).statusCode())
                .as("another option, another page").isEqualTo(200);

        PortalTesting.publish(context, "发布后首页变化", "<p>首页的内容变了。</p>");
        HttpResponse<String> changed = get("/", Map.of("If-None-Match", etag));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("发布后首页变化");
        assertThat(changed.headers().firstValue("ETag")).isPresent().isNotEqualTo(etag);
    }

    @Test
    void anonymousReadersGetNoSessionAndNoCookie() throws Exception {
        long sessions = sessions();
        String column = "/column/" + columnSlugOf(PortalTesting.column(context, "news"));
        for (String page : new String[] {"/", column, column + "?page=1", "/search?q=%E8%81%94%E7%BB%9C"}) {
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> response = get(page, Map.of());
                assertThat(response.statusCode()).as(page).isEqualTo(200);
                assertThat(response.headers().allValues("Set-Cookie")).as(page).isEmpty();
            }
        }
        assertThat(sessions()).as("no session stored").isEqualTo(sessions);

        HttpResponse<String> chosen = get("/?size=large", Map.of());
        assertThat(chosen.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("portal-size=large"));
        assertThat(get("/", Map.of()).body()).as("a page that set a cookie is not kept for others").contains("class=\"font-medium\"");
    }

    @Test
    void aKeptPageIsServedByTheEngineValveWithTheHeadersOfTheRenderingAndGzipForBrowsersThatTakeIt() throws Exception {
        List<Valve> valves = List.of(((TomcatWebServer) ((ServletWebServerApplicationContext) context).getWebServer())
                .getTomcat().getEngine().getPipeline().getValves());
        assertThat(valves).map(valve -> valve.getClass().getSimpleName())
                .as("after the valve that reads the proxy's headers").containsSubsequence("RemoteIpValve", "KeptListingPageValve");

        PortalTesting.publish(context, "压缩传输的首页", "<p>浏览器接受 gzip 时，首页压缩传输。</p>");
        HttpResponse<byte[]> rendered = getBytes("/", Map.of());
        HttpResponse<byte[]> kept = getBytes("/", Map.of());
        HttpResponse<byte[]> compressed = getBytes("/", Map.of("Accept-Encoding", "br, gzip;q=0.8"));
        HttpResponse<byte[]> refused = getBytes("/", Map.of("Accept-Encoding", "gzip;q=0, identity"));

        assertThat(headersBut(kept, "Date", "Vary")).isEqualTo(headersBut(rendered, "Date", "Vary"));
        assertThat(rendered.headers().firstValue("Vary").orElseThrow().replace(" ", "")).isEqualToIgnoringCase("Cookie,Accept-Encoding");
        assertThat(kept.body()).isEqualTo(rendered.body());
        assertThat(kept.headers().firstValue("Content-Type")).contains("text/html;charset=UTF-8");
        assertThat(kept.headers().firstValue("Content-Language")).contains("zh-CN");
        assertThat(kept.headers().firstValue("Vary")).contains("Cookie, Accept-Encoding");
        assertThat(kept.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(kept.headers().allValues("Date")).hasSize(1);

        assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(compressed.headers().firstValueAsLong("Content-Length")).hasValue(compressed.body().length);
        assertThat(compressed.body().length).isLessThan(rendered.body().length / 2);
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
            assertThat(unzipped.readAllBytes()).isEqualTo(rendered.body());
        }
        assertThat(headersBut(compressed, "Date", "Content-Encoding", "Content-Length"))
                .isEqualTo(headersBut(kept, "Date", "Content-Length"));
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(refused.body()).isEqualTo(rendered.body());
    }

    @Test
    void articleViewsAreStillCountedOnceEachWhileTheListsAreServedFromMemory() throws Exception {
        long id = PortalTesting.publish(context, "点击数仍然精确", "<p>每次阅读计一次。</p>");
        for (int i = 0; i < 5; i++) {
            get("/", Map.of());
            get("/article/" + id + ".html", Map.of());
        }
        hits.flush();
        assertThat(jdbc.sql("SELECT hits FROM article_hits WHERE article_id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(5);
    }

    private String columnSlugOf(long id) {
        return jdbc.sql("SELECT slug FROM portal_column WHERE id = :id").param("id", id).query(String.class).single();
    }

    private long sessions() {
        return jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single();
    }

    private void renameBehindTheCachesBack(long id, String title) {
        jdbc.sql("UPDATE article SET title = :title WHERE id = :id").param("title", title).param("id", id).update();
    }

    private static Map<String, List<String>> headersBut(HttpResponse<?> response, String... left) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.keySet().removeIf(name -> Arrays.stream(left).anyMatch(name::equalsIgnoreCase));
        return headers;
    }

    private HttpResponse<byte[]> getBytes(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("User-Agent", READER);
        headers.forEach(request::header);
        return anonymous.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("User-Agent", READER);
        headers.forEach(request::header);
        return anonymous.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
