package org.citybridge.portal.hits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.citybridge.CityBridgeApplication;
import org.citybridge.portal.PortalTesting;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application instances on one database, each writing its views with its own scheduled flush, count exactly, and a
 * graceful shutdown writes what was still in memory: instance A starts the embedded PostgreSQL with its data in a
 * fixed folder, instance B uses A's database as an external one, and after both have shut down a new instance on A's
 * folder finds every view. (Views certainly still in memory at a SIGTERM, and a SIGKILL: {@link ArticleHitsCrashTests}.)
 */
class ArticleHitsAcrossInstancesTests {

    private static final Duration FLUSH_INTERVAL = Duration.ofMillis(200);

    @Test
    void twoInstancesCountExactlyAndAGracefulShutdownLosesNothing() throws Exception {
        Path dataDir = Path.of("target", "test-data", "hits-" + System.nanoTime());
        long article;
        int perInstance = 20_000;
        try (ConfigurableApplicationContext a = start("--citybridge.data-dir=" + dataDir,
                "--citybridge.embedded-database.throwaway=false")) {
            int port = a.getBean(EmbeddedPostgres.class).getPort();
            try (ConfigurableApplicationContext b = start("--citybridge.data-dir=" + dataDir.resolveSibling(dataDir.getFileName() + "-b"),
                    "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=" + Files.readString(dataDir.resolve("postgres-password")).strip())) {
                article = PortalTesting.publish(a, "两个实例", "<p>深圳市和成都市</p>");
                BufferedArticleHits onA = a.getBean(BufferedArticleHits.class);
                BufferedArticleHits onB = b.getBean(BufferedArticleHits.class);

                CompletableFuture<Void> viewsOnA = CompletableFuture.runAsync(() -> views(onA, article, perInstance));
                CompletableFuture<Void> viewsOnB = CompletableFuture.runAsync(() -> views(onB, article, perInstance));
                CompletableFuture.allOf(viewsOnA, viewsOnB).get(60, TimeUnit.SECONDS);
                await("both instances' scheduled flushes wrote every view").atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(20)).until(() -> stored(a, article) == 2L * perInstance);
                await("and no view twice in the flushes after").during(FLUSH_INTERVAL.multipliedBy(5))
                        .atMost(Duration.ofSeconds(30)).until(() -> stored(a, article) == 2L * perInstance);
                assertThat(onA.pending() + onB.pending()).isZero();

                // views counted on both, then both shut down gracefully at once
                views(onA, article, 123);
                views(onB, article, 456);
            }
            assertThat(stored(a, article)).as("B wrote its views on shutdown (A's may be written by its scheduled flush meanwhile)")
                    .isIn(2L * perInstance + 456, 2L * perInstance + 456 + 123);
        }
        try (ConfigurableApplicationContext restarted = start("--citybridge.data-dir=" + dataDir,
                "--citybridge.embedded-database.throwaway=false")) {
            assertThat(stored(restarted, article)).as("A wrote its views on shutdown").isEqualTo(2L * perInstance + 456 + 123);
        }
    }

    private static void views(BufferedArticleHits hits, long article, int count) {
        for (int i = 1; i <= count; i++) {
            hits.record(article);
        }
    }

    private static long stored(ConfigurableApplicationContext context, long article) {
        return context.getBean(JdbcClient.class).sql("SELECT hits FROM article_hits WHERE article_id = :id")
                .param("id", article).query(Long.class).optional().orElse(0L);
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 3];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--server.port=0";
        all[args.length + 1] = "--citybridge.portal.hits-flush-interval=" + FLUSH_INTERVAL.toMillis() + "ms";
        all[args.length + 2] = "--spring.main.banner-mode=off";
        return new SpringApplicationBuilder(CityBridgeApplication.class).run(all);
    }
}
