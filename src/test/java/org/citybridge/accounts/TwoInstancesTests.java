package org.citybridge.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citybridge.CityBridgeApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one external PostgreSQL (127.0.0.1:5432), as behind a proxy: a session opened
 * on one is valid on the other, and disabling the account on one ends it on both.
 */
class TwoInstancesTests {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String PASSWORD = "Two-instances-2026";
    private static final String DATABASE = "citybridge_it_" + System.nanoTime();
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startTwoInstances() throws SQLException {
        try (Connection connection = externalServer()) {
            connection.createStatement().execute("CREATE DATABASE " + DATABASE);
        }
        first = start();
        second = start();
    }

    @AfterAll
    static void stop() throws SQLException {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        if (first != null) {
            try (Connection connection = externalServer()) {
                connection.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            }
        }
    }

    @Test
    void aSessionOpenedOnOneInstanceServesOnTheOtherUntilTheAccountIsDisabled() throws Exception {
        String adminSession = login(first, "admin", PASSWORD);
        assertThat(status(second, "/admin/cities", adminSession)).isEqualTo(200);

        JdbcClient jdbc = first.getBean(JdbcClient.class);
        String csrf = csrfOf(get(first, "/admin/users/new", adminSession).body());
        HttpResponse<String> created = post(first, "/admin/users", adminSession,
                "username=staff2&displayName=staff2&password=Staff-password-42&role=STAFF&_csrf=" + csrf);
        assertThat(created.statusCode()).isEqualTo(302);
        String staffSession = login(second, "staff2", "Staff-password-42");
        assertThat(status(first, "/admin/cities", staffSession)).isEqualTo(200);

        long id = jdbc.sql("SELECT id FROM user_account WHERE username = 'staff2'").query(Long.class).single();
        String csrfOnSecond = csrfOf(get(second, "/admin/users/" + id, adminSession).body());
        assertThat(post(second, "/admin/users/" + id + "/disable", adminSession, "_csrf=" + csrfOnSecond).statusCode()).isEqualTo(302);

        assertThat(status(first, "/admin/cities", staffSession)).isEqualTo(302);
        assertThat(status(second, "/admin/cities", staffSession)).isEqualTo(302);
        assertThat(status(first, "/admin/cities", adminSession)).isEqualTo(200);
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CityBridgeApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + SERVER + DATABASE, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--citybridge.admin-password=" + PASSWORD,
                "--citybridge.data-dir=target/test-data/two-instances", "--spring.main.banner-mode=off");
    }

    /** Never skipped: .ci/run starts the machine's PostgreSQL, and a test that cannot reach it fails. */
    private static Connection externalServer() throws SQLException {
        try {
            return DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        } catch (SQLException e) {
            throw new SQLException("This test needs the PostgreSQL at 127.0.0.1:5432 (trust auth) that .ci/run starts", e);
        }
    }

    private String login(ConfigurableApplicationContext instance, String username, String password) throws Exception {
        HttpResponse<String> form = get(instance, "/login", null);
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> signedIn = post(instance, "/login", cookie,
                "username=" + username + "&password=" + password + "&_csrf=" + csrfOf(form.body()));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
        // the new session's cookie (a device cookie is set with it)
        return signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.split(";")[0]).findFirst().orElse(cookie);
    }

    private int status(ConfigurableApplicationContext instance, String path, String cookie) throws Exception {
        return get(instance, path, cookie).statusCode();
    }

    private HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(instance, path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(ConfigurableApplicationContext instance, String path, String cookie, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(instance, path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext instance, String path) {
        return URI.create("http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port") + path);
    }

    private static String csrfOf(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("CSRF token on the page").isTrue();
        return matcher.group(1);
    }
}
