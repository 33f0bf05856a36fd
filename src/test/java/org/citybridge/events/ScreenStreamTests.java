package org.citybridge.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.citybridge.events.domain.CheckInCodes;
import org.citybridge.events.domain.CheckInRequest;
import org.citybridge.events.domain.CheckIns;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.DelegationView;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.platform.assets.Assets;
import org.citybridge.platform.signals.Signals;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The big screen over real HTTP, as a browser opens it: the page, its script served by the application, and its stream
 * of server-sent events, which brings the new figure after a check-in made through the API, after one recorded by
 * another instance on the same database (a row and a NOTIFY, nothing else), and after the listening connection was
 * cut. Nanning (450100) and Haikou (460100) send delegates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(Fixtures.class)
class ScreenStreamTests {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    Assets assets;
    @Autowired
    Fixtures fixtures;
    @Autowired
    EventPlanning planning;
    @Autowired
    DelegationRegistering registering;
    @Autowired
    CheckIns checkIns;
    @Autowired
    CheckInCodes codes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;
    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    private final BlockingQueue<String> figures = new LinkedBlockingQueue<>();
    private Thread reader;

    @AfterEach
    void closeStream() {
        if (reader != null) {
            reader.interrupt();
        }
    }

    private HttpResponse<String> page(String path, Cookie session) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", session == null ? "" : "SESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the stream and keeps the data of each {@code figures} event it receives, as the screen's script does. */
    private void openStream(long event, Cookie session) throws Exception {
        HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/events/" + event + "/screen/stream"))
                .header("Accept", "text/event-stream").header("Cookie", "SESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        reader = new Thread(() -> {
            String name = "";
            for (String line : (Iterable<String>) response.body()::iterator) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:") && name.equals("figures")) {
                    figures.add(line.substring(5).strip());
                } else if (line.isEmpty()) {
                    name = "";
                }
            }
        }, "screen-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next figures the stream delivers showing the given number checked in, skipping any earlier ones. */
    private JsonNode awaitCheckedIn(int checkedIn) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            String data = figures.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            JsonNode shown = data == null ? null : json.readTree(data);
            if (shown != null && shown.get("checkedIn").asInt() == checkedIn) {
                return shown;
            }
        }
        throw new AssertionError("the screen never showed " + checkedIn + " checked in");
    }

    @Test
    void aCheckInReachesAnOpenScreenWithoutAReload() throws Exception {
        EventTesting events = new EventTesting(fixtures, planning, registering, jdbc, clock);
        long event = events.openEvent("大屏测试会议", 50, null);
        DelegationView nanning = events.register(EventTesting.staff(), event, "450100", EventTesting.delegation("南宁甲", "南宁乙"));
        DelegationView haikou = events.register(EventTesting.staff(), event, "460100", EventTesting.delegation("海口甲"));
        String staff = fixtures.account(Role.STAFF);
        Cookie session = Sessions.login(mvc, staff, Fixtures.PASSWORD);

        HttpResponse<String> screen = page("/events/" + event + "/screen", session);
        assertThat(screen.statusCode()).isEqualTo(200);
        assertThat(screen.body()).contains("大屏测试会议").contains("已报到 ").contains("id=\"checked-in\">0<")
                .contains("<script src=\"" + assets.of("/js/event-screen.js") + "\"").contains("data-stream=\"/events/" + event + "/screen/stream\"")
                .doesNotContain("cdn");
        assertThat(page("/js/event-screen.js", null).body()).contains("new EventSource");

        openStream(event, session);
        JsonNode opened = awaitCheckedIn(0);
        assertThat(opened.get("registered").asInt()).isEqualTo(3);
        assertThat(opened.get("registeredCities").asInt()).isEqualTo(2);

        fixtures.asAdmin(() -> checkIns.checkIn(event, CheckInRequest.of(codes.issue(event, EventTesting.named(nanning, "南宁甲").id()))));
        JsonNode one = awaitCheckedIn(1);
        assertThat(one.get("checkedInCities").asInt()).isEqualTo(1);
        assertThat(one.get("byProvince").get(0).get("provinceName").asString()).isEqualTo("广西壮族自治区");
        assertThat(one.get("byProvince").get(0).get("checkedIn").asInt()).isEqualTo(1);

        long haikouDelegate = EventTesting.named(haikou, "海口甲").id();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                            INSERT INTO event_check_in (event_id, delegate_id, checked_in_at, recorded_at, checked_in_by)
                            VALUES (:event, :delegate, now(), now(), 'another-instance')""")
                    .param("event", event).param("delegate", haikouDelegate).update();
            jdbc.sql("SELECT pg_notify(:channel, :signal)").param("channel", Signals.CHANNEL)
                    .param("signal", "another-instance check-in " + event).query((rs, n) -> n).list();
        });
        assertThat(awaitCheckedIn(2).get("checkedInCities").asInt()).as("a check-in recorded by another instance").isEqualTo(2);

        assertThat(jdbc.sql("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query = 'LISTEN " + Signals.CHANNEL + "'")
                .query(Long.class).single()).as("the listening connection, cut").isEqualTo(1);
        fixtures.asAdmin(() -> checkIns.checkIn(event, CheckInRequest.of(codes.issue(event, EventTesting.named(nanning, "南宁乙").id()))));
        assertThat(awaitCheckedIn(3).get("checkedInCities").asInt()).as("after the listener reconnected").isEqualTo(2);
    }
}
