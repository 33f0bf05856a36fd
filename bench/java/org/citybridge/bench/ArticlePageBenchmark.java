package org.citybridge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.citybridge.CityBridgeApplication;
import org.citybridge.portal.ArticleHits;
import org.citybridge.portal.PortalTesting;
import org.citybridge.portal.hits.BufferedArticleHits;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public article page under load: {@code wrk} with 64 connections for 15 s against the page, and against the very
 * same HTML as a static file served by nginx in the same run; then the hit counter is flushed and compared with the
 * number of responses wrk counted (each view must count once).
 *
 * <pre>./mvnw -q -Pbench test-compile exec:java -Dbench=ArticlePageBenchmark [-Dpath=/article/%d.html] [-Dseconds=15] [-DappArgs="--a=b --c=d"]</pre>
 *
 * {@code path} is the page to load, {@code %d} standing for the id of an article the benchmark publishes first; a path
 * without {@code %d} (e.g. {@code -Dpath=/}) measures that page and skips the hit check.
 */
public final class ArticlePageBenchmark {

    public static void main(String[] args) throws Exception {
        String pathPattern = System.getProperty("path", "/article/%d.html");
        int seconds = Integer.getInteger("seconds", 15);
        int connections = Integer.getInteger("connections", 64);
        Path out = Path.of("bench", "out");
        Files.createDirectories(out);
        String[] appArgs = BenchSupport.publicSiteArgs(out.resolve("page-" + System.nanoTime()), true);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CityBridgeApplication.class).run(appArgs)) {
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            boolean articlePage = pathPattern.contains("%d");
            long article = PortalTesting.publish(app, "深圳市城市更新工作会议召开", "<p>" + "深圳市召开城市更新工作会议，各区联络员参加。".repeat(40) + "</p>");
            String path = articlePage ? pathPattern.formatted(article) : pathPattern;

            byte[] html = BenchSupport.fetch(base + path, Map.of("User-Agent", Wrk.BROWSER));
            Path root = Files.createTempDirectory("bench-page");
            Files.write(root.resolve("page.html"), html);
            System.out.printf("page %s: %,d bytes; wrk -t2 -c%d -d%ds --latency%n", path, html.length, connections, seconds);

            ArticleHits hits = app.getBean(ArticleHits.class);
            BufferedArticleHits buffered = app.getBean(BufferedArticleHits.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Wrk.run(base + path, connections, 5); // warm-up
            Thread.sleep(2_000); // the requests wrk left in flight are answered (and counted) before the count is taken
            buffered.flush();
            long before = hits.hits(article);

            Wrk page = Wrk.run(base + path, List.of(), connections, seconds, ProcessHandle.current());
            Thread.sleep(2_000);
            buffered.flush();
            Long stored = jdbc.queryForObject("SELECT coalesce((SELECT hits FROM article_hits WHERE article_id = ?), 0)", Long.class, article);

            Wrk statics;
            try (Nginx nginx = new Nginx(root)) {
                Wrk.run("http://127.0.0.1:" + nginx.port + "/page.html", connections, 3);
                statics = Wrk.run("http://127.0.0.1:" + nginx.port + "/page.html", List.of(), connections, seconds, nginx.process());
            }

            System.out.println();
            System.out.println("| figure | CityBridge page | nginx, same bytes | ratio |");
            System.out.println("|---|---|---|---|");
            System.out.printf("| throughput | %,.0f requests/s | %,.0f requests/s | %.0f%% of nginx (target: at least 30%%) |%n",
                    page.requestsPerSecond(), statics.requestsPerSecond(), 100 * page.requestsPerSecond() / statics.requestsPerSecond());
            System.out.printf("| latency p50 / p99 | %s / %s | %s / %s | (target: p99 under 50 ms) |%n", page.p50(), page.p99(),
                    statics.p50(), statics.p99());
            System.out.printf("| server CPU per response | %.0f µs | %.1f µs | %.1fx nginx |%n", page.cpuMicrosPerResponse(),
                    statics.cpuMicrosPerResponse(), page.cpuMicrosPerResponse() / statics.cpuMicrosPerResponse());
            System.out.printf("| responses counted by wrk | %,d (%d errors or non-2xx) | %,d | |%n", page.requests(), page.errors(), statics.requests());
            if (articlePage) {
                long counted = stored - before;
                System.out.printf("%nhit counter after flush: %,d views during the run; wrk counted %,d responses; difference %d "
                                + "(requests still in flight when wrk stopped count on the server, at most %d)%n",
                        counted, page.requests(), counted - page.requests(), connections);
                System.out.println(counted >= page.requests() && counted - page.requests() <= connections
                        ? "HIT COUNT OK" : "HIT COUNT MISMATCH");
            } else {
                System.out.println("\n(not an article page: hit check skipped)");
            }
        }
    }
}
