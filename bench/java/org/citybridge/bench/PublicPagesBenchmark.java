package org.citybridge.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.citybridge.CityBridgeApplication;
import org.citybridge.portal.PortalTesting;
import org.citybridge.portal.domain.ArticleEditing;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages of the public site that list articles, at 100,000 articles ({@link PortalArticleGenerator}), under {@code
 * wrk} with 32 connections: the home page, a column page (the top column with sub-columns, whose listing is the widest
 * query), its first ten pages in turn, the search page for ten queries in turn ({@link SearchBenchmark#QUERIES}), and the
 * search page for 4,352 different searches in turn (each city with each topic, result pages 1 to 8: at the rates
 * measured no page comes round again within several seconds, so each is searched and rendered afresh, as a search
 * nobody asked for a moment before). Each against nginx serving the very same bytes in the same run, each path a
 * file. Then how long a publish, a withdrawal and a scheduled publish take to show on the home page.
 *
 * <pre>./mvnw -q -Pbench test-compile exec:java -Dbench=PublicPagesBenchmark [-Darticles=100000] [-Dkeep=true] [-Dseconds=15] [-Dwarmup=5] [-Dconnections=32] [-Donly=afresh]</pre>
 *
 * {@code keep} keeps the database and the index in {@code bench/out/search-kept}, shared with {@link SearchBenchmark};
 * {@code only} measures only the figures whose name holds those words.
 */
public final class PublicPagesBenchmark {

    record Figure(String name, List<String> paths, double minShare, double maxP99Millis) {
    }

    record Result(Figure figure, long bytes, Wrk app, Wrk nginx) {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("articles", 100_000);
        boolean keep = Boolean.getBoolean("keep");
        int seconds = Integer.getInteger("seconds", 15);
        int connections = Integer.getInteger("connections", 32);
        int warmUp = Integer.getInteger("warmup", 5);
        Path data = PortalArticleGenerator.dataFolder(keep);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CityBridgeApplication.class)
                .run(BenchSupport.publicSiteArgs(data, !keep))) {
            PortalArticleGenerator.ensure(app, data, count, keep);
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            String column = "/column/" + app.getBean(JdbcTemplate.class).queryForObject("""
                    SELECT slug FROM portal_column t WHERE parent_id IS NULL
                    ORDER BY (SELECT count(*) FROM portal_column k WHERE k.parent_id = t.id) DESC, id LIMIT 1""", String.class);

            List<Figure> figures = List.of(
                    new Figure("home page", List.of("/"), 0.5, 20),
                    new Figure("column page " + column, List.of(column), 0.5, 20),
                    new Figure("its pages 1–10 in turn", pages(column, 10), 0.5, 20),
                    new Figure("search page, 10 queries in turn", search(List.of(SearchBenchmark.QUERIES)), 0, 50),
                    new Figure("search page, 4,352 searches in turn (each afresh)", freshSearches(), 0, 50))
                    .stream().filter(figure -> figure.name().contains(System.getProperty("only", ""))).toList();

            Path root = Files.createTempDirectory("bench-public-pages");
            List<List<String>> files = new ArrayList<>();
            List<Long> sizes = new ArrayList<>();
            for (int f = 0; f < figures.size(); f++) {
                List<String> named = new ArrayList<>();
                long bytes = 0;
                for (int p = 0; p < figures.get(f).paths().size(); p++) {
                    byte[] html = BenchSupport.fetch(base + figures.get(f).paths().get(p), Map.of("User-Agent", Wrk.BROWSER));
                    String file = "/f" + f + "-" + p + ".html";
                    Files.write(root.resolve(file.substring(1)), html);
                    named.add(file);
                    bytes += html.length;
                }
                files.add(named);
                sizes.add(bytes / named.size());
            }
            System.out.printf("wrk -t2 -c%d -d%ds --latency, each figure after a %d s warm-up%n", connections, seconds, warmUp);

            List<Wrk> appRuns = new ArrayList<>();
            for (Figure figure : figures) {
                Wrk.run(base, figure.paths(), connections, warmUp);
                Wrk run = Wrk.run(base, figure.paths(), connections, seconds, ProcessHandle.current());
                System.out.printf("%s: %,.0f requests/s, p99 %s, %.0f µs CPU per response%n", figure.name(), run.requestsPerSecond(),
                        run.p99(), run.cpuMicrosPerResponse());
                if (run.errors() > 0 || Boolean.getBoolean("raw")) {
                    System.out.println(run.raw());
                }
                appRuns.add(run);
            }
            List<Result> results = new ArrayList<>();
            try (Nginx nginx = new Nginx(root)) {
                String statics = "http://127.0.0.1:" + nginx.port;
                for (int f = 0; f < figures.size(); f++) {
                    Wrk.run(statics, files.get(f), connections, 3);
                    results.add(new Result(figures.get(f), sizes.get(f), appRuns.get(f), Wrk.run(statics, files.get(f), connections, seconds,
                            nginx.process())));
                }
            }

            System.out.println();
            System.out.println("| page | size | CityBridge | nginx, same bytes | share of nginx | CPU per response, CityBridge / nginx | target |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (Result r : results) {
                double share = r.app().requestsPerSecond() / r.nginx().requestsPerSecond();
                boolean met = share >= r.figure().minShare() && r.app().p99Millis() < r.figure().maxP99Millis() && r.app().errors() == 0;
                System.out.printf("| %s | %,d B | %,.0f requests/s, p50 %s, p99 %s%s | %,.0f requests/s, p99 %s | %.0f%% | %.0f / %.1f µs | %s%s: %s |%n",
                        r.figure().name(), r.bytes(), r.app().requestsPerSecond(), r.app().p50(), r.app().p99(),
                        r.app().errors() == 0 ? "" : " (" + r.app().errors() + " errors)", r.nginx().requestsPerSecond(), r.nginx().p99(),
                        100 * share, r.app().cpuMicrosPerResponse(), r.nginx().cpuMicrosPerResponse(), r.figure().minShare() > 0 ? "≥ " + Math.round(100 * r.figure().minShare()) + "%, " : "",
                        "p99 < " + Math.round(r.figure().maxP99Millis()) + " ms", met ? "met" : "MISSED");
            }

            System.out.println();
            freshness(app, base);
        }
    }

    /**
     * How long the home page takes to show a publish, a withdrawal (each from the moment the call returned, that is
     * committed) and a scheduled publish (from its time): the configured second. Titles are new in every run, since a
     * kept database holds the earlier runs' articles.
     */
    private static void freshness(ConfigurableApplicationContext app, String base) throws Exception {
        String run = " " + Instant.now().getEpochSecond();
        String title = "基准测试发布的文章" + run;
        long calling = System.currentTimeMillis();
        long id = PortalTesting.publish(app, title, "<p>基准测试。</p>");
        long published = System.currentTimeMillis();
        System.out.printf("publish (the call: %d ms) → on the home page %d ms after it returned%n", published - calling,
                waitFor(base, page -> page.contains(title)) - published);

        BenchSupport.asAdmin();
        calling = System.currentTimeMillis();
        app.getBean(ArticleEditing.class).withdraw(id, "基准测试：下线");
        long withdrawn = System.currentTimeMillis();
        System.out.printf("withdrawal (the call: %d ms) → off the home page %d ms after it returned%n", withdrawn - calling,
                waitFor(base, page -> !page.contains(title)) - withdrawn);

        String scheduled = "定时发布的基准文章" + run;
        Instant at = Instant.now().plusSeconds(10);
        PortalTesting.publish(app, PortalTesting.draft(PortalTesting.column(app, "news"), scheduled, "<p>定时。</p>", at, null));
        if (Instant.now().isAfter(at)) {
            System.out.println("scheduled publish: publishing took longer than the 10 s to its time; not measured");
            return;
        }
        System.out.printf("scheduled publish → on the home page %d ms after its time (target: within the configured second)%n",
                waitFor(base, page -> page.contains(scheduled)) - at.toEpochMilli());
    }

    /** Asks for the home page every 20 ms until it satisfies {@code shown}; answers the time then (epoch ms). */
    private static long waitFor(String base, Predicate<String> shown) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest home = HttpRequest.newBuilder(URI.create(base + "/")).header("User-Agent", Wrk.BROWSER).build();
        for (int i = 0; i < 1_000; i++) {
            if (shown.test(client.send(home, HttpResponse.BodyHandlers.ofString()).body())) {
                return System.currentTimeMillis();
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the home page did not change within 20 s");
    }

    private static List<String> pages(String column, int pages) {
        List<String> paths = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            paths.add(column + "?page=" + page);
        }
        return paths;
    }

    private static List<String> search(List<String> queries) {
        return queries.stream().map(q -> "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).toList();
    }

    /** Each city-and-topic query's result pages 1 to 8, pages interleaved so that each query's turn comes late. */
    private static List<String> freshSearches() {
        List<String> firstPages = search(cityTopicQueries());
        List<String> paths = new ArrayList<>();
        for (int page = 1; page <= 8; page++) {
            for (String path : firstPages) {
                paths.add(page == 1 ? path : path + "&page=" + page);
            }
        }
        return paths;
    }

    static List<String> cityTopicQueries() {
        List<String> queries = new ArrayList<>();
        for (String city : PortalArticleGenerator.CITIES) {
            for (String topic : PortalArticleGenerator.TOPICS) {
                queries.add(city.substring(0, city.length() - 1) + " " + topic);
            }
        }
        return queries;
    }
}
