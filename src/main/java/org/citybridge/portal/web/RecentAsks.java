package org.citybridge.portal.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.citybridge.portal.domain.MaxAge;
import org.citybridge.portal.web.PublicPageCache.PageKey;

/**
 * Which pages were asked for a moment ago: within the time a kept page is served and then renewed ({@code maxAge}
 * and {@code grace}). Each ask is remembered with its time for between one and two such spans, then forgotten: the
 * keys of a few seconds of asks, never the pages.
 */
final class RecentAsks {

    private final MaxAge maxAge;
    private final Duration grace;
    private final long span;
    private volatile Asks asks;

    RecentAsks(MaxAge maxAge, Duration ttl, Duration grace) {
        this.maxAge = maxAge;
        this.grace = grace;
        this.span = ttl.plus(grace).toNanos();
        this.asks = new Asks(new ConcurrentHashMap<>(), Map.of(), maxAge.now());
    }

    /** Remembers this ask, and answers whether the page had been asked for within the span before it. */
    boolean askedAgain(PageKey key) {
        long now = maxAge.now();
        Asks recent = turnedIfDue(now);
        Long before = recent.current().put(key, now);
        if (before == null) {
            before = recent.previous().get(key);
        }
        return before != null && !maxAge.over(before, now, grace);
    }

    private Asks turnedIfDue(long now) {
        Asks recent = asks;
        if (recent.due(now, span)) {
            synchronized (this) {
                recent = asks;
                if (recent.due(now, span)) {
                    recent = new Asks(new ConcurrentHashMap<>(), recent.current(), now);
                    asks = recent;
                }
            }
        }
        return recent;
    }

    /** The asks since {@code since}, and those of the span before. */
    private record Asks(Map<PageKey, Long> current, Map<PageKey, Long> previous, long since) {

        boolean due(long now, long span) {
            return now < since || now - since >= span;
        }
    }
}
