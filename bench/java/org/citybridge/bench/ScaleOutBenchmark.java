package org.citybridge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.citybridge.CityBridgeApplication;
import org.citybridge.portal.ArticleSearch;
import org.citybridge.portal.PortalTesting;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances behind nginx against one, in the same run: instance A starts the embedded PostgreSQL, instance B uses
 * it as an external database (as two servers share one database), {@code articles} articles are written and indexed;
 * then {@code wrk} through nginx (the documented proxy settings) with A alone as the upstream, and with A and B, for
 * the article page, the home page and the search page (ten queries in turn). With a shared search backend
 * ({@code -DappArgs=--citybridge.search.url=…}), it also measures search freshness: an article published through A,
 * asked for on B's search page every 20 ms until found, twenty times.
 *
 * <pre>./mvnw -q -Pbench test-compile exec:java -Dbench=ScaleOutBenchmark [-Darticles=10000] [-Dseconds=10] [-Dconnections=64]</pre>
 *
 * Needs {@code wrk} and {@code nginx}. On one machine both instances share its cores, so the ratio says what a second
 * instance costs or gains there; on two machines each would have its own.
 */
public final class ScaleOutBenchmark {

    public static void main(String[] args) throws Exception {
        int articles = Integer.getInteger("articles", 10_000);
        int seconds = Integer.getInteger("seconds", 10);
        int connections = Integer.getInteger("connections", 64);
        Path out = Path.of("bench", "out", "scale-" + System.nanoTime());
        Files.createDirectories(out);
        try (ConfigurableApplicationContext a = new SpringApplicationBuilder(CityBridgeApplication.class)
                .run(BenchSupport.publicSiteArgs(out.resolve("a"), true))) {
            String database = "jdbc:postgresql://127.0.0.1:" + a.getBean(EmbeddedPostgres.class).getPort() + "/postgres";
            String password = Files.readString(out.resolve("a").resolve("postgres-password")).strip();
            String[] onSharedDatabase = Stream.concat(Arrays.stream(BenchSupport.publicSiteArgs(out.resolve("b"), true)),
                    Stream.of("--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
                            "--spring.datasource.password=" + password)).toArray(String[]::new);
            try (ConfigurableApplicationContext b = new SpringApplicationBuilder(CityBridgeApplication.class).run(onSharedDatabase)) {
                PortalArticleGenerator.generate(a.getBean(JdbcTemplate.class), articles);
                long article = PortalTesting.publish(a, "深圳市城市更新工作会议召开", "<p>" + "深圳市召开城市更新工作会议，各区联络员参加。".repeat(40) + "</p>");
                boolean sharedSearch = !a.getEnvironment().getProperty("citybridge.search.url", "").isBlank();
                a.getBean(ArticleSearch.class).rebuildIndex();
                if (!sharedSearch) {
                    b.getBean(ArticleSearch.class).rebuildIndex();
                }
                System.out.printf("%,d articles on one database, indexed %s%n", articles + 1,
                        sharedSearch ? "once in the shared search backend" : "by each instance (Lucene on its own disk)");

                List<Integer> ports = List.of(port(a), port(b));
                Map<String, List<String>> figures = Map.of(
                        "article page", List.of("/article/" + article + ".html"),
                        "home page", List.of("/"),
                        "search page, 10 queries in turn", Arrays.stream(SearchBenchmark.QUERIES)
                                .map(q -> "/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)).toList());
                System.out.printf("wrk -t2 -c%d -d%ds --latency through nginx, each after a 5 s warm-up%n", connections, seconds);
                List<String[]> rows = new ArrayList<>();
                for (String figure : List.of("article page", "home page", "search page, 10 queries in turn")) {
                    Wrk one = through(List.of(ports.get(0)), figures.get(figure), connections, seconds);
                    Wrk two = through(ports, figures.get(figure), connections, seconds);
                    rows.add(new String[] {figure, describe(one), describe(two), "%.2f".formatted(two.requestsPerSecond() / one.requestsPerSecond())});
                }
                System.out.println();
                System.out.println("| page | one instance behind nginx | two instances behind nginx | two / one |");
                System.out.println("|---|---|---|---|");
                rows.forEach(row -> System.out.println("| " + String.join(" | ", row) + " |"));
                System.out.println();
                if (sharedSearch) {
                    SearchFreshness.measure(a, b, 20);
                } else {
                    System.out.println("search freshness: not measured, each instance keeps its own Lucene index "
                            + "(run with -DappArgs=--citybridge.search.url=… for a shared backend)");
                }
            }
        }
    }

    private static Wrk through(List<Integer> instances, List<String> paths, int connections, int seconds) throws Exception {
        try (Nginx nginx = Nginx.proxy(instances)) {
            String base = "http://127.0.0.1:" + nginx.port;
            Wrk.run(base, paths, connections, 5);
            return Wrk.run(base, paths, connections, seconds);
        }
    }

    private static String describe(Wrk run) {
        return "%,.0f requests/s, p99 %s%s".formatted(run.requestsPerSecond(), run.p99(),
                run.errors() == 0 ? "" : " (" + run.errors() + " errors)");
    }

    static int port(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
    }
}
