package org.citybridge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.citybridge.CityBridgeApplication;
import org.citybridge.portal.ArticleSearch;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Full-text search over 100,000 Chinese articles (500–1,500 characters each, written with JDBC batch inserts and
 * indexed with the MassIndexer): p95 of a set of queries in-process and over HTTP ({@code /api/v1/search}), against
 * PostgreSQL {@code ILIKE '%q%'} over the same table in the same run.
 *
 * <pre>./mvnw -q -Pbench test-compile exec:java -Dbench=SearchBenchmark [-Darticles=100000] [-Dkeep=true]</pre>
 *
 * {@code keep} keeps the database and the index in {@code bench/out/search-kept} and uses them again on the next run
 * with {@code keep}, which then only measures.
 */
public final class SearchBenchmark {

    static final String[] CITIES = {"深圳市", "成都市", "广州市", "杭州市", "武汉市", "西安市", "南京市", "重庆市", "苏州市", "长沙市",
            "郑州市", "青岛市", "厦门市", "宁波市", "合肥市", "昆明市", "贵阳市", "南宁市", "兰州市", "乌鲁木齐市", "哈尔滨市", "沈阳市",
            "大连市", "济南市", "福州市", "南昌市", "太原市", "石家庄市", "呼和浩特市", "银川市", "西宁市", "拉萨市", "海口市", "珠海市"};
    static final String[] TOPICS = {"联络工作", "城市更新", "营商环境", "数字化转型", "乡村振兴", "生态环境保护", "基层治理", "公共服务",
            "交通基础设施", "文化旅游", "科技创新", "人才引进", "对口协作", "应急管理", "老旧小区改造", "城市交流"};
    static final String[] KINDS = {"工作会议", "经验交流", "调研报告", "座谈会", "专题培训", "工作简报", "情况通报", "典型案例"};
    static final String[] PHRASES = {"会议强调，要进一步提高政治站位，压实工作责任。", "联络员工作会议在市政府召开，各区联络员参加。",
            "与会代表围绕{topic}进行了深入交流，分享了各自的经验做法。", "{city}坚持问题导向，持续优化{topic}，取得明显成效。",
            "下一步将加强城市之间的协作，建立常态化联络机制。", "据统计，今年以来共开展各类活动一百余场，服务群众超过十万人次。",
            "会上，{city}介绍了推进{topic}的主要做法和下一步工作安排。", "各城市联络员要及时报送工作信息，确保上下联动、信息畅通。",
            "专题培训邀请专家学者授课，内容涵盖政策解读和案例分析。", "通过调研发现，部分地区仍存在工作机制不健全、资金保障不足等问题。",
            "协会秘书处将持续跟踪落实情况，定期通报工作进展。", "该项目总投资约二十亿元，预计明年年底前全面完工。"};
    static final String[] QUERIES = {"深圳", "联络", "城市更新", "营商环境", "工作会议", "成都 营商环境", "数字化转型 典型案例",
            "联络员", "乌鲁木齐", "老旧小区"};

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("articles", 100_000);
        boolean keep = Boolean.getBoolean("keep");
        Path out = Path.of("bench", "out");
        Files.createDirectories(out);
        Path data = keep ? out.resolve("search-kept") : out.resolve("search-" + System.nanoTime());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CityBridgeApplication.class)
                .run("--server.port=0", "--citybridge.data-dir=" + data,
                        "--citybridge.embedded-database.throwaway=" + !keep, "--citybridge.admin-password=Bench-password-2026",
                        "--logging.level.root=WARN", "--logging.level.org.citybridge=WARN", "--spring.main.banner-mode=off")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            ArticleSearch search = app.getBean(ArticleSearch.class);
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");

            Long existing = jdbc.queryForObject("SELECT count(*) FROM article", Long.class);
            if (keep && existing >= count) {
                System.out.printf("data and index kept from an earlier run in %s: %,d articles%n", data, existing);
            } else {
                long started = System.nanoTime();
                long chars = generate(jdbc, count);
                System.out.printf("data: %,d articles, %,d characters of body text (inserted in %.1f s)%n", count, chars,
                        (System.nanoTime() - started) / 1e9);
                started = System.nanoTime();
                long indexed = search.rebuildIndex();
                System.out.printf("mass indexing: %,d articles in %.1f s%n", indexed, (System.nanoTime() - started) / 1e9);
            }

            System.out.println();
            System.out.println("| query | total found | in-process p95 | HTTP /api/v1/search p95 | ILIKE p95 | ILIKE total | ratio (ILIKE / in-process) |");
            System.out.println("|---|---|---|---|---|---|---|");
            List<Double> all = new ArrayList<>();
            for (String q : QUERIES) {
                long total = search.search(ArticleSearch.Query.of(q)).total();
                double[] inProcess = time(() -> search.search(ArticleSearch.Query.of(q)), 50, 300);
                String url = base + "/api/v1/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
                LatencyProbe.Latency http = new LatencyProbe().measure(url, Map.of(), 50, 300);
                long[] likeTotal = new long[1];
                double[] like = time(() -> likeTotal[0] = ilike(jdbc, q), 1, Integer.getInteger("likeRuns", 5));
                all.add(p95(inProcess));
                System.out.printf("| %s | %,d | %.2f ms | %.2f ms | %.1f ms | %,d | %.0fx |%n", q, total, p95(inProcess), http.p95(),
                        p95(like), likeTotal[0], p95(like) / p95(inProcess));
            }
            double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("%nworst in-process p95: %.2f ms (target < 50 ms)%n", sorted[sorted.length - 1]);
        }
    }

    /** The search a database without a full-text index would do: every word as ILIKE '%word%' (all words), newest ten and the count. */
    private static long ilike(JdbcTemplate jdbc, String q) {
        String[] words = q.split("\\s+");
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (String word : words) {
            where.append(where.isEmpty() ? "" : " AND ").append("(title ILIKE ? OR body_html ILIKE ?)");
            params.add("%" + word + "%");
            params.add("%" + word + "%");
        }
        List<Long> totals = jdbc.query("SELECT id, title, count(*) OVER () AS total FROM article WHERE status = 'PUBLISHED' "
                        + "AND publish_at <= now() AND (expire_at IS NULL OR expire_at > now()) AND (" + where + ") "
                        + "ORDER BY publish_at DESC LIMIT 10", (rs, n) -> rs.getLong("total"), params.toArray());
        return totals.isEmpty() ? 0 : totals.get(0);
    }

    private static long generate(JdbcTemplate jdbc, int count) {
        List<Long> columns = jdbc.queryForList("SELECT id FROM portal_column ORDER BY id", Long.class);
        Random random = new Random(42);
        Instant now = Instant.now();
        long chars = 0;
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String city = CITIES[random.nextInt(CITIES.length)];
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            String title = city + topic + KINDS[random.nextInt(KINDS.length)] + "（第" + (i % 97 + 1) + "期）";
            StringBuilder body = new StringBuilder();
            int target = 500 + random.nextInt(1001);
            while (body.length() < target) {
                body.append("<p>");
                for (int s = 0; s < 3 && body.length() < target; s++) {
                    String otherCity = random.nextInt(3) == 0 ? CITIES[random.nextInt(CITIES.length)] : city;
                    body.append(PHRASES[random.nextInt(PHRASES.length)].replace("{city}", otherCity).replace("{topic}", topic));
                }
                body.append("</p>");
            }
            chars += body.length();
            Timestamp published = Timestamp.from(now.minus(random.nextInt(3650), ChronoUnit.DAYS).minus(random.nextInt(1440), ChronoUnit.MINUTES));
            batch.add(new Object[]{columns.get(random.nextInt(columns.size())), title, topic + "，" + city, body.toString(), published});
            if (batch.size() == 1000 || i == count - 1) {
                jdbc.batchUpdate("""
                        INSERT INTO article (column_id, title, keywords, body_html, status, publish_at, created_by, created_at, updated_by, updated_at)
                        VALUES (?, ?, ?, ?, 'PUBLISHED', ?, 'bench', now(), 'bench', now())""", batch);
                batch.clear();
            }
        }
        jdbc.execute("ANALYZE article");
        return chars;
    }

    private static double[] time(Supplier<?> work, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    /** The 95th percentile; with fewer than 20 runs that is the slowest. */
    private static double p95(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }
}
