package org.citybridge.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citybridge.support.SharedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one external PostgreSQL (127.0.0.1:5432), as behind a proxy: a session opened
 * on one is valid on the other, and disabling the account on one ends it on both.
 */
class TwoInstancesTests {

    private static final String PASSWORD = "Two-instances-2026";
    private static SharedDatabase database;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startTwoInstances() throws SQLException {
        database = SharedDatabase.create("citybridge_it");
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

    private static ConfigurableApplicationContext start(String name) {
        return database.start(name, "--citybridge.admin-password=" + PASSWORD);
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
        return SharedDatabase.uri(instance, path);
    }

    private static String csrfOf(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("CSRF token on the page").isTrue();
        return matcher.group(1);
    }
}
