package org.citybridge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.citybridge.CityBridgeApplication;
import org.citybridge.accounts.domain.ApiTokens;
import org.citybridge.directory.importing.ImportMode;
import org.citybridge.directory.importing.ImportReport;
import org.citybridge.directory.importing.RosterImport;
import org.citybridge.support.RosterFile;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The roster at the size of a real deployment (all cities members, 3,000 people, ten years of appointments):
 * importing a 3,000-row roster against a raw JDBC batch insert of the same rows, and the filtered city list
 * (page and API) against nginx serving the same bytes, measured in the same run by the same client.
 */
public final class RosterBenchmark {

    private static final String PASSWORD = "Bench-password-2026";

    public static void main(String[] args) throws Exception {
        Path out = Path.of("bench", "out");
        Files.createDirectories(out);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CityBridgeApplication.class)
                .run("--server.port=0", "--citybridge.data-dir=" + out.resolve("data-" + System.nanoTime()),
                        "--citybridge.embedded-database.throwaway=true", "--citybridge.admin-password=" + PASSWORD,
                        "--logging.level.root=WARN", "--logging.level.org.citybridge=WARN", "--spring.main.banner-mode=off")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");

            long started = System.nanoTime();
            var generated = new RosterDataGenerator(jdbc).generate(3000);
            System.out.printf("data: %d member cities, %d people, %d appointments (generated in %.1f s)%n",
                    generated.cities(), generated.people(), generated.appointments(), (System.nanoTime() - started) / 1e9);

            importBenchmark(app, jdbc);
            listBenchmark(app, base, out);
        }
    }

    private static void importBenchmark(ConfigurableApplicationContext app, JdbcTemplate jdbc) {
        List<String[]> cities = jdbc.query("SELECT code, name FROM city ORDER BY code", (rs, n) -> new String[]{rs.getString(1), rs.getString(2)});
        List<RosterFile.Line> lines = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String[] city = cities.get(i % cities.size());
            lines.add(RosterFile.line().with("cityCode", city[0]).with("cityName", city[1]).with("name", "导入" + i)
                    .with("mobile", String.format("150%08d", i)).with("email", "import" + i + "@bench.cn")
                    .with("role", "副联络员").with("from", LocalDate.of(2025, 1, 1).plusDays(i / cities.size()).toString()));
        }
        byte[] file = RosterFile.of(lines.toArray(RosterFile.Line[]::new));

        long baselineStart = System.nanoTime();
        jdbc.execute("CREATE TEMP TABLE bench_person (LIKE person INCLUDING DEFAULTS)");
        jdbc.execute("CREATE TEMP TABLE bench_appointment (LIKE liaison_appointment INCLUDING DEFAULTS)");
        List<Object[]> people = new ArrayList<>();
        List<Object[]> appointments = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            people.add(new Object[]{(long) i, "导入" + i, "FEMALE", "市政府副秘书长", "市人民政府办公厅", String.format("150%08d", i), "028-87654321", "import" + i + "@bench.cn"});
            appointments.add(new Object[]{(long) i, (long) i, cities.get(i % cities.size())[0], "DEPUTY", LocalDate.of(2025, 1, 1)});
        }
        jdbc.batchUpdate("INSERT INTO bench_person (id, name, gender, post, unit, mobile, office_phone, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", people);
        jdbc.batchUpdate("INSERT INTO bench_appointment (id, person_id, city_code, role, start_date) VALUES (?, ?, ?, ?, ?)", appointments);
        double baselineMillis = (System.nanoTime() - baselineStart) / 1e6;

        RosterImport rosterImport = app.getBean(RosterImport.class);
        BenchSupport.asAdmin();
        long importStart = System.nanoTime();
        ImportReport report = rosterImport.run(file, ImportMode.ALL_OR_NOTHING);
        double importMillis = (System.nanoTime() - importStart) / 1e6;
        long againStart = System.nanoTime();
        ImportReport again = rosterImport.run(file, ImportMode.ALL_OR_NOTHING);
        double againMillis = (System.nanoTime() - againStart) / 1e6;
        SecurityContextHolder.clearContext();

        System.out.printf("import of %d rows (%d errors, %d people and %d appointments created, each audited): %.0f ms "
                        + "(target < 10000 ms); again, unchanged %d rows: %.0f ms%n",
                report.rows(), report.errors().size(), report.peopleCreated(), report.appointmentsCreated(), importMillis,
                again.unchanged(), againMillis);
        System.out.printf("  baseline: raw JDBC batch insert of the same 3000 people and appointments: %.0f ms -> import/baseline = %.1fx%n",
                baselineMillis, importMillis / baselineMillis);
    }

    private static void listBenchmark(ConfigurableApplicationContext app, String base, Path out) throws Exception {
        BenchSupport.asAdmin();
        String token = app.getBean(ApiTokens.class).create("admin", "benchmark");
        SecurityContextHolder.clearContext();
        String session = BenchSupport.login(base, PASSWORD);

        LatencyProbe probe = new LatencyProbe();
        Path root = Files.createDirectories(out.resolve("static"));
        String page = "/admin/cities?province=440000&membership=MEMBER&q=";
        String api = "/api/v1/cities?province=440000&member=true&size=50";
        Files.write(root.resolve("cities.html"), BenchSupport.fetch(base + page, Map.of("Cookie", session)));
        Files.write(root.resolve("cities.json"), BenchSupport.fetch(base + api, Map.of("Authorization", "Bearer " + token)));

        var pageLatency = probe.measure(base + page, Map.of("Cookie", session), 200, 1000);
        var apiLatency = probe.measure(base + api, Map.of("Authorization", "Bearer " + token), 200, 1000);
        try (Nginx nginx = new Nginx(root)) {
            String staticBase = "http://127.0.0.1:" + nginx.port;
            var pageBaseline = probe.measure(staticBase + "/cities.html", Map.of(), 200, 1000);
            var apiBaseline = probe.measure(staticBase + "/cities.json", Map.of(), 200, 1000);
            report("filtered city list page (广东省 members, HTML)", pageLatency, pageBaseline);
            report("filtered city list API (广东省 members, JSON)", apiLatency, apiBaseline);
        }
    }

    private static void report(String what, LatencyProbe.Latency app, LatencyProbe.Latency nginx) {
        System.out.printf("%s: %s (target p95 < 50 ms)%n", what, app.describe());
        System.out.printf("  baseline nginx, same bytes: %s -> p95 ratio app/nginx = %.1fx%n", nginx.describe(), app.p95() / nginx.p95());
    }
}
