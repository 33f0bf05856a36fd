package org.citybridge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.citybridge.CityBridgeApplication;
import org.citybridge.circulars.domain.CircularDraft;
import org.citybridge.circulars.domain.CircularIssuing;
import org.citybridge.circulars.domain.FieldType;
import org.citybridge.circulars.domain.ReceiptField;
import org.citybridge.circulars.domain.ReceiptForm;
import org.citybridge.circulars.domain.Urgency;
import org.citybridge.directory.Targets;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One circular to every member city of a full deployment (733 cities, about 1,500 active liaisons): the time to
 * issue it (deliveries, recipients and mail in one transaction) against a raw JDBC batch insert of the same rows,
 * and its tracking page against nginx serving the same bytes.
 */
public final class CircularBenchmark {

    private static final String PASSWORD = "Bench-password-2026";
    private static final int ROUNDS = 5;

    public static void main(String[] args) throws Exception {
        Path out = Path.of("bench", "out");
        Files.createDirectories(out);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CityBridgeApplication.class)
                .run("--server.port=0", "--citybridge.data-dir=" + out.resolve("data-" + System.nanoTime()),
                        "--citybridge.embedded-database.throwaway=true", "--citybridge.admin-password=" + PASSWORD,
                        "--citybridge.mail.scheduler-enabled=false", "--citybridge.mail.dispatch-interval=PT1H",
                        "--logging.level.root=WARN", "--logging.level.org.citybridge=WARN", "--spring.main.banner-mode=off")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            new RosterDataGenerator(jdbc).generate(3000);
            addDeputies(jdbc);
            jdbc.update("UPDATE person SET email = 'p' || id || '@bench.cn' WHERE email IS NULL");
            Integer liaisons = jdbc.queryForObject("""
                    SELECT count(*) FROM liaison_appointment a JOIN city c ON c.code = a.city_code
                    WHERE c.membership = 'MEMBER' AND a.start_date <= current_date AND (a.end_date IS NULL OR a.end_date > current_date)""",
                    Integer.class);
            System.out.printf("data: %d member cities, %d active liaisons%n",
                    jdbc.queryForObject("SELECT count(*) FROM city WHERE membership = 'MEMBER'", Integer.class), liaisons);

            long circular = issueBenchmark(app, jdbc);
            trackingBenchmark(app, jdbc, base, out, circular);
        }
    }

    /** A deputy for every member city that has a primary liaison, as most cities have two liaisons. */
    private static void addDeputies(JdbcTemplate jdbc) {
        jdbc.update("""
                WITH cities AS (
                    SELECT DISTINCT a.city_code FROM liaison_appointment a JOIN city c ON c.code = a.city_code
                    WHERE c.membership = 'MEMBER' AND a.end_date IS NULL),
                deputies AS (
                    INSERT INTO person (name, post, unit, mobile, email)
                    SELECT '副联络员' || city_code, '市政府办公室副主任', '市人民政府办公厅', '1860000' || city_code,
                           'deputy' || city_code || '@bench.cn' FROM cities
                    RETURNING id, substr(name, 5) AS city_code)
                INSERT INTO liaison_appointment (person_id, city_code, role, start_date)
                SELECT id, city_code, 'DEPUTY', DATE '2025-01-01' FROM deputies""");
    }

    private static long issueBenchmark(ConfigurableApplicationContext app, JdbcTemplate jdbc) {
        CircularIssuing issuing = app.getBean(CircularIssuing.class);
        BenchSupport.asAdmin();
        double[] issueMillis = new double[ROUNDS];
        long last = 0;
        int cities = 0;
        int mailed = 0;
        for (int round = 0; round < ROUNDS; round++) {
            CircularDraft draft = new CircularDraft("市协联〔2026〕" + (200 + round) + "号", "关于报送2026年度城市联络工作总结的通知",
                    Urgency.NORMAL, "<p>请各会员城市于规定时间前报送年度工作总结及参会人员。</p>", Targets.allMembers(),
                    new ReceiptForm(List.of(new ReceiptField("f1", "是否参会", FieldType.SINGLE_CHOICE, true, List.of("参加", "不参加")),
                            new ReceiptField("f2", "参会人员", FieldType.DELEGATES, false, List.of()))),
                    Instant.now().plus(10, ChronoUnit.DAYS));
            long start = System.nanoTime();
            CircularIssuing.IssueResult result = issuing.issueNew(draft, List.of());
            issueMillis[round] = (System.nanoTime() - start) / 1e6;
            last = result.circularId();
            cities = result.cities();
            mailed = result.mailed();
        }
        SecurityContextHolder.clearContext();

        int recipients = jdbc.queryForObject("SELECT count(*) FROM circular_recipient r JOIN circular_delivery d ON d.id = r.delivery_id WHERE d.circular_id = ?",
                Integer.class, last);
        double baseline = rawInsert(jdbc, cities, recipients, mailed);
        Arrays.sort(issueMillis);
        double median = issueMillis[ROUNDS / 2];
        System.out.printf("issue one circular to %d cities (%d recipients, %d mails, all in one transaction): median %.0f ms, "
                + "slowest %.0f ms over %d rounds (target < 2000 ms)%n", cities, recipients, mailed, median, issueMillis[ROUNDS - 1], ROUNDS);
        System.out.printf("  baseline: raw JDBC batch insert of the same %d + %d + %d rows: %.0f ms -> issue/baseline = %.1fx%n",
                cities, recipients, mailed, baseline, median / baseline);
        return last;
    }

    private static double rawInsert(JdbcTemplate jdbc, int cities, int recipients, int mails) {
        jdbc.execute("CREATE TEMP TABLE bench_delivery (LIKE circular_delivery INCLUDING DEFAULTS)");
        jdbc.execute("CREATE TEMP TABLE bench_recipient (LIKE circular_recipient INCLUDING DEFAULTS)");
        jdbc.execute("CREATE TEMP TABLE bench_mail (LIKE mail_outbox INCLUDING DEFAULTS)");
        long start = System.nanoTime();
        List<Object[]> deliveries = new ArrayList<>();
        for (int i = 0; i < cities; i++) {
            deliveries.add(new Object[]{(long) i, 1L, "C" + i, "城市" + i, "P", "省份"});
        }
        List<Object[]> people = new ArrayList<>();
        for (int i = 0; i < recipients; i++) {
            people.add(new Object[]{(long) (i % cities), (long) i, "联络员" + i, "p" + i + "@bench.cn"});
        }
        List<Object[]> outbox = new ArrayList<>();
        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
        for (int i = 0; i < mails; i++) {
            outbox.add(new Object[]{(long) i, "p" + i + "@bench.cn", "【通知】关于报送2026年度城市联络工作总结的通知",
                    "联络员同志：请登录平台查阅。", "circular-issued", now, now});
        }
        jdbc.batchUpdate("INSERT INTO bench_delivery (id, circular_id, city_code, city_name, province_code, province_name) VALUES (?, ?, ?, ?, ?, ?)", deliveries);
        jdbc.batchUpdate("INSERT INTO bench_recipient (delivery_id, person_id, name, email) VALUES (?, ?, ?, ?)", people);
        jdbc.batchUpdate("INSERT INTO bench_mail (id, recipient, subject, body, topic, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?)", outbox);
        return (System.nanoTime() - start) / 1e6;
    }

    private static void trackingBenchmark(ConfigurableApplicationContext app, JdbcTemplate jdbc, String base, Path out,
                                          long circular) throws Exception {
        jdbc.update("""
                UPDATE circular_delivery SET read_at = now(), read_by = 'bench', first_replied_at = now(), replied_at = now(),
                       answers = '{"f1": "参加", "f2": [{"name": "王伟", "post": "副秘书长", "phone": "13900001111"}]}'::jsonb
                WHERE circular_id = ? AND id % 3 = 0""", circular);
        String session = BenchSupport.login(base, PASSWORD);
        String page = "/admin/circulars/" + circular + "/tracking";
        Path root = Files.createDirectories(out.resolve("static"));
        Files.write(root.resolve("tracking.html"), BenchSupport.fetch(base + page, Map.of("Cookie", session)));
        LatencyProbe probe = new LatencyProbe();
        var tracking = probe.measure(base + page, Map.of("Cookie", session), 50, 300);
        try (Nginx nginx = new Nginx(root)) {
            var baseline = probe.measure("http://127.0.0.1:" + nginx.port + "/tracking.html", Map.of(), 50, 300);
            System.out.printf("tracking page of that circular (every city, a third replied): %s (target p95 < 300 ms)%n", tracking.describe());
            System.out.printf("  baseline nginx, same bytes: %s -> p95 ratio app/nginx = %.1fx%n", baseline.describe(), tracking.p95() / baseline.p95());
        }
    }
}
