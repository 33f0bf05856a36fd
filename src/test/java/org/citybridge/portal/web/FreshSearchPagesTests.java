package org.citybridge.portal.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.micrometer.core.instrument.MeterRegistry;
import org.citybridge.portal.PortalTesting;
import org.citybridge.portal.domain.ColumnAdministration;
import org.citybridge.portal.domain.ColumnAdministration.ColumnChange;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plain search by an anonymous reader is rendered past the security and MVC machinery ({@link FreshSearchPages}):
 * byte for byte the page the usual way renders for the same reader (asked here with a session cookie, which always
 * goes the usual way), with the headers of every page for everyone; anything else goes the usual way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FreshSearchPagesTests {

    private static final String WORD = "缂丝技艺";
    private static final Actor EDITOR = new Actor("editor", Role.ADMIN, null, null, null);
    /** Headers that differ from one response to the next whatever renders it. */
    private static final Set<String> PER_RESPONSE = Set.of("date", "etag", "last-modified", "content-length", "set-cookie");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ColumnAdministration columns;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPlainSearchIsThePageTheUsualWayRendersWithTheHeadersOfEveryPageForEveryone() throws Exception {
        long news = PortalTesting.column(context, "news");
        for (int i = 1; i <= 12; i++) {
            PortalTesting.publish(context, WORD + "传承第" + i + "期", "<p>苏州" + WORD + "展示，第 " + i + " 期。</p>");
        }
        String q = "q=" + encode(WORD);
        List<String> searches = List.of("/search?" + q, "/search?" + q + "&page=2",
                "/search?" + q + "&column=" + news + "&from=2000-01-01&to=2100-12-31", "/search?" + q + "&column=&from=&to=",
                "/search", "/search?q=", "/search?q=" + encode("<script>alert(1)</script>" + WORD),
                "/search?" + q + "&from=2030-01-01&to=2020-01-01");
        for (String options : List.of("", "citybridge-lang=en", "portal-size=large; portal-contrast=high")) {
            HttpResponse<String> home = get("/", options);
            for (String search : searches) {
                String usual = get(search, cookies(options, "SESSION=not-a-session")).body();
                double before = freshPages();
                HttpResponse<String> fresh = get(search, options);
                assertThat(freshPages()).as("rendered past the machinery: " + search + " " + options).isEqualTo(before + 1);
                assertThat(fresh.statusCode()).isEqualTo(200);
                assertThat(fresh.body()).as(search + " " + options).isEqualTo(usual);
                assertThat(lasting(fresh)).as("headers of " + search).isEqualTo(lasting(home));
            }
        }
        assertThat(get("/search?" + q + "&page=2", "").body()).contains("<em>" + WORD + "</em>传承第").contains("第 2 页，共 2 页（12 条）");
        assertThat(get("/search?q=" + encode("<script>alert(1)</script>" + WORD), "").body()).doesNotContain("<script>alert");
    }

    @Test
    void aNewColumnShowsInTheLayoutOfTheNextSearchAtOnce() throws Exception {
        PortalTesting.publish(context, "缂丝纹样图录", "<p>缂丝纹样。</p>");
        String search = "/search?q=" + encode("缂丝纹样");
        assertThat(get(search, "").body()).contains("图录").doesNotContain("缂丝新栏目");
        Fixtures.as(EDITOR, () -> columns.create(new ColumnChange(null, "kesi-new", "缂丝新栏目", null, true)));
        assertThat(get(search + "&page=1", "").body()).contains("href=\"/column/kesi-new\">缂丝新栏目</a>");
    }

    @Test
    void anythingButAPlainSearchGoesTheUsualWay() throws Exception {
        PortalTesting.publish(context, "缂丝非遗课程", "<p>缂丝课程。</p>");
        String q = "q=" + encode("缂丝非遗");
        Map<String, Integer> answers = Map.of(
                "/search?" + q + "&page=99", 404,
                "/search?" + q + "&jump=5", 302,
                "/search?" + q + "&column=abc", 400,
                "/search?" + q + "&from=2024-13-01", 400,
                "/search?" + q + "&page=0", 404,
                "/search?" + q + "&size=large", 200,
                "/search?" + q + "&q=" + encode("课程"), 200);
        for (Map.Entry<String, Integer> answer : answers.entrySet()) {
            double before = freshPages();
            assertThat(get(answer.getKey(), "").statusCode()).as(answer.getKey()).isEqualTo(answer.getValue());
            assertThat(freshPages()).as("the usual way: " + answer.getKey()).isEqualTo(before);
        }
    }

    private double freshPages() {
        return meters.get("citybridge.portal.search.pages.fresh").timer().count();
    }

    private static Map<String, List<String>> lasting(HttpResponse<String> response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!PER_RESPONSE.contains(name.toLowerCase())) {
                headers.put(name.toLowerCase(), values);
            }
        });
        return headers;
    }

    private static String cookies(String options, String session) {
        return options.isEmpty() ? session : options + "; " + session;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path, String cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
