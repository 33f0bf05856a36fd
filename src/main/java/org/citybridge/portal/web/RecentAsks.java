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
    private volatile Map<PageKey, Long> current = new ConcurrentHashMap<>();
    private volatile Map<PageKey, Long> previous = Map.of();
    private volatile long currentSince = Long.MIN_VALUE;

    RecentAsks(MaxAge maxAge, Duration ttl, Duration grace) {
        this.maxAge = maxAge;
        this.grace = grace;
        this.span = ttl.plus(grace).toNanos();
    }

    /** Remembers this ask, and answers whether the page had been asked for within the span before it. */
    boolean askedAgain(PageKey key) {
        long now = maxAge.now();
        turnIfDue(now);
        Long before = current.put(key, now);
        if (before == null) {
            before = previous.get(key);
        }
        return before != null && !maxAge.over(before, now, grace);
    }

    private void turnIfDue(long now) {
        if (due(now)) {
            synchronized (this) {
                if (due(now)) {
                    previous = currentSince == Long.MIN_VALUE ? Map.of() : current;
                    current = new ConcurrentHashMap<>();
                    currentSince = now;
                }
            }
        }
    }

    private boolean due(long now) {
        return currentSince == Long.MIN_VALUE || now < currentSince || now - currentSince >= span;
    }
}
