package org.citybridge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

    record Wrk(long requests, double seconds, double requestsPerSecond, String p50, String p99, long errors, String raw) {
    }

    public static void main(String[] args) throws Exception {
        String pathPattern = System.getProperty("path", "/article/%d.html");
        int seconds = Integer.getInteger("seconds", 15);
        int connections = Integer.getInteger("connections", 64);
        Path out = Path.of("bench", "out");
        Files.createDirectories(out);
        List<String> appArgs = new ArrayList<>(List.of("--server.port=0", "--citybridge.data-dir=" + out.resolve("page-" + System.nanoTime()),
                        "--citybridge.embedded-database.throwaway=true", "--citybridge.admin-password=Bench-password-2026",
                        // the defaults, not those of the test resources on this class path
                        "--citybridge.portal.page-cache-ttl=1s", "--spring.datasource.hikari.maximum-pool-size=10",
                        "--logging.level.root=WARN", "--logging.level.org.citybridge=WARN",
                        "--spring.main.banner-mode=off"));
        appArgs.addAll(List.of(System.getProperty("appArgs", "").split(" ")).stream().filter(a -> !a.isBlank()).toList());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CityBridgeApplication.class).run(appArgs.toArray(String[]::new))) {
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            boolean articlePage = pathPattern.contains("%d");
            long article = PortalTesting.publish(app, "深圳市城市更新工作会议召开", "<p>" + "深圳市召开城市更新工作会议，各区联络员参加。".repeat(40) + "</p>");
            String path = articlePage ? pathPattern.formatted(article) : pathPattern;

            byte[] html = BenchSupport.fetch(base + path, Map.of("User-Agent", BROWSER));
            Path root = Files.createTempDirectory("bench-page");
            Files.write(root.resolve("page.html"), html);
            System.out.printf("page %s: %,d bytes; wrk -t2 -c%d -d%ds --latency%n", path, html.length, connections, seconds);

            ArticleHits hits = app.getBean(ArticleHits.class);
            BufferedArticleHits buffered = app.getBean(BufferedArticleHits.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            wrk(base + path, connections, 5); // warm-up
            Thread.sleep(2_000); // the requests wrk left in flight are answered (and counted) before the count is taken
            buffered.flush();
            long before = hits.hits(article);

            Wrk page = wrk(base + path, connections, seconds);
            Thread.sleep(2_000);
            buffered.flush();
            Long stored = jdbc.queryForObject("SELECT coalesce((SELECT hits FROM article_hits WHERE article_id = ?), 0)", Long.class, article);

            Wrk statics;
            try (Nginx nginx = new Nginx(root)) {
                wrk("http://127.0.0.1:" + nginx.port + "/page.html", connections, 3);
                statics = wrk("http://127.0.0.1:" + nginx.port + "/page.html", connections, seconds);
            }

            System.out.println();
            System.out.println("| figure | CityBridge page | nginx, same bytes | ratio |");
            System.out.println("|---|---|---|---|");
            System.out.printf("| throughput | %,.0f requests/s | %,.0f requests/s | %.0f%% of nginx (target: at least 30%%) |%n",
                    page.requestsPerSecond(), statics.requestsPerSecond(), 100 * page.requestsPerSecond() / statics.requestsPerSecond());
            System.out.printf("| latency p50 / p99 | %s / %s | %s / %s | (target: p99 under 50 ms) |%n", page.p50(), page.p99(),
                    statics.p50(), statics.p99());
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

    static Wrk wrk(String url, int connections, int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
                "-H", "User-Agent: " + BROWSER, url));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 30L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        Matcher total = Pattern.compile("(\\d+) requests in ([\\d.]+)(m?s)").matcher(output);
        Matcher rate = Pattern.compile("Requests/sec:\\s+([\\d.]+)").matcher(output);
        Matcher p50 = Pattern.compile("\\s50%\\s+(\\S+)").matcher(output);
        Matcher p99 = Pattern.compile("\\s99%\\s+(\\S+)").matcher(output);
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(output);
        Matcher socketErrors = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(output);
        if (!total.find() || !rate.find() || !p50.find() || !p99.find()) {
            throw new IllegalStateException("cannot read wrk's output: " + output);
        }
        long errors = non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0;
        if (socketErrors.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socketErrors.group(g));
            }
        }
        double secs = Double.parseDouble(total.group(2)) / ("ms".equals(total.group(3)) ? 1000 : 1);
        return new Wrk(Long.parseLong(total.group(1)), secs, Double.parseDouble(rate.group(1)), p50.group(1), p99.group(1),
                errors, output);
    }
}
