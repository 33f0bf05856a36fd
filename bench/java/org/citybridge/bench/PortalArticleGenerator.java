package org.citybridge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import org.citybridge.portal.ArticleSearch;
import org.citybridge.portal.domain.SearchIndexTesting;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes many published Chinese articles into the portal's table at once (the search and public-page benchmarks'
 * data): titles and 500–1,500-character bodies from a vocabulary of 34 cities, 16 topics, 8 kinds of report and 12 stock
 * sentences, spread over every column and ten years, the same for the same count. One {@code INSERT … SELECT FROM
 * unnest(…)} per 2,000 rows; the search index is then built by the MassIndexer ({@code ArticleSearch.rebuildIndex()}).
 */
final class PortalArticleGenerator {

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

    private static final int BATCH = 2_000;

    private PortalArticleGenerator() {
    }

    /**
     * Where a benchmark keeps its database and index: with {@code keep}, {@code bench/out/search-kept}, used again by
     * the next run with {@code keep} (of this benchmark or the other one using these articles); otherwise a new folder.
     */
    static Path dataFolder(boolean keep) throws IOException {
        Path out = Path.of("bench", "out");
        Files.createDirectories(out);
        return keep ? out.resolve("search-kept") : out.resolve("portal-" + System.nanoTime());
    }

    /** Writes and indexes {@code count} articles, unless the kept data already holds them; prints what it did. */
    static void ensure(ConfigurableApplicationContext app, Path data, int count, boolean keep) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Long existing = jdbc.queryForObject("SELECT count(*) FROM article", Long.class);
        if (keep && existing >= count) {
            System.out.printf("data and index kept from an earlier run in %s: %,d articles%n", data, existing);
            // an index built by an older mapping is rebuilt by the application as it starts: measure the new one
            long waiting = System.nanoTime();
            SearchIndexTesting.awaitUpToDate(app, Duration.ofHours(1));
            if (System.nanoTime() - waiting > 1_000_000_000L) {
                System.out.printf("the kept index was rebuilt at start (another mapping): %.1f s%n", (System.nanoTime() - waiting) / 1e9);
            }
            return;
        }
        long started = System.nanoTime();
        long chars = generate(jdbc, count);
        System.out.printf("data: %,d articles, %,d characters of body text (inserted in %.1f s)%n", count, chars,
                (System.nanoTime() - started) / 1e9);
        started = System.nanoTime();
        long indexed = app.getBean(ArticleSearch.class).rebuildIndex();
        System.out.printf("mass indexing: %,d articles in %.1f s%n", indexed, (System.nanoTime() - started) / 1e9);
    }

    /** Writes {@code count} published articles and answers how many characters of body text they hold. */
    static long generate(JdbcTemplate jdbc, int count) {
        List<Long> columns = jdbc.queryForList("SELECT id FROM portal_column ORDER BY id", Long.class);
        Random random = new Random(42);
        Instant now = Instant.now();
        long chars = 0;
        for (int from = 0; from < count; from += BATCH) {
            int rows = Math.min(BATCH, count - from);
            Long[] columnIds = new Long[rows];
            String[] titles = new String[rows];
            String[] keywords = new String[rows];
            String[] bodies = new String[rows];
            Timestamp[] published = new Timestamp[rows];
            for (int r = 0; r < rows; r++) {
                int i = from + r;
                String city = CITIES[random.nextInt(CITIES.length)];
                String topic = TOPICS[random.nextInt(TOPICS.length)];
                titles[r] = city + topic + KINDS[random.nextInt(KINDS.length)] + "（第" + (i % 97 + 1) + "期）";
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
                bodies[r] = body.toString();
                chars += body.length();
                keywords[r] = topic + "，" + city;
                published[r] = Timestamp.from(now.minus(random.nextInt(3650), ChronoUnit.DAYS).minus(random.nextInt(1440), ChronoUnit.MINUTES));
                columnIds[r] = columns.get(random.nextInt(columns.size()));
            }
            jdbc.execute((java.sql.Connection connection) -> {
                try (var insert = connection.prepareStatement("""
                        INSERT INTO article (column_id, title, keywords, body_html, status, publish_at, created_by, created_at, updated_by, updated_at)
                        SELECT c, t, k, b, 'PUBLISHED', p, 'bench', now(), 'bench', now()
                        FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::timestamptz[]) AS d(c, t, k, b, p)""")) {
                    insert.setArray(1, connection.createArrayOf("bigint", columnIds));
                    insert.setArray(2, connection.createArrayOf("text", titles));
                    insert.setArray(3, connection.createArrayOf("text", keywords));
                    insert.setArray(4, connection.createArrayOf("text", bodies));
                    insert.setArray(5, connection.createArrayOf("timestamptz", published));
                    return insert.executeUpdate();
                }
            });
        }
        jdbc.execute("ANALYZE article");
        return chars;
    }
}
