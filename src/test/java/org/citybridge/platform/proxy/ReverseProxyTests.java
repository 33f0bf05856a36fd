package org.citybridge.platform.proxy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The application behind a real nginx that terminates TLS (it says {@code X-Forwarded-Proto: https}), trusting that
 * proxy's address (127.0.0.1) alone. Clients connect from other loopback addresses: 127.0.0.3 through nginx, 127.0.0.4
 * straight to the application, forging the headers a proxy would send.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "citybridge.proxy.trusted=127.0.0.1/32")
@Import(ReverseProxyTests.RequestAsSeen.class)
class ReverseProxyTests {

    private static final String CLIENT = "127.0.0.3";
    private static final String FORGER = "127.0.0.4";
    private static final Map<String, String> FORGED = Map.of("X-Forwarded-For", "203.0.113.9", "X-Forwarded-Proto", "https",
            "X-Forwarded-Host", "citybridge.example", "X-Forwarded-Port", "443");
    private static NginxInFront nginx;

    @LocalServerPort
    int port;

    @BeforeAll
    static void nginxIsInstalled() {
        assumeTrue(Files.isExecutable(Path.of(NginxInFront.BINARY)), "nginx is not installed at " + NginxInFront.BINARY
                + ": the reverse-proxy test is skipped");
    }

    @AfterAll
    static void stopNginx() throws InterruptedException {
        if (nginx != null) {
            nginx.close();
        }
    }

    private int proxyPort() throws Exception {
        if (nginx == null) {
            nginx = new NginxInFront(port);
        }
        return nginx.port;
    }

    @Test
    void throughTheProxyTheApplicationSeesTheClientsAddressAndHttps() throws Exception {
        RawHttp.Response seen = RawHttp.get(CLIENT, proxyPort(), "/test/request-as-seen", Map.of());

        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).isEqualTo("127.0.0.3 https secure citybridge-host=127.0.0.1:443");
    }

    @Test
    void throughTheProxyRedirectsSayHttpsAndTheSessionCookieIsSecure() throws Exception {
        RawHttp.Response admin = RawHttp.get(CLIENT, proxyPort(), "/admin", Map.of());
        assertThat(admin.status()).isEqualTo(302);
        assertThat(admin.headers("Location")).singleElement().asString().startsWith("https://127.0.0.1/login");

        RawHttp.Response login = RawHttp.get(CLIENT, proxyPort(), "/login", Map.of());
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.headers("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("SESSION="))
                .singleElement().asString().contains("; Secure").contains("HttpOnly");
    }

    @Test
    void aClientThatIsNotTheProxyIsNotBelievedWhenItForgesForwardedHeaders() throws Exception {
        RawHttp.Response seen = RawHttp.get(FORGER, port, "/test/request-as-seen", FORGED);
        assertThat(seen.body()).isEqualTo("127.0.0.4 http insecure citybridge-host=127.0.0.1:" + port);

        RawHttp.Response admin = RawHttp.get(FORGER, port, "/admin", FORGED);
        assertThat(admin.headers("Location")).singleElement().asString().startsWith("http://127.0.0.1:" + port + "/login");
        RawHttp.Response login = RawHttp.get(FORGER, port, "/login", FORGED);
        assertThat(login.headers("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("SESSION="))
                .singleElement().asString().doesNotContain("Secure");
    }

    @Test
    void forgedHeadersSentThroughTheProxyDoNotHideTheClientsAddress() throws Exception {
        RawHttp.Response seen = RawHttp.get(CLIENT, proxyPort(), "/test/request-as-seen", Map.of("X-Forwarded-For", "203.0.113.9"));

        assertThat(seen.body()).startsWith("127.0.0.3 https");
    }

    /** What the servlet request says about its client, as the login throttle and redirects read it. */
    @RestController
    static class RequestAsSeen {

        @GetMapping("/test/request-as-seen")
        String seen(HttpServletRequest request) {
            return request.getRemoteAddr() + " " + request.getScheme() + " " + (request.isSecure() ? "secure" : "insecure")
                    + " citybridge-host=" + request.getServerName() + ":" + request.getServerPort();
        }
    }
}
