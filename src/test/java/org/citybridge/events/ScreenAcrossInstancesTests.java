package org.citybridge.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.citybridge.accounts.domain.AccountAdministration;
import org.citybridge.accounts.domain.NewAccount;
import org.citybridge.events.domain.CheckInCodes;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.DelegationView;
import org.citybridge.events.domain.EventDraft;
import org.citybridge.events.domain.EventKind;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.events.domain.EventStatus;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.SharedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one external PostgreSQL (127.0.0.1:5432), as behind a proxy: a big screen open on one
 * shows a check-in made on the other, within seconds and without a reload.
 */
class ScreenAcrossInstancesTests {

    private static final String PASSWORD = "Screen-instances-2026";
    private static final Actor ADMIN = new Actor("admin", Role.ADMIN, null, null, null);
    private static SharedDatabase database;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startTwoInstances() throws SQLException {
        database = SharedDatabase.create("citybridge_screens");
        first = start("first");
        second = start("second");
    }

    @AfterAll
    static void stop() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aCheckInOnOneInstanceReachesAScreenOpenOnTheOther() throws Exception {
        LocalDate firstDay = LocalDate.now().plusDays(30);
        long event = Fixtures.as(ADMIN, () -> {
            EventPlanning planning = first.getBean(EventPlanning.class);
            long id = planning.create(new EventDraft(EventKind.FORUM, "两个实例的大屏", null, firstDay, firstDay, null,
                    Instant.now().plus(Duration.ofDays(10)), 10, null, "", List.of(), List.of(), List.of()));
            planning.changeStatus(id, EventStatus.OPEN);
            first.getBean(AccountAdministration.class).create(new NewAccount("screen-staff", "大屏秘书处", PASSWORD, Role.STAFF, null, null, null));
            return id;
        });
        DelegationView delegation = Fixtures.as(ADMIN, () -> first.getBean(DelegationRegistering.class)
                .register(event, "450100", EventTesting.delegation("南宁代表")));
        String code = first.getBean(CheckInCodes.class).issue(event, delegation.delegates().get(0).id());

        BlockingQueue<String> figures = openScreen(second, event, login(second, "screen-staff"));
        assertThat(checkedIn(figures.poll(15, TimeUnit.SECONDS))).as("the figures when the screen opens").isZero();

        HttpResponse<String> scan = http.send(HttpRequest.newBuilder(uri(first, "/api/v1/events/" + event + "/check-ins"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("screen-staff:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(scan.statusCode()).as(scan.body()).isEqualTo(200);

        assertThat(checkedIn(figures.poll(15, TimeUnit.SECONDS))).as("the figures after the check-in on the other instance").isEqualTo(1);
    }

    private int checkedIn(String data) {
        assertThat(data).as("figures received").isNotNull();
        JsonNode shown = first.getBean(JsonMapper.class).readTree(data);
        return shown.get("checkedIn").asInt();
    }

    /** The data of every {@code figures} event of the instance's stream for the event, as they arrive. */
    private BlockingQueue<String> openScreen(ConfigurableApplicationContext instance, long event, String cookie) throws Exception {
        HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(uri(instance, "/events/" + event + "/screen/stream"))
                .header("Accept", "text/event-stream").header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        BlockingQueue<String> figures = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> stream.body().filter(line -> line.startsWith("data:"))
                .forEach(line -> figures.add(line.substring(5).strip())), "screen-reader");
        reader.setDaemon(true);
        reader.start();
        return figures;
    }

    private static ConfigurableApplicationContext start(String name) {
        return database.start(name, "--citybridge.admin-password=" + PASSWORD);
    }

    private String login(ConfigurableApplicationContext instance, String username) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(uri(instance, "/login")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri(instance, "/login")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + PASSWORD + "&_csrf=" + csrf.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
        // the new session's cookie (a device cookie is set with it)
        return signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.split(";")[0]).findFirst().orElse(cookie);
    }

    private static URI uri(ConfigurableApplicationContext instance, String path) {
        return SharedDatabase.uri(instance, path);
    }
}
