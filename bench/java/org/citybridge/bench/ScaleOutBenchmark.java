package org.citybridge.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.citybridge.CityBridgeApplication;
import org.citybridge.portal.ArticleSearch;
import org.citybridge.portal.PortalTesting;
import org.citybridge.support.OpenSearchNode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances behind nginx against one, in the same run: instance A starts the embedded PostgreSQL, instance B uses
 * it as an external database (as two servers share one database), {@code articles} articles are written and indexed;
 * then {@code wrk} through nginx (the documented proxy settings) with A alone as the upstream, and with A and B, for
 * the article page, the home page and the search page (ten queries in turn). With {@code -Dsearch=opensearch} both
 * instances share one OpenSearch node that the benchmark starts (as the tests do, {@code OpenSearchNode}), and it
 * also measures search freshness: an article published through A, asked for on B's search page every 20 ms until
 * found, twenty times; with the default Lucene backend each instance indexes on its own disk and freshness across
 * instances is not measured.
 *
 * <pre>./mvnw -q -Pbench test-compile exec:java -Dbench=ScaleOutBenchmark [-Dsearch=opensearch] [-Darticles=10000] [-Dseconds=10] [-Dconnections=64]</pre>
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
        boolean sharedSearch = "opensearch".equals(System.getProperty("search"));
        try (OpenSearchNode node = sharedSearch ? startOpenSearch() : null;
             ConfigurableApplicationContext a = new SpringApplicationBuilder(CityBridgeApplication.class)
                     .run(withSearch(BenchSupport.publicSiteArgs(out.resolve("a"), true), node))) {
            String database = "jdbc:postgresql://127.0.0.1:" + a.getBean(EmbeddedPostgres.class).getPort() + "/postgres";
            String password = Files.readString(out.resolve("a").resolve("postgres-password")).strip();
            String[] onSharedDatabase = Stream.concat(Arrays.stream(withSearch(BenchSupport.publicSiteArgs(out.resolve("b"), true), node)),
                    Stream.of("--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
                            "--spring.datasource.password=" + password)).toArray(String[]::new);
            try (ConfigurableApplicationContext b = new SpringApplicationBuilder(CityBridgeApplication.class).run(onSharedDatabase)) {
                PortalArticleGenerator.generate(a.getBean(JdbcTemplate.class), articles);
                long article = PortalTesting.publish(a, "深圳市城市更新工作会议召开", "<p>" + "深圳市召开城市更新工作会议，各区联络员参加。".repeat(40) + "</p>");
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
                            + "(run with -Dsearch=opensearch for a shared backend)");
                }
            }
        }
    }

    /**
     * The node runs in a JVM of its own on this class path; under {@code exec:java} the project's class path is that of
     * the class loader the benchmark was loaded by, not {@code java.class.path}.
     */
    private static OpenSearchNode startOpenSearch() {
        if (ScaleOutBenchmark.class.getClassLoader() instanceof URLClassLoader loader) {
            System.setProperty("surefire.test.class.path", Arrays.stream(loader.getURLs()).map(url -> {
                try {
                    return Path.of(url.toURI()).toString();
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.joining(File.pathSeparator)));
        }
        return OpenSearchNode.start("scale-out");
    }

    private static String[] withSearch(String[] args, OpenSearchNode node) {
        return node == null ? args
                : Stream.concat(Arrays.stream(args), Stream.of("--citybridge.search.url=" + node.url())).toArray(String[]::new);
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
