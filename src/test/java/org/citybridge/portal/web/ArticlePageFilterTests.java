package org.citybridge.portal.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import org.citybridge.portal.PortalTesting;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.portal.hits.BufferedArticleHits;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Article pages served to anonymous readers from the page rendered moments ago, over real HTTP with the page cache on
 * (for an hour, so that only the publish and withdraw events empty it): every view counts and shows its count, the
 * headers are those of the rendering request, each reader option has its own copy, and signed-in readers, bots and
 * links with options go the whole way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "citybridge.portal.page-cache-ttl=1h")
class ArticlePageFilterTests {

    private static final String READER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
    private static final Pattern HITS = Pattern.compile("class=\"portal-hits\">(\\d+)<");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    BufferedArticleHits hits;
    @Autowired
    ArticleEditing editing;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    private final HttpClient anonymous = HttpClient.newHttpClient();

    @Test
    void anonymousReadersGetTheRenderedPageWithTheirOwnCountAndTheSameHeaders() throws Exception {
        long id = PortalTesting.publish(context, "城市更新经验交流会召开", "<p>深圳市介绍城市更新经验。</p>");
        HttpResponse<String> first = get(anonymous, "/article/" + id + ".html", READER, null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(shownHits(first)).isEqualTo(1);

        renameBehindTheCachesBack(id, "改过的标题");
        HttpResponse<String> second = get(anonymous, "/article/" + id + ".html", READER, null);
        assertThat(second.body()).as("served from the rendered page").contains("城市更新经验交流会召开").doesNotContain("改过的标题");
        assertThat(shownHits(second)).isEqualTo(2);
        assertThat(second.body().replace(">2<", ">1<")).isEqualTo(first.body());
        for (String header : new String[] {"Content-Type", "Content-Language", "Content-Security-Policy", "X-Content-Type-Options",
                "X-Frame-Options", "Cache-Control", "Referrer-Policy"}) {
            assertThat(second.headers().allValues(header)).as(header).isNotEmpty();
        }
        assertThat(withoutDateAndLength(second)).as("every header of the rendering request is repeated (ArticlePageFilter.REPEATED)")
                .isEqualTo(withoutDateAndLength(first));
        assertThat(second.headers().firstValue("Content-Length")).contains(String.valueOf(second.body().getBytes(StandardCharsets.UTF_8).length));

        get(anonymous, "/article/" + id + ".html", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", null);
        get(anonymous, "/article/" + id + ".html", "curl/8.5.0", null);
        for (int i = 0; i < 20; i++) {
            get(anonymous, "/article/" + id + ".html", READER, null);
        }
        hits.flush();
        assertThat(stored(id)).as("bots are not counted, readers are").isEqualTo(22);
        assertThat(shownHits(get(anonymous, "/article/" + id + ".html", READER, null))).isEqualTo(23);
        assertThat(get(anonymous, "/article/" + id + ".html", READER, null).body()).doesNotContainPattern("hits[0-9a-f]{32}");
        assertThat(meters.timer("citybridge.portal.article.pages.cached").count()).as("pages served from the cache are timed")
                .isGreaterThanOrEqualTo(24);
    }

    @Test
    void eachReaderOptionHasItsOwnPageAndOptionLinksGoTheWholeWay() throws Exception {
        long id = PortalTesting.publish(context, "联络员培训班开班", "<p>培训班在成都开班。</p>");
        String path = "/article/" + id + ".html";
        assertThat(get(anonymous, path, READER, null).body()).contains("class=\"font-medium\"");
        assertThat(get(anonymous, path, READER, "portal-size=large").body()).contains("class=\"font-large\"");
        assertThat(get(anonymous, path, READER, "portal-size=large; portal-contrast=high").body()).contains("class=\"font-large high-contrast\"");
        assertThat(get(anonymous, path, READER, "citybridge-lang=en").body()).contains("Sign in").doesNotContain("登录");
        assertThat(get(anonymous, path, READER, null).body()).contains("登录", "class=\"font-medium\"");

        HttpResponse<String> chosen = get(anonymous, path + "?size=small", READER, null);
        assertThat(chosen.body()).contains("class=\"font-small\"");
        assertThat(chosen.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("portal-size=small"));
        assertThat(get(anonymous, path, READER, "portal-size=huge").body()).as("an unknown option is rendered, not kept")
                .contains("class=\"font-medium\"");

        HttpResponse<String> twice = get(anonymous, path, READER, "portal-contrast=high; portal-contrast=normal");
        assertThat(twice.body()).as("rendered as the page reads the cookies").contains("high-contrast");
        assertThat(get(anonymous, path, READER, "portal-contrast=normal").body()).as("and not kept for others")
                .doesNotContain("high-contrast");
        assertThat(get(anonymous, path, READER, "citybridge-lang=en; citybridge-lang=zh-CN").body()).contains("Sign in");
        assertThat(get(anonymous, path, READER, null).body()).contains("登录");

        HttpResponse<Void> head = anonymous.send(HttpRequest.newBuilder(URI.create(base() + path)).header("User-Agent", READER)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).isEqualTo(200);

        hits.flush();
        assertThat(stored(id)).as("views by GET only").isEqualTo(11);
    }

    @Test
    void signedInReadersGetTheirOwnPage() throws Exception {
        long id = PortalTesting.publish(context, "协会秘书处工作会议", "<p>秘书处召开工作会议。</p>");
        String path = "/article/" + id + ".html";
        assertThat(get(anonymous, path, READER, null).body()).contains("登录");

        HttpClient signedIn = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = get(signedIn, "/login", READER, null).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> posted = signedIn.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + Fixtures.ADMIN_PASSWORD + "&_csrf=" + csrf.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/admin"));

        assertThat(get(signedIn, path, READER, null).body()).contains("工作平台").doesNotContain(">登录<");
        assertThat(get(anonymous, path, READER, null).body()).contains("登录");
    }

    @Test
    void aWithdrawnArticleIsGoneAtOnceAndAnUnknownOneIsNotFound() throws Exception {
        long id = PortalTesting.publish(context, "即将撤回的文章", "<p>这篇文章会被撤回。</p>");
        String path = "/article/" + id + ".html";
        assertThat(get(anonymous, path, READER, null).statusCode()).isEqualTo(200);
        assertThat(get(anonymous, path, READER, null).statusCode()).isEqualTo(200);

        Fixtures.as(new Actor("editor", Role.ADMIN, null, null, null), () -> {
            editing.withdraw(id, "测试撤回");
            return null;
        });
        HttpResponse<String> withdrawn = get(anonymous, path, READER, null);
        assertThat(withdrawn.statusCode()).isEqualTo(404);
        assertThat(withdrawn.body()).doesNotContain("即将撤回的文章");
        assertThat(get(anonymous, "/article/987654321.html", READER, null).statusCode()).isEqualTo(404);
    }

    private void renameBehindTheCachesBack(long id, String title) {
        jdbc.sql("UPDATE article SET title = :title WHERE id = :id").param("title", title).param("id", id).update();
    }

    private HttpResponse<String> get(HttpClient client, String path, String userAgent, String cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
        if (userAgent != null) {
            request.header("User-Agent", userAgent);
        }
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, List<String>> withoutDateAndLength(HttpResponse<String> response) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(response.headers().map());
        headers.remove("date");
        headers.remove("content-length");
        return headers;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static long shownHits(HttpResponse<String> page) {
        Matcher count = HITS.matcher(page.body());
        assertThat(count.find()).as("the page shows a hit count").isTrue();
        return Long.parseLong(count.group(1));
    }

    private long stored(long id) {
        return jdbc.sql("SELECT hits FROM article_hits WHERE article_id = :id").param("id", id).query(Long.class)
                .optional().orElse(0L);
    }
}
