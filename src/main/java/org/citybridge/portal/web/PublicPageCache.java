package org.citybridge.portal.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.citybridge.portal.ArticlePublished;
import org.citybridge.portal.ArticleWithdrawn;
import org.citybridge.portal.domain.PublicDataCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps article pages as rendered for anonymous readers for a moment ({@code citybridge.portal.page-cache-ttl}, 1 s by
 * default; zero turns it off), so that a much-read article does not render the same page many times a second. The hit
 * count is never kept: it is written into the page when it is served. What the page shows is kept apart, by {@link
 * PublicDataCache}. A publish or withdrawal on this instance empties it at once; other instances catch up within the
 * moment.
 *
 * <p>A rendered page that is due is renewed by one request while the others are still served the page it replaces,
 * for at most {@link #RENEWAL_GRACE} after it fell due; renewing reads the article afresh ({@link
 * PublicDataCache#forgetArticle}), so another instance's withdrawal shows here within the moment and the grace.
 * Rendered pages take at most {@link #MAX_PAGE_BYTES}; past that, pages long due are dropped, and if that is not
 * enough, all. Whatever was rendered while this instance published or withdrew is not kept.
 */
@Component
class PublicPageCache {

    private static final int MAX_PAGES = 10_000;
    static final long MAX_PAGE_BYTES = 64L * 1024 * 1024;
    static final Duration RENEWAL_GRACE = Duration.ofSeconds(2);

    private final long ttlNanos;
    private final Map<PageKey, RenderedEntry> pages = new ConcurrentHashMap<>();
    private final AtomicLong pageBytes = new AtomicLong();
    /** Counts publishes and withdrawals: what was rendered across one is not kept. */
    private final AtomicLong changes = new AtomicLong();

    PublicPageCache(@Value("${citybridge.portal.page-cache-ttl:1s}") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /**
     * The rendered page to serve, or null when this request is to render it: none is kept, or the one kept is due
     * and no other request is renewing it (or has been for too long).
     */
    RenderedPage rendered(PageKey key) {
        RenderedEntry entry = ttlNanos <= 0 ? null : pages.get(key);
        if (entry == null) {
            return null;
        }
        long now = System.nanoTime();
        if (now - entry.expiresAt() < 0) {
            return entry.page();
        }
        if (now - entry.expiresAt() > RENEWAL_GRACE.toNanos() || entry.renewing().compareAndSet(false, true)) {
            return null;
        }
        return entry.page();
    }

    /** Where publishes and withdrawals stand; {@link #keep} takes it as read before the page was rendered. */
    long changes() {
        return changes.get();
    }

    void keep(PageKey key, RenderedPage page, long changesSeen) {
        if (ttlNanos <= 0) {
            return;
        }
        long size = page.size();
        if (pages.size() >= MAX_PAGES || pageBytes.get() + size > MAX_PAGE_BYTES) {
            makeRoom(size);
        }
        RenderedEntry entry = new RenderedEntry(page, System.nanoTime() + ttlNanos, new AtomicBoolean());
        RenderedEntry previous = pages.put(key, entry);
        pageBytes.addAndGet(size - (previous == null ? 0 : previous.page().size()));
        if (changes.get() != changesSeen) {
            forget(key);
        }
    }

    void forget(PageKey key) {
        RenderedEntry removed = pages.remove(key);
        if (removed != null) {
            pageBytes.addAndGet(-removed.page().size());
        }
    }

    private synchronized void makeRoom(long size) {
        long longDue = System.nanoTime() - RENEWAL_GRACE.toNanos();
        pages.values().removeIf(entry -> entry.expiresAt() - longDue < 0);
        if (pages.size() >= MAX_PAGES || recount() + size > MAX_PAGE_BYTES) {
            pages.clear();
        }
        recount();
    }

    private long recount() {
        long bytes = pages.values().stream().mapToLong(entry -> entry.page().size()).sum();
        pageBytes.set(bytes);
        return bytes;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticlePublished event) {
        clearPages();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleWithdrawn event) {
        clearPages();
    }

    private void clearPages() {
        changes.incrementAndGet();
        pages.clear();
        pageBytes.set(0);
    }

    /**
     * Which rendering of an article page a request asks for: the article, the reader's options as their cookies say,
     * and whether it came over HTTPS (which adds a header).
     */
    record PageKey(long articleId, String fontSize, String contrast, String language, boolean secure) {
    }

    /** An article page as rendered for anonymous readers: its headers and its bytes before and after the hit count. */
    record RenderedPage(String contentType, Locale locale, List<Map.Entry<String, String>> headers, byte[] beforeHits,
                        byte[] afterHits) {
        long size() {
            return beforeHits.length + afterHits.length;
        }
    }

    private record RenderedEntry(RenderedPage page, long expiresAt, AtomicBoolean renewing) {
    }
}
