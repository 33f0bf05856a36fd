package org.citybridge.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.citybridge.CityBridgeApplication;
import org.citybridge.directory.Gender;
import org.citybridge.events.domain.Badge;
import org.citybridge.events.domain.BadgeSheet;
import org.citybridge.events.domain.DelegateEntry;
import org.citybridge.events.domain.DelegateRole;
import org.citybridge.events.domain.DelegateView;
import org.citybridge.events.domain.DelegationEntry;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.DelegationView;
import org.citybridge.events.domain.EventDocuments;
import org.citybridge.events.domain.EventDraft;
import org.citybridge.events.domain.EventKind;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.events.domain.EventQueries;
import org.citybridge.events.domain.EventStatus;
import org.citybridge.platform.pdf.PdfDocuments;
import org.citybridge.platform.pdf.PdfFonts;
import org.citybridge.platform.pdf.QrCodes;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * All the badges of a large conference as one PDF: 1,000 registered delegates from 300 cities, 250 A4 pages of four
 * badges with their signed QR codes, fetched from {@code /events/{id}/badges.pdf} as the secretariat prints them
 * (target under 10 s). Measured in the same run: the service in-process (reads, code signing, PDF), the badge sheet
 * alone from ready records, and the baseline: OpenPDF writing the same 250 pages with the same texts in the same font
 * at the same places, as plain text without QR codes or coloured bands.
 */
public final class EventBadgesBenchmark {

    private static final String PASSWORD = "Bench-password-2026";
    private static final int CITIES = 300;
    private static final int DELEGATES = 1000;
    private static final int WARM_UP = 2;
    private static final int ROUNDS = 5;
    private static final String TITLE = "2026年度全国城市联络员工作会议";
    private static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈".split("");
    private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
            "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建国", "志强", "晓东", "海燕", "文博", "欣怡", "子涵"};
    private static final String[] POSTS = {"副秘书长", "办公室主任", "联络处处长", "科长", "副主任科员"};

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of("bench", "out"));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CityBridgeApplication.class)
                .run("--server.port=0", "--citybridge.data-dir=" + out.resolve("data-" + System.nanoTime()),
                        "--citybridge.embedded-database.throwaway=true", "--citybridge.admin-password=" + PASSWORD,
                        "--citybridge.mail.scheduler-enabled=false", "--citybridge.mail.dispatch-interval=PT1H",
                        "--logging.level.root=WARN", "--logging.level.org.citybridge=WARN", "--spring.main.banner-mode=off")) {
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            BenchSupport.asAdmin();
            long setUp = System.nanoTime();
            long event = conference(app);
            List<Badge> badges = badges(app, event);
            System.out.printf("data: %d registered delegates from %d cities, set up through the registration service in %.0f s%n",
                    badges.size(), CITIES, (System.nanoTime() - setUp) / 1e9);

            String session = BenchSupport.login(base, PASSWORD);
            String url = base + "/events/" + event + "/badges.pdf";
            byte[][] last = new byte[1][];
            double[] http = time(() -> last[0] = fetch(url, session));
            int pages = pages(last[0]);
            EventDocuments documents = app.getBean(EventDocuments.class);
            double[] service = time(() -> documents.badges(event, null, Locale.SIMPLIFIED_CHINESE));
            BadgeSheet sheet = app.getBean(BadgeSheet.class);
            double[] sheetOnly = time(() -> write(out2 -> sheet.write(badges, out2)));
            double[] qrOnly = time(() -> badges.stream().map(badge -> QrCodes.image(badge.code())).toList());
            byte[][] plain = new byte[1][];
            double[] baseline = time(() -> plain[0] = write(out2 -> plainText(badges, out2)));

            System.out.printf("all badges as one PDF over HTTP (GET /events/%d/badges.pdf, signed in): median %.2f s, slowest %.2f s "
                    + "over %d runs; %d pages, %.2f MB (target < 10 s)%n", event, median(http), http[ROUNDS - 1], ROUNDS, pages,
                    last[0].length / 1e6);
            System.out.printf("  in-process EventDocuments.badges (reads, %d codes signed, PDF): median %.2f s%n", badges.size(), median(service));
            System.out.printf("  BadgeSheet alone from ready records (layout, QR codes, font subset): median %.2f s, of which encoding the "
                    + "%d QR codes (ZXing, best of eight masks each): median %.2f s%n", median(sheetOnly), badges.size(), median(qrOnly));
            System.out.printf("  baseline: OpenPDF writing the same %d pages of the same texts, plain, no QR codes: median %.2f s "
                    + "(%d pages, %.2f MB) -> HTTP/baseline = %.1fx, BadgeSheet/baseline = %.1fx%n", pages(plain[0]), median(baseline),
                    pages(plain[0]), plain[0].length / 1e6, median(http) / median(baseline), median(sheetOnly) / median(baseline));
        }
    }

    /** An open conference with 1,000 places and 300 cities' delegations registered through the real service. */
    private static long conference(ConfigurableApplicationContext app) {
        EventPlanning planning = app.getBean(EventPlanning.class);
        DelegationRegistering registering = app.getBean(DelegationRegistering.class);
        LocalDate first = LocalDate.now().plusDays(30);
        long event = planning.create(new EventDraft(EventKind.ANNUAL_CONFERENCE, TITLE, "510100", first, first.plusDays(2), null,
                Instant.now().plus(20, ChronoUnit.DAYS), DELEGATES, null, "", List.of(), List.of(), List.of()));
        planning.changeStatus(event, EventStatus.OPEN);
        List<Map<String, Object>> cities = app.getBean(JdbcTemplate.class).queryForList(
                "SELECT code, name FROM city WHERE level IN ('PREFECTURE', 'MUNICIPALITY') ORDER BY code LIMIT " + CITIES);
        int delegate = 0;
        for (int c = 0; c < cities.size(); c++) {
            String name = (String) cities.get(c).get("name");
            int size = DELEGATES / CITIES + (c < DELEGATES % CITIES ? 1 : 0);
            List<DelegateEntry> delegation = new ArrayList<>();
            for (int i = 0; i < size; i++, delegate++) {
                DelegateRole role = delegate % 25 == 0 ? DelegateRole.STAFF : delegate % 10 == 0 ? DelegateRole.GUEST : DelegateRole.DELEGATE;
                delegation.add(new DelegateEntry(null, SURNAMES[delegate % SURNAMES.length] + GIVEN[(delegate / SURNAMES.length) % GIVEN.length],
                        delegate % 2 == 0 ? Gender.MALE : Gender.FEMALE, POSTS[delegate % POSTS.length], name + "人民政府办公厅",
                        String.format("139%08d", delegate), null, null, role, null, null, null, null, null, null, null, null,
                        null, null, null));
            }
            registering.register(event, (String) cities.get(c).get("code"), new DelegationEntry(null, delegation));
        }
        return event;
    }

    /** The same badges as records, from the delegations with their check-in codes, for the in-process figures. */
    private static List<Badge> badges(ConfigurableApplicationContext app, long event) {
        List<Badge> badges = new ArrayList<>();
        for (DelegationView delegation : app.getBean(EventQueries.class).delegations(event)) {
            for (DelegateView d : delegation.active()) {
                String role = switch (d.role()) {
                    case DELEGATE -> "代表";
                    case GUEST -> "嘉宾";
                    case STAFF -> "工作人员";
                };
                badges.add(new Badge(TITLE, d.name(), delegation.cityName(), (d.unit() + " " + d.post()).strip(), role, d.checkInCode()));
            }
        }
        return badges;
    }

    /** The baseline: each badge's texts where the badge sheet puts them, four a page, in the shipped font; nothing else. */
    private static void plainText(List<Badge> badges, ByteArrayOutputStream out) {
        PdfDocuments.write(PageSize.A4, 0, TITLE, out, (document, writer) -> {
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            float width = page.getWidth() / 2;
            float height = page.getHeight() / 2;
            for (int i = 0; i < badges.size(); i++) {
                if (i > 0 && i % 4 == 0) {
                    document.newPage();
                }
                Badge badge = badges.get(i);
                float centre = (i % 2) * width + width / 2;
                float top = page.getHeight() - ((i % 4) / 2) * height;
                PdfDocuments.centredLine(canvas, badge.eventTitle(), PdfFonts.bold(), 14, centre, top - 50);
                PdfDocuments.centredLine(canvas, badge.name(), PdfFonts.bold(), 34, centre, top - 130);
                PdfDocuments.centredLine(canvas, badge.cityName(), PdfFonts.regular(), 18, centre, top - 160);
                PdfDocuments.centredLine(canvas, badge.unit(), PdfFonts.regular(), 10, centre, top - 190);
                PdfDocuments.centredLine(canvas, badge.roleLabel(), PdfFonts.bold(), 24, centre, top - height + 40);
            }
        });
    }

    private interface Writing {
        void to(ByteArrayOutputStream out);
    }

    private static byte[] write(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.to(out);
        return out.toByteArray();
    }

    private static byte[] fetch(String url, String session) {
        try {
            return BenchSupport.fetch(url, Map.of("Cookie", session));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Seconds of each run after the warm-up ones, sorted. */
    private static double[] time(Supplier<?> run) {
        for (int i = 0; i < WARM_UP; i++) {
            run.get();
        }
        double[] seconds = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            run.get();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return seconds;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static int pages(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }
}
