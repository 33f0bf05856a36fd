package org.citybridge.bench;

import java.util.Locale;

import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfContentByte;
import org.citybridge.evaluation.CertificateView;
import org.citybridge.evaluation.domain.Certificates;
import org.citybridge.evaluation.domain.Commendations;
import org.citybridge.evaluation.report.WorkReportDocuments;
import org.citybridge.evaluation.report.WorkReportFigures;
import org.citybridge.platform.pdf.PdfDocuments;
import org.citybridge.platform.pdf.PdfFonts;
import org.citybridge.portal.PortalApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.citybridge.CityBridgeApplication;
import org.citybridge.accounts.domain.ApiTokens;
import org.citybridge.circulars.CircularsApi;
import org.citybridge.directory.RosterRecords;
import org.citybridge.evaluation.CityScore;
import org.citybridge.evaluation.EvaluationStatus;
import org.citybridge.evaluation.IndicatorKind;
import org.citybridge.evaluation.IndicatorScore;
import org.citybridge.evaluation.LiaisonScore;
import org.citybridge.evaluation.domain.EvaluationScores;
import org.citybridge.evaluation.domain.EvaluationYears;
import org.citybridge.evaluation.domain.Scoring;
import org.citybridge.evaluation.domain.YearRecords;
import org.citybridge.events.EventRecords;
import org.citybridge.shared.DateRange;
import org.citybridge.submissions.ReportRecords;
import org.citybridge.tasks.AssignmentRecords;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The annual evaluation of a generated year (733 cities, 1,500 liaisons with 200 handovers, 60 circulars, 20 tasks,
 * 5,000 reports, a conference of 1,000 delegates): every score computed through {@link EvaluationScores} as the
 * secretariat (target under 2 s) against the same per-city figures from plain SQL aggregates, one GROUP BY per source;
 * and the evidence drill-down over HTTP with a Bearer token, 1,000 requests over random cities (target p95 under
 * 100 ms) against nginx serving the same bytes.
 */
public final class EvaluationBenchmark {

    private static final String PASSWORD = "Bench-password-2026";
    private static final int YEAR = 2025;
    private static final int WARM_UP = 3;
    private static final int ROUNDS = 11;
    private static final int WARM_UP_REQUESTS = 200;
    private static final int REQUESTS = 1000;

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of("bench", "out"));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CityBridgeApplication.class)
                .run("--server.port=0", "--citybridge.data-dir=" + out.resolve("data-" + System.nanoTime()),
                        "--citybridge.embedded-database.throwaway=true", "--citybridge.admin-password=" + PASSWORD,
                        "--citybridge.mail.scheduler-enabled=false", "--citybridge.mail.dispatch-interval=PT1H",
                        // the production default; the test classpath's config/application.properties turns it off
                        "--citybridge.evaluation.scores-max-age=1m",
                        "--logging.level.root=WARN", "--logging.level.org.citybridge=WARN", "--spring.main.banner-mode=off")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            long setUp = System.nanoTime();
            EvaluationYearGenerator.Generated year = new EvaluationYearGenerator(jdbc, app.getBean(JsonMapper.class), YEAR).generate();
            BenchSupport.asAdmin();
            EvaluationYears years = app.getBean(EvaluationYears.class);
            years.create(YEAR, null);
            manualPoints(jdbc);
            years.changeStatus(YEAR, EvaluationStatus.SCORED);
            System.out.printf("data (%d, bulk SQL shaped as the services write it, %.0f s): %s%n", YEAR,
                    (System.nanoTime() - setUp) / 1e9, year.describe());

            allScores(app, jdbc);
            evidence(app, jdbc, base, out);
            certificates(app, jdbc);
            workReport(app);
        }
    }

    /** A few manual points (加分/扣分), some for a liaison, as the secretariat records them. */
    private static void manualPoints(JdbcTemplate jdbc) {
        jdbc.update("""
                INSERT INTO evaluation_adjustment (year, city_code, person_id, points, reason, created_by, created_at)
                SELECT ?, a.city_code, CASE WHEN n % 2 = 0 THEN a.person_id END, CASE WHEN n % 3 = 0 THEN -2 ELSE 3 END,
                       CASE WHEN n % 3 = 0 THEN '报送信息严重失实' ELSE '承办全国联络工作会议' END, 'admin', now()
                FROM (SELECT city_code, person_id, row_number() OVER (ORDER BY md5(city_code)) AS n
                      FROM liaison_appointment WHERE role = 'PRIMARY' AND end_date IS NULL) a
                WHERE n <= 20""", YEAR);
    }

    /**
     * One more manual point, as the secretariat records them: scores are reused for a minute unless their manual points
     * or weights changed, so each round of figure 1 computes the whole year afresh, as after such a change.
     */
    private static void newManualPoints(JdbcTemplate jdbc) {
        jdbc.update("""
                INSERT INTO evaluation_adjustment (year, city_code, points, reason, created_by, created_at)
                SELECT ?, min(code), 0.5, '基准测试加分', 'admin', now() FROM city WHERE membership = 'MEMBER'""", YEAR);
    }

    /** Figure 1: every city's and every liaison's score, in-process as the secretariat, against plain SQL aggregates. */
    private static void allScores(ConfigurableApplicationContext app, JdbcTemplate jdbc) {
        EvaluationScores scores = app.getBean(EvaluationScores.class);
        List<CityScore>[] cities = new List[1];
        List<LiaisonScore>[] liaisons = new List[1];
        double[] byCity = time(() -> {
            newManualPoints(jdbc);
            return cities[0] = scores.cities(YEAR, null);
        });
        double[] byLiaison = time(() -> {
            newManualPoints(jdbc);
            return liaisons[0] = scores.liaisons(YEAR, null);
        });

        DateRange period = DateRange.year(YEAR);
        RosterRecords roster = app.getBean(RosterRecords.class);
        CircularsApi circulars = app.getBean(CircularsApi.class);
        AssignmentRecords tasks = app.getBean(AssignmentRecords.class);
        ReportRecords reports = app.getBean(ReportRecords.class);
        EventRecords events = app.getBean(EventRecords.class);
        YearRecords[] records = new YearRecords[1];
        double[] reading = time(() -> records[0] = new YearRecords(period, roster.memberCities(), roster.liaisonTerms(period),
                circulars.deliveryRecords(period), tasks.assignedIn(period), reports.submittedIn(period), events.heldIn(period),
                roster.confirmations(period)));
        var indicators = app.getBean(EvaluationYears.class).year(YEAR).indicators();
        var adjustments = scores.adjustments(YEAR);
        double[] scoring = time(() -> Scoring.score(records[0], indicators, adjustments, app.getBean(Clock.class).getZone()));

        Map<String, long[]>[] aggregated = new Map[1];
        double[] baseline = time(() -> aggregated[0] = SqlAggregates.perCity(jdbc, YEAR));

        System.out.printf("every score of %d (EvaluationScores as the secretariat, %d rounds after %d warm-up):%n", YEAR, ROUNDS, WARM_UP);
        System.out.printf("  all %d cities ranked: median %.0f ms, slowest %.0f ms (target < 2000 ms)%n", cities[0].size(),
                median(byCity), byCity[ROUNDS - 1]);
        System.out.printf("  all %d liaisons ranked: median %.0f ms, slowest %.0f ms (target < 2000 ms)%n", liaisons[0].size(),
                median(byLiaison), byLiaison[ROUNDS - 1]);
        System.out.printf("    of which the reads of the source modules (%d copies, %d assignments, %d reports, %d attendances, %d terms): "
                        + "median %.0f ms; Scoring alone from the records: median %.0f ms%n", records[0].deliveries().size(),
                records[0].assignments().size(), records[0].reports().size(), records[0].attendance().size(), records[0].terms().size(),
                median(reading), median(scoring));
        System.out.printf("  baseline: the same per-city figures by plain SQL aggregates (5 GROUP BY queries): median %.0f ms "
                + "-> cities/baseline = %.1fx%n", median(baseline), median(byCity) / median(baseline));
        compare(cities[0], aggregated[0]);
    }

    /** Whether the scores count what the aggregates count, summed over all cities: a wrong figure would be no benchmark. */
    private static void compare(List<CityScore> cities, Map<String, long[]> aggregated) {
        Map<IndicatorKind, long[]> scored = new EnumMap<>(IndicatorKind.class);
        for (CityScore city : cities) {
            for (IndicatorScore indicator : city.indicators()) {
                long[] sum = scored.computeIfAbsent(indicator.kind(), k -> new long[2]);
                sum[0] += indicator.met();
                sum[1] += indicator.kind().ratio() ? indicator.expected() : 0;
            }
        }
        long[] sql = new long[SqlAggregates.FIGURES.length];
        aggregated.values().forEach(figures -> {
            for (int i = 0; i < sql.length; i++) {
                sql[i] += figures[i];
            }
        });
        long[] app = {scored.get(IndicatorKind.RECEIPTS_ON_TIME)[0], scored.get(IndicatorKind.RECEIPTS_ON_TIME)[1],
                scored.get(IndicatorKind.READ_WITHIN_DAYS)[0], scored.get(IndicatorKind.TASKS_COMPLETED)[0],
                scored.get(IndicatorKind.TASKS_COMPLETED)[1], scored.get(IndicatorKind.TASKS_ON_TIME)[0],
                scored.get(IndicatorKind.REPORTS_SUBMITTED)[0], scored.get(IndicatorKind.REPORTS_ADOPTED)[0],
                scored.get(IndicatorKind.REPORTS_PUBLISHED)[0], scored.get(IndicatorKind.CONFERENCE_ATTENDANCE)[0],
                scored.get(IndicatorKind.ROSTER_CONFIRMED)[0]};
        List<String> figures = new ArrayList<>();
        for (int i = 0; i < sql.length; i++) {
            figures.add(SqlAggregates.FIGURES[i] + " " + app[i] + (app[i] == sql[i] ? "" : " (SQL: " + sql[i] + ")"));
        }
        System.out.printf("  totals over all cities, scores against SQL (%s): %s%n",
                Arrays.equals(app, sql) ? "all equal" : "DIFFERENT", String.join(", ", figures));
    }

    /**
     * Figure 2: {@code GET /api/v1/evaluations/{year}/cities/{code}/evidence} with the secretariat's Bearer token, 1,000
     * requests one after the other over random cities after 200 warm-up ones; baseline: nginx serving each city's very
     * answer as a static file, in the same order, by the same client.
     */
    private static void evidence(ConfigurableApplicationContext app, JdbcTemplate jdbc, String base, Path out) throws Exception {
        String token = app.getBean(ApiTokens.class).create("admin", "benchmark");
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
        List<String> members = jdbc.queryForList("SELECT code FROM city WHERE membership = 'MEMBER' ORDER BY code", String.class);
        Random random = new Random(12);
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < WARM_UP_REQUESTS + REQUESTS; i++) {
            asked.add(members.get(random.nextInt(members.size())));
        }
        String path = "/api/v1/evaluations/" + YEAR + "/cities/%s/evidence";
        LatencyProbe probe = new LatencyProbe();
        var drillDown = probe.measure(asked.stream().map(code -> base + path.formatted(code)).toList(), bearer, WARM_UP_REQUESTS);

        Path root = Files.createDirectories(out.resolve("static-evaluation"));
        for (String code : new LinkedHashSet<>(asked)) {
            Files.write(root.resolve(code + ".json"), BenchSupport.fetch(base + path.formatted(code), bearer));
        }
        try (Nginx nginx = new Nginx(root)) {
            var baseline = probe.measure(asked.stream().map(code -> "http://127.0.0.1:" + nginx.port + "/" + code + ".json").toList(),
                    Map.of(), WARM_UP_REQUESTS);
            System.out.printf("evidence drill-down (GET %s, Bearer token, random cities): %s (target p95 < 100 ms)%n",
                    path.formatted("{code}"), drillDown.describe());
            System.out.printf("  baseline nginx, the same answers as files: %s -> p95 ratio app/nginx = %.0fx%n", baseline.describe(),
                    drillDown.p95() / baseline.p95());
        }
    }

    /**
     * Figure 3: 100 certificates as one PDF (target < 10 s): the best 100 liaisons proposed, the notice published and ended,
     * the list decided, then every certificate printed with its seal-less layout, font and QR code; baseline: OpenPDF
     * writing the same 100 pages with the same font, plain text only.
     */
    private static void certificates(ConfigurableApplicationContext app, JdbcTemplate jdbc) {
        Commendations commendations = app.getBean(Commendations.class);
        commendations.configure(YEAR, new Commendations.Settings(100, false, "优秀联络员", "市协联证"));
        commendations.propose(YEAR);
        long column = app.getBean(PortalApi.class).columns().stream().filter(c -> c.slug().equals("notices")).findFirst()
                .orElseThrow().id();
        commendations.publishNotice(YEAR, column, 5);
        jdbc.update("UPDATE evaluation_commendation_round SET notice_from = now() - interval '30 days', notice_until = now() - interval '1 day' WHERE year = ?", YEAR);
        commendations.decide(YEAR);
        Certificates certificates = app.getBean(Certificates.class);
        List<CertificateView> issued = certificates.of(YEAR);
        byte[][] pdf = new byte[1][];
        double[] printing = time(() -> pdf[0] = certificates.printAll(YEAR));
        double[] plain = time(() -> written(out -> plainPages(issued.stream()
                .map(c -> c.serial() + " " + c.personName() + " " + c.cityName() + " " + c.honour()).toList(), out)));
        System.out.printf("%d certificates as one PDF (%d KB): median %.0f ms, slowest %.0f ms (target < 10000 ms); "
                        + "baseline OpenPDF, same pages as plain text in the same font: median %.0f ms -> %.1fx%n",
                issued.size(), pdf[0].length / 1024, median(printing), printing[ROUNDS - 1], median(plain),
                median(printing) / median(plain));
    }

    /**
     * Figure 4: the year's work report, .docx and PDF, with every figure counted afresh (target < 5 s each); baseline: the
     * figures alone (the reads of the source modules and the counting), which the documents cannot be faster than.
     */
    private static void workReport(ConfigurableApplicationContext app) {
        WorkReportDocuments documents = app.getBean(WorkReportDocuments.class);
        WorkReportFigures figures = app.getBean(WorkReportFigures.class);
        int[] size = new int[2];
        double[] docx = time(() -> size[0] = written(out -> documents.docx(YEAR, Locale.SIMPLIFIED_CHINESE, out)));
        double[] pdf = time(() -> size[1] = written(out -> documents.pdf(YEAR, Locale.SIMPLIFIED_CHINESE, out)));
        double[] counted = time(() -> figures.figures(YEAR));
        System.out.printf("the year's work report: .docx (%d KB) median %.0f ms, slowest %.0f ms; PDF (%d KB) median %.0f ms, "
                        + "slowest %.0f ms (target < 5000 ms); baseline, the figures alone: median %.0f ms -> docx %.1fx, PDF %.1fx%n",
                size[0] / 1024, median(docx), docx[ROUNDS - 1], size[1] / 1024, median(pdf), pdf[ROUNDS - 1], median(counted),
                median(docx) / median(counted), median(pdf) / median(counted));
    }

    /** One landscape A4 page per line of text, in the shipped font. */
    private static void plainPages(List<String> lines, java.io.OutputStream out) {
        PdfDocuments.write(PageSize.A4.rotate(), 0, "证书", out, (document, writer) -> {
            PdfContentByte canvas = writer.getDirectContent();
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                PdfDocuments.centredLine(canvas, lines.get(i), PdfFonts.bold(), 24, document.getPageSize().getWidth() / 2, 300);
            }
        });
    }

    private static int written(java.util.function.Consumer<java.io.OutputStream> write) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        write.accept(out);
        return out.size();
    }

    /** Milliseconds of each round after the warm-up ones, sorted. */
    private static double[] time(Supplier<?> run) {
        for (int i = 0; i < WARM_UP; i++) {
            run.get();
        }
        double[] millis = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            run.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }
}
