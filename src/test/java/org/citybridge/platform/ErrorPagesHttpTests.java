package org.citybridge.platform;

import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citybridge.directory.LiaisonRole;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** Over real HTTP, as the servlet container dispatches errors (MockMvc does not): never a framework's own page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ErrorPagesHttpTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anUnknownPageIsTheSitesOwnPageInChinese() throws Exception {
        HttpResponse<String> page = get(http, "/no-such-page", "zh-CN");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("Whitelabel").contains("页面不存在", "您要找的内容不存在。", "返回首页")
                .contains("/css/portal.css").doesNotContain("id=\"sidebar\"");
    }

    @Test
    void anUnknownPageSpeaksEnglishToAnEnglishReader() throws Exception {
        HttpResponse<String> page = get(http, "/no-such-page?lang=en", "en");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("Whitelabel").contains("Page not found", "What you are looking for does not exist.")
                .contains("href=\"/no-such-page?lang=zh_CN\"");
    }

    @Test
    void anUnknownBackOfficePageIsShownInTheBackOfficeShell() throws Exception {
        HttpClient admin = signedIn("admin", Fixtures.ADMIN_PASSWORD);

        HttpResponse<String> page = get(admin, "/admin/cities/no-such-city/nothing", "zh-CN");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("Whitelabel").contains("id=\"sidebar\"", "页面不存在", "返回工作台", "错误代码：404")
                .doesNotContain("/css/portal.css");
        assertThat(get(admin, "/admin/no-such-page?lang=en", "zh-CN").body()).contains("Page not found", "Back to the dashboard");
    }

    @Test
    void aLiaisonOpeningAnotherCitysPageIsRefusedInTheShell() throws Exception {
        long person = fixtures.person("错误页联络员");
        fixtures.appoint("360900", person, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        HttpClient liaison = signedIn(fixtures.account(Role.LIAISON, "360900", "360000", person), Fixtures.PASSWORD);

        HttpResponse<String> page = get(liaison, "/admin/cities/361000", "zh-CN");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("id=\"sidebar\"", "无权访问", "您无权访问此内容。").doesNotContain("Whitelabel");
    }

    @Test
    void aPostWithoutItsTokenIsRefusedInTheShell() throws Exception {
        HttpClient admin = signedIn("admin", Fixtures.ADMIN_PASSWORD);

        HttpResponse<String> page = admin.send(HttpRequest.newBuilder(uri("/admin/cities/510100/profile"))
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("address=x")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("id=\"sidebar\"", "无权访问");
    }

    @Test
    void openingAnAddressThatOnlyReceivesAFormSaysSoNotThatTheServerFailed() throws Exception {
        HttpClient admin = signedIn("admin", Fixtures.ADMIN_PASSWORD);

        HttpResponse<String> page = get(admin, "/admin/cities/bulk/apply", "zh-CN");

        assertThat(page.statusCode()).isEqualTo(405);
        assertThat(page.body()).contains("id=\"sidebar\"", "不能直接打开此地址", "请返回上一页重新操作", "错误代码：405")
                .doesNotContain("服务器处理请求时出错", "Whitelabel");
        assertThat(get(admin, "/admin/cities/bulk/apply?lang=en", "zh-CN").body())
                .contains("This address cannot be opened directly");
    }

    @Test
    void aRequestLineWithRawChineseIsTurnedAwayAsBadNotAsAServerFailure() throws Exception {
        for (String path : new String[] {"/search?q=联络", "/column/news?page=一"}) {
            try (Socket socket = new Socket("localhost", port)) {
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                String statusLine = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");

                assertThat(statusLine).as(path).startsWith("HTTP/1.1 400");
            }
        }
    }

    @Test
    void anHtmxRequestGetsOnlyTheMessage() throws Exception {
        HttpClient admin = signedIn("admin", Fixtures.ADMIN_PASSWORD);

        HttpResponse<String> answer = admin.send(HttpRequest.newBuilder(uri("/admin/no-such-page")).header("Accept", "text/html")
                .header("HX-Request", "true").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("data-error-fragment", "role=\"alert\"", "页面不存在").doesNotContain("<html", "sidebar");
    }

    @Test
    void theApiAnswersProblemDetails() throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + Fixtures.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/api/v1/no-such-thing"))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> json = http.send(HttpRequest.newBuilder(uri("/api/v1/no-such-thing"))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.body()).contains("\"status\":404", "\"detail\"").contains("您要找的内容不存在。").doesNotContain("timestamp", "<html");
        assertThat(json.body()).contains("\"type\":\"urn:citybridge:problem:not-found\"");
    }

    private HttpClient signedIn(String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Matcher token = CSRF.matcher(get(client, "/login", "zh-CN").body());
        assertThat(token.find()).isTrue();
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/admin"));
        return client;
    }

    private HttpResponse<String> get(HttpClient client, String path, String language) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
