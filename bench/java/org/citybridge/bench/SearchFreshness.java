package org.citybridge.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.citybridge.portal.PortalTesting;
import org.springframework.context.ConfigurableApplicationContext;

/** How long after a publish through one instance its search page on another finds the article. */
final class SearchFreshness {

    private SearchFreshness() {
    }

    /** Six common characters drawn at random: a word no earlier article holds, found as a whole by the bigram field. */
    private static String uniqueChineseWord(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            word.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
        }
        return word.toString();
    }

    static void measure(ConfigurableApplicationContext publishing, ConfigurableApplicationContext searching, int times) throws Exception {
        String base = "http://127.0.0.1:" + ScaleOutBenchmark.port(searching);
        List<Long> millis = new ArrayList<>();
        Random random = new Random();
        for (int i = 0; i < times; i++) {
            String word = uniqueChineseWord(random);
            String link = "/article/" + PortalTesting.publish(publishing, word + "城市联络", "<p>" + word + "：搜索新鲜度。</p>") + ".html";
            long published = System.nanoTime();
            String url = base + "/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
            while (!new String(BenchSupport.fetch(url, Map.of()), StandardCharsets.UTF_8).contains(link)) {
                if (System.nanoTime() - published > 30_000_000_000L) {
                    throw new IllegalStateException("not found on the other instance within 30 s: " + word);
                }
                Thread.sleep(20);
            }
            millis.add((System.nanoTime() - published) / 1_000_000);
        }
        Collections.sort(millis);
        System.out.printf("search freshness (publish through one instance, found by the other's search page), %d publishes: "
                        + "median %d ms, p95 %d ms, max %d ms%n", times, millis.get(times / 2),
                millis.get((int) Math.ceil(times * 0.95) - 1), millis.get(times - 1));
    }
}
