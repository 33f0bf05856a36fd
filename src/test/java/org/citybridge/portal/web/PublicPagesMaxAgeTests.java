package org.citybridge.portal.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.citybridge.portal.PortalTesting;
import org.citybridge.support.MutableClock;
import org.citybridge.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages kept in memory for the configured second, timed by the application's clock, which this test moves
 * by hand: a change made behind the caches' back shows once the second has passed and not before, and a scheduled
 * article appears (an expiring one leaves) on the home and column pages once its time has come, with no job running.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "citybridge.portal.page-cache-ttl=1s")
@Import(TestClock.class)
// its own context and embedded PostgreSQL are closed right after this class instead of staying up for the whole run
@DirtiesContext
class PublicPagesMaxAgeTests {

    private static final String READER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient anonymous = HttpClient.newHttpClient();

    @Test
    void aChangeBehindTheCachesBackShowsOnceTheConfiguredSecondHasPassed() throws Exception {
        long id = PortalTesting.publish(context, "秒内可见的标题", "<p>正文。</p>");
        assertThat(home()).contains("秒内可见的标题");
        jdbc.sql("UPDATE article SET title = '一秒后可见的标题' WHERE id = :id").param("id", id).update();

        clock.advance(Duration.ofMillis(900));
        assertThat(home()).as("within the second").contains("秒内可见的标题");
        clock.advance(Duration.ofMillis(100));
        assertThat(home()).as("the second has passed").contains("一秒后可见的标题");
    }

    @Test
    void aScheduledArticleAppearsAndAnExpiringOneLeavesWhenTheirTimeComes() throws Exception {
        long news = PortalTesting.column(context, "news");
        String column = "/column/news";
        Instant now = clock.instant();
        PortalTesting.publish(context, PortalTesting.draft(news, "定时发布的通知", "<p>一小时后上线。</p>", now.plusSeconds(3600), null));
        PortalTesting.publish(context, PortalTesting.draft(news, "即将过期的通知", "<p>一小时后下线。</p>", null, now.plusSeconds(3600)));
        assertThat(home()).contains("即将过期的通知").doesNotContain("定时发布的通知");
        assertThat(page(column)).contains("即将过期的通知").doesNotContain("定时发布的通知");

        clock.advance(Duration.ofSeconds(3600));
        assertThat(home()).contains("定时发布的通知").doesNotContain("即将过期的通知");
        assertThat(page(column)).contains("定时发布的通知").doesNotContain("即将过期的通知");
    }

    private String home() throws Exception {
        return page("/");
    }

    private String page(String path) throws Exception {
        HttpResponse<String> response = anonymous.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("User-Agent", READER).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
