package org.citybridge.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * axe-core's own script (the one the axe-core Selenium library carries), served by the application under test to the
 * pages the journeys check. Loaded by a page as a script of its own origin, Chromium keeps it in its cache compiled,
 * where handing a page its 550 KB source through the driver had it parsed anew for every page and frame, about 200 ms
 * each. Under {@code /js/}, which every filter lets through (a check-in desk's, a liaison's without a post).
 */
@RestController
class AxeCoreScript {

    static final String PATH = "/js/axe-core-for-tests.min.js";

    private static final byte[] SOURCE = read();

    @GetMapping(PATH)
    ResponseEntity<byte[]> script() {
        return ResponseEntity.ok().contentType(MediaType.valueOf("text/javascript"))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1))).body(SOURCE);
    }

    /** The script's text, for a page that may run no script of its own origin (a sandboxed download). */
    static String text() {
        return new String(SOURCE, StandardCharsets.UTF_8);
    }

    private static byte[] read() {
        try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not in the axe-core Selenium library");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
