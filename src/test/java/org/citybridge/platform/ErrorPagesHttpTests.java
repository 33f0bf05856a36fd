package org.citybridge.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** Over real HTTP, as the servlet container dispatches errors (MockMvc does not): never a framework's own page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ErrorPagesHttpTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anUnknownPageIsTheSitesOwnPageInChinese() throws Exception {
        HttpResponse<String> page = get("/no-such-page", "zh-CN");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("Whitelabel").contains("您要找的内容不存在。").contains("返回首页")
                .contains("/css/portal.css");
    }

    @Test
    void anUnknownPageSpeaksEnglishToAnEnglishReader() throws Exception {
        HttpResponse<String> page = get("/no-such-page?lang=en", "en");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("Whitelabel").contains("What you are looking for does not exist.");
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
    }
}
