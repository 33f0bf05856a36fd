package org.citybridge.portal.web;

import java.util.List;
import java.util.Locale;

/**
 * Tells crawlers and scripts from readers by their User-Agent, so that they do not count as views. An empty agent is a
 * bot; headless Chrome is not (the browser tests use it, and some readers' tools do too).
 */
public final class BotDetector {

    private static final List<String> MARKERS = List.of("bot", "spider", "crawl", "slurp", "curl", "wget", "python-requests");

    private BotDetector() {
    }

    public static boolean isBot(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        return MARKERS.stream().anyMatch(agent::contains);
    }
}
