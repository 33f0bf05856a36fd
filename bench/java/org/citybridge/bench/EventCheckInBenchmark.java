package org.citybridge.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citybridge.CityBridgeApplication;
import org.citybridge.accounts.domain.AccountAdministration;
import org.citybridge.accounts.domain.NewAccount;
import org.citybridge.directory.Gender;
import org.citybridge.events.domain.CheckInCodes;
import org.citybridge.events.domain.CheckInStaff;
import org.citybridge.events.domain.DelegateEntry;
import org.citybridge.events.domain.DelegationEntry;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.EventDraft;
import org.citybridge.events.domain.EventDraft.SessionEntry;
import org.citybridge.events.domain.EventKind;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.events.domain.EventStatus;
import org.citybridge.events.domain.SessionKind;
import org.citybridge.shared.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Check-in at the venue with 1,000 delegates from 300 cities. First the big screen: 200 streams open (each its own
 * connection), then 20 check-ins one after the other, and for each the time from sending it until every one of the 200
 * screens has received the new figure. Then two stations scanning at the same time, each scan a request as the check-in
 * page sends it (signed in, CSRF token, JSON) with no pause between scans: the latency of a first scan and of a
 * second scan of a badge already checked in, against nginx serving a JSON answer of the same size to the same two
 * clients in the same way.
 */
public final class EventCheckInBenchmark {

    private static final String PASSWORD = "Bench-password-2026";
    private static final int CITIES = 300;
    private static final int DELEGATES = 1000;
    private static final int SCREENS = 200;
    private static final int SCREEN_ROUNDS = 20;
    private static final int WARMUP = 200;
    private static final int REPEATS = 100;
    private static final Pattern CHECKED_IN = Pattern.compile("\"checkedIn\":(\\d+)");
    private static final Pattern BY_PROVINCE = Pattern.compile("\"byProvince\":\\[[^\\]]*]");

    public static void main(String[] args) throws Exception {
        Path out = Path.of("bench", "out");
        Files.createDirectories(out);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CityBridgeApplication.class)
                .run("--server.port=0", "--citybridge.data-dir=" + out.resolve("data-" + System.nanoTime()),
                        "--citybridge.embedded-database.throwaway=true", "--citybridge.admin-password=" + PASSWORD,
                        "--citybridge.mail.scheduler-enabled=false", "--logging.level.root=WARN",
                        "--logging.level.org.citybridge=WARN", "--spring.main.banner-mode=off")) {
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long event = plan(app, jdbc);
            List<Long> delegates = jdbc.queryForList("SELECT id FROM event_delegate WHERE event_id = ? AND state = 'REGISTERED' ORDER BY id",
                    Long.class, event);
            long lecture = jdbc.queryForObject("SELECT id FROM event_session WHERE event_id = ? AND kind = 'LECTURE'", Long.class, event);
            System.out.printf("data: %d delegates registered from %d cities%n", delegates.size(),
                    jdbc.queryForObject("SELECT count(*) FROM event_delegation WHERE event_id = ?", Integer.class, event));
            CheckInCodes codes = app.getBean(CheckInCodes.class);
            List<String> badges = delegates.stream().map(id -> codes.issue(event, id)).toList();
            Station one = Station.signIn(base, event, "station1");
            Station two = Station.signIn(base, event, "station2");

            List<String> scanned = badges.subList(0, DELEGATES - SCREEN_ROUNDS);
            // warm-up: the lecture's check-ins (the same path, another session), which leave the event's figures alone
            together(() -> one.scanAll(everyOther(scanned, 0).subList(0, WARMUP / 2), lecture),
                    () -> two.scanAll(everyOther(scanned, 1).subList(0, WARMUP / 2), lecture));
            screens(base, event, one, badges.subList(DELEGATES - SCREEN_ROUNDS, DELEGATES));
            stations(one, two, scanned, out);
        }
    }

    /** An open event (capacity 1,000, a lecture), 300 cities' delegations, two check-in accounts granted it. */
    private static long plan(ConfigurableApplicationContext app, JdbcTemplate jdbc) {
        BenchSupport.asAdmin();
        try {
            EventPlanning planning = app.getBean(EventPlanning.class);
            LocalDate first = LocalDate.now().plusDays(30);
            long event = planning.create(new EventDraft(EventKind.ANNUAL_CONFERENCE, "2026年度联络员工作会议", "510100", first,
                    first.plusDays(2), null, Instant.now().plus(20, ChronoUnit.DAYS), DELEGATES, 4, "", List.of(),
                    List.of(new SessionEntry(null, first, LocalTime.of(9, 0), LocalTime.of(11, 30), "开幕式暨全体会议",
                                    SessionKind.PLENARY, "一号厅", "", false, null),
                            new SessionEntry(null, first, LocalTime.of(14, 0), LocalTime.of(16, 0), "城市更新专题讲座",
                                    SessionKind.LECTURE, "二号厅", "", false, null)),
                    List.of()));
            planning.changeStatus(event, EventStatus.OPEN);
            DelegationRegistering registering = app.getBean(DelegationRegistering.class);
            List<String> cities = jdbc.queryForList("SELECT code FROM city WHERE level = 'PREFECTURE' ORDER BY code LIMIT ?",
                    String.class, CITIES);
            int mobile = 0;
            for (int i = 0; i < cities.size(); i++) {
                int size = i < DELEGATES - 3 * CITIES ? 4 : 3;
                List<DelegateEntry> delegation = new ArrayList<>();
                for (int d = 0; d < size; d++) {
                    delegation.add(new DelegateEntry(null, "代表" + cities.get(i) + "-" + d, d % 2 == 0 ? Gender.MALE : Gender.FEMALE,
                            "副秘书长", "市人民政府办公室", String.format("139%08d", ++mobile), null, null, null, null, null, null,
                            null, null, null, null, null, null, null, null));
                }
                registering.register(event, cities.get(i), new DelegationEntry(null, delegation));
            }
            AccountAdministration accounts = app.getBean(AccountAdministration.class);
            CheckInStaff staff = app.getBean(CheckInStaff.class);
            for (String station : List.of("station1", "station2")) {
                accounts.create(new NewAccount(station, station, PASSWORD, Role.CHECKIN, null, null, null));
                staff.grant(event, station);
            }
            return event;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** 200 screens open; for each check-in, the time until the last of them shows it. */
    private static void screens(String base, long event, Station station, List<String> badges) throws Exception {
        String admin = BenchSupport.login(base, PASSWORD);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Screen> screens = new ArrayList<>();
        for (int i = 0; i < SCREENS; i++) {
            Screen screen = new Screen(badges.size());
            client.sendAsync(HttpRequest.newBuilder(URI.create(base + "/events/" + event + "/screen/stream"))
                    .header("Accept", "text/event-stream").header("Cookie", admin).build(), HttpResponse.BodyHandlers.fromLineSubscriber(screen));
            screens.add(screen);
        }
        for (Screen screen : screens) {
            if (!screen.shown[0].await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("a screen never opened");
            }
        }
        double[] slowest = new double[badges.size()];
        double[] requests = new double[badges.size()];
        for (int round = 1; round <= badges.size(); round++) {
            long sent = System.nanoTime();
            station.scan(badges.get(round - 1), null);
            requests[round - 1] = (System.nanoTime() - sent) / 1e6;
            long last = sent;
            for (Screen screen : screens) {
                if (!screen.shown[round].await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("a screen did not show check-in " + round + " within 10 s");
                }
                last = Math.max(last, screen.at[round]);
            }
            slowest[round - 1] = (last - sent) / 1e6;
            Thread.sleep(200);
        }
        screens.forEach(Screen::close);
        Arrays.sort(slowest);
        Arrays.sort(requests);
        System.out.printf("big screen: %d streams open, %d check-ins one after the other; time from sending a check-in until "
                        + "the last of the %d screens had the new figure: median %.1f ms, max %.1f ms (target < 1000 ms)%n",
                SCREENS, badges.size(), SCREENS, slowest[slowest.length / 2], slowest[slowest.length - 1]);
        System.out.printf("  of which the check-in request itself: median %.1f ms, max %.1f ms%n", requests[requests.length / 2],
                requests[requests.length - 1]);
    }

    /** Two stations scanning at once: first scans, then second scans of the other station's badges; baseline nginx. */
    private static void stations(Station one, Station two, List<String> badges, Path out) throws Exception {
        List<String> oneBadges = everyOther(badges, 0);
        List<String> twoBadges = everyOther(badges, 1);
        List<double[]> firsts = together(() -> one.scanAll(oneBadges, null), () -> two.scanAll(twoBadges, null));
        List<double[]> seconds = together(() -> one.scanAll(twoBadges.subList(0, REPEATS), null),
                () -> two.scanAll(oneBadges.subList(0, REPEATS), null));
        Latency first = Latency.of(firsts);
        Latency second = Latency.of(seconds);

        Path root = Files.createDirectories(out.resolve("static"));
        Files.writeString(root.resolve("check-in.json"), one.lastAnswer);
        Latency nginx;
        try (Nginx server = new Nginx(root)) {
            Station.Fetcher a = new Station.Fetcher("http://127.0.0.1:" + server.port + "/check-in.json");
            Station.Fetcher b = new Station.Fetcher("http://127.0.0.1:" + server.port + "/check-in.json");
            together(() -> a.fetch(WARMUP / 2), () -> b.fetch(WARMUP / 2));
            nginx = Latency.of(together(() -> a.fetch(oneBadges.size()), () -> b.fetch(twoBadges.size())));
        }
        System.out.printf("check-in, two stations scanning at once (%d first scans, signed in, CSRF token, JSON): %s (target p95 < 50 ms)%n",
                badges.size(), first.describe());
        System.out.printf("  second scans of badges already checked in (%d): %s%n", 2 * REPEATS, second.describe());
        System.out.printf("  baseline nginx, a %d-byte JSON answer to the same two clients: %s -> p95 ratio app/nginx = %.1fx%n",
                one.lastAnswer.getBytes(StandardCharsets.UTF_8).length, nginx.describe(), first.p95 / nginx.p95);
    }

    /** The badges a station gets: every other one, from the first or the second. */
    private static List<String> everyOther(List<String> badges, int from) {
        List<String> taken = new ArrayList<>();
        for (int i = from; i < badges.size(); i += 2) {
            taken.add(badges.get(i));
        }
        return taken;
    }

    /** Runs both at once and answers what each measured. */
    @SafeVarargs
    private static List<double[]> together(Callable<double[]>... work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.length);
        try {
            List<Future<double[]>> running = new ArrayList<>();
            for (Callable<double[]> each : work) {
                running.add(pool.submit(each));
            }
            List<double[]> results = new ArrayList<>();
            for (Future<double[]> each : running) {
                results.add(each.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    record Latency(double median, double p95, double p99, double max, int requests) {

        static Latency of(List<double[]> measured) {
            double[] all = measured.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
            return new Latency(all[all.length / 2], all[(int) Math.ceil(all.length * 0.95) - 1],
                    all[(int) Math.ceil(all.length * 0.99) - 1], all[all.length - 1], all.length);
        }

        String describe() {
            return String.format("median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms over %d requests", median, p95, p99, max, requests);
        }
    }

    /** A check-in station: its own client and session, scanning one badge after the other. */
    private static final class Station {

        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final String scans;
        private final String cookie;
        private final String csrf;
        private volatile String lastAnswer;

        private Station(String scans, String cookie, String csrf) {
            this.scans = scans;
            this.cookie = cookie;
            this.csrf = csrf;
        }

        static Station signIn(String base, long event, String username) throws Exception {
            String cookie = BenchSupport.login(base, username, PASSWORD);
            String page = new String(BenchSupport.fetch(base + "/events/check-in", Map.of("Cookie", cookie)),
                    StandardCharsets.UTF_8);
            Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
            if (!token.find()) {
                throw new IllegalStateException("no CSRF token on the check-in page of " + username);
            }
            return new Station(base + "/events/" + event + "/check-in/scans", cookie, token.group(1));
        }

        void scan(String badge, Long session) throws Exception {
            String body = "{\"code\":\"" + badge + "\",\"station\":\"bench\"" + (session == null ? "" : ",\"session\":" + session) + "}";
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(scans)).header("Cookie", cookie)
                    .header("X-CSRF-TOKEN", csrf).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("a scan answered " + answer.statusCode() + ": " + answer.body());
            }
            lastAnswer = answer.body();
        }

        double[] scanAll(List<String> badges, Long session) throws Exception {
            double[] millis = new double[badges.size()];
            for (int i = 0; i < badges.size(); i++) {
                long start = System.nanoTime();
                scan(badges.get(i), session);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            return millis;
        }

        /** The baseline's client: the same HTTP client, GETs of a static file. */
        record Fetcher(String url, HttpClient client) {

            Fetcher(String url) {
                this(url, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
            }

            double[] fetch(int requests) throws Exception {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
                double[] millis = new double[requests];
                for (int i = 0; i < requests; i++) {
                    long start = System.nanoTime();
                    HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException(url + " answered " + answer.statusCode());
                    }
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
                return millis;
            }
        }
    }

    /** One open screen: notes when it first shows each number of delegates checked in. */
    private static final class Screen implements Flow.Subscriber<String> {

        final CountDownLatch[] shown;
        final long[] at;
        private volatile Flow.Subscription subscription;

        Screen(int rounds) {
            shown = new CountDownLatch[rounds + 1];
            at = new long[rounds + 1];
            for (int i = 0; i <= rounds; i++) {
                shown[i] = new CountDownLatch(1);
            }
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (!line.startsWith("data:")) {
                return;
            }
            Matcher figure = CHECKED_IN.matcher(BY_PROVINCE.matcher(line).replaceAll(""));
            if (figure.find()) {
                int checkedIn = Integer.parseInt(figure.group(1));
                if (checkedIn < shown.length && shown[checkedIn].getCount() > 0) {
                    at[checkedIn] = System.nanoTime();
                    shown[checkedIn].countDown();
                }
            }
        }

        @Override
        public void onError(Throwable error) {
        }

        @Override
        public void onComplete() {
        }

        void close() {
            if (subscription != null) {
                subscription.cancel();
            }
        }
    }

    private EventCheckInBenchmark() {
    }
}
