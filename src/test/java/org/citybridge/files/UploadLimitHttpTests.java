package org.citybridge.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request just over the server's limit, sent over real HTTP (MockMvc does not go through Tomcat): a form gets the
 * friendly page in the layout, scripts and the API an RFC 9457 problem, never Tomcat's English "HTTP Status 413".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class UploadLimitHttpTests {

    static final String BOUNDARY = "----citybridge-limit";
    static final long JUST_OVER = 120L * 1024 * 1024 + 1024;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aFormOverTheLimitGetsTheFriendlyPageSayingTheLimitAndTheWayBack() throws Exception {
        HttpResponse<String> response = send("/admin/circulars/new", "text/html,application/xhtml+xml", JUST_OVER, true);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(response.body()).contains("120 MB").contains("每个文件不超过 20 MB").contains("返回上一页")
                .contains("/css/app.css").doesNotContain("HTTP Status").doesNotContain("Apache Tomcat");
    }

    @Test
    void aFormOverTheLimitWithoutAnnouncingItsLengthGetsTheSamePage() throws Exception {
        HttpResponse<String> response = send("/admin/circulars/new", "text/html", JUST_OVER, false);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("120 MB").doesNotContain("Apache Tomcat");
    }

    @Test
    void theEditorsPictureUploadAndTheApiGetAProblemDetailInTheUsersLanguage() throws Exception {
        for (String path : new String[]{"/admin/portal/media", "/admin/submissions/media", "/api/v1/roster/imports"}) {
            HttpResponse<String> response = send(path, "application/json", JUST_OVER, true);
            assertThat(response.statusCode()).as(path).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).as(path).contains("\"status\":413").contains("120 MB").contains("upload-too-large");
        }
    }

    private HttpResponse<String> send(String path, String accept, long size, boolean announceLength)
            throws IOException, InterruptedException {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"大文件.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long padding = size - head.length - tail.length;
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                new SequenceInputStream(new java.io.ByteArrayInputStream(head), new Zeros(padding)),
                new java.io.ByteArrayInputStream(tail)));
        if (announceLength) {
            body = HttpRequest.BodyPublishers.fromPublisher(body, size);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Accept", accept)
                .header("Accept-Language", "zh-CN")
                .POST(body).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** So many zero bytes, without holding them in memory. */
    static final class Zeros extends InputStream {
        private long left;

        Zeros(long count) {
            this.left = count;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}
