package org.citybridge.portal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.citybridge.portal.ArticlePublished;
import org.citybridge.portal.ArticleWithdrawn;
import org.citybridge.portal.SiteSettingsChanged;
import org.citybridge.portal.domain.ColumnsChanged;
import org.citybridge.portal.domain.MaxAge;
import org.citybridge.portal.domain.PublicDataCache;
import org.citybridge.portal.domain.PublicSiteChangedElsewhere;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps public pages as rendered for anonymous readers (article pages, the home page, column pages and search
 * results) for a moment ({@code citybridge.portal.page-cache-ttl}, 1 s by default, timed by the application's clock;
 * zero turns it off), so that a much-read page is not rendered many times a second. An article's hit count is never
 * kept: it is written into the page when it is served. What an article page shows is kept apart, by {@link
 * PublicDataCache}. A publish, a withdrawal, a column change or a change of the site's settings empties it at once, on
 * this instance and, signalled through the database, on the others ({@link PublicSiteChangedElsewhere}); scheduled
 * publishing and expiry show within the moment.
 *
 * <p>A rendered page that is due is renewed by one request while the others are still served the page it replaces,
 * for at most {@link #RENEWAL_GRACE} after it fell due; renewing an article page reads the article afresh ({@link
 * PublicDataCache#forgetArticle}).
 * Rendered pages take at most {@link #MAX_PAGE_BYTES}; past that, pages long due are dropped, and if that is not
 * enough, all. Whatever was rendered while the site changed (here or on another instance) is not kept.
 */
@Component
class PublicPageCache {

    private static final int MAX_PAGES = 10_000;
    static final long MAX_PAGE_BYTES = 64L * 1024 * 1024;
    static final Duration RENEWAL_GRACE = Duration.ofSeconds(2);

    private final MaxAge maxAge;
    private final Map<PageKey, RenderedEntry> pages = new ConcurrentHashMap<>();
    private final AtomicLong pageBytes = new AtomicLong();
    /** Counts publishes, withdrawals and column changes: what was rendered across one is not kept. */
    private final AtomicLong changes = new AtomicLong();
    private final RecentAsks asks;

    PublicPageCache(Clock clock, @Value("${citybridge.portal.page-cache-ttl:1s}") Duration ttl) {
        this.maxAge = new MaxAge(clock, ttl);
        this.asks = new RecentAsks(maxAge, ttl, RENEWAL_GRACE);
    }

    /**
     * The rendered page to serve, or null when this request is to render it: none is kept, or the one kept is due
     * and no other request is renewing it (or has been for too long).
     */
    RenderedPage rendered(PageKey key) {
        RenderedEntry entry = maxAge.off() ? null : pages.get(key);
        if (entry == null) {
            return null;
        }
        long now = maxAge.now();
        if (!maxAge.over(entry.keptAt(), now)) {
            return entry.page();
        }
        if (maxAge.over(entry.keptAt(), now, RENEWAL_GRACE) || entry.renewing().compareAndSet(false, true)) {
            return null;
        }
        return entry.page();
    }

    /** Where publishes, withdrawals and column changes stand; {@link #keep} takes it as read before the page was rendered. */
    long changes() {
        return changes.get();
    }

    /**
     * Keeps the page unless something changed since {@code changesSeen}; answers it as kept: with the time it was
     * first rendered as it is, when the page it replaces had the same bytes.
     */
    RenderedPage keep(PageKey key, RenderedPage page, long changesSeen) {
        if (maxAge.off()) {
            return page;
        }
        RenderedEntry current = pages.get(key);
        if (current != null && page.etag() != null && page.etag().equals(current.page().etag())) {
            page = page.since(current.page().lastModified());
        }
        long size = page.size();
        if (pages.size() >= MAX_PAGES || pageBytes.get() + size > MAX_PAGE_BYTES) {
            makeRoom(size);
        }
        RenderedEntry entry = new RenderedEntry(page, maxAge.now(), new AtomicBoolean());
        RenderedEntry previous = pages.put(key, entry);
        pageBytes.addAndGet(size - (previous == null ? 0 : previous.page().size()));
        if (changes.get() != changesSeen) {
            forget(key);
        }
        return page;
    }

    /**
     * As {@link #keep}, for a page that most readers ask for only once (a search): kept only when it was asked for a
     * moment before ({@link RecentAsks}), and so is likely to be asked for again while kept; answered as it is
     * otherwise. Kept at every ask, thousands of searches a minute would fill the cache with pages dropped unread, and
     * the tens of megabytes of them alive at any moment would be copied by every young collection.
     */
    RenderedPage keepIfAskedAgain(PageKey key, RenderedPage page, long changesSeen) {
        return !maxAge.off() && asks.askedAgain(key) ? keep(key, page, changesSeen) : page;
    }

    void forget(PageKey key) {
        RenderedEntry removed = pages.remove(key);
        if (removed != null) {
            pageBytes.addAndGet(-removed.page().size());
        }
    }

    private synchronized void makeRoom(long size) {
        long now = maxAge.now();
        pages.values().removeIf(entry -> maxAge.over(entry.keptAt(), now, RENEWAL_GRACE));
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
    @Order(PublicDataCache.ORDER + 1)
    void on(ArticlePublished event) {
        clearPages();
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(PublicDataCache.ORDER + 1)
    void on(ArticleWithdrawn event) {
        clearPages();
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(PublicDataCache.ORDER + 1)
    void on(ColumnsChanged event) {
        clearPages();
    }

    /** The site's name, filing numbers and contact are on every page. */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(PublicDataCache.ORDER + 1)
    void on(SiteSettingsChanged event) {
        clearPages();
    }

    @EventListener
    @Order(PublicDataCache.ORDER + 1)
    void on(PublicSiteChangedElsewhere changed) {
        clearPages();
    }

    private void clearPages() {
        changes.incrementAndGet();
        pages.clear();
        pageBytes.set(0);
    }

    /**
     * Which rendering of a public page a request asks for: the page ({@code /article/12.html}, {@code /}, {@code
     * /column/news?page=2}, {@code /search?q=…}), the reader's options as their cookies say, and whether it came over
     * HTTPS (which adds a header).
     */
    record PageKey(String page, String fontSize, String contrast, String language, boolean secure) {
    }

    /**
     * A public page as rendered for anonymous readers: its headers and its bytes, before and after the hit count on an
     * article page (after it, nothing on other pages), the same page compressed with gzip when asked for (pages
     * without a count; not counted in the cache's size, being a fraction of it), and what a reader's cache
     * revalidates it by: the tag of its bytes (on pages without a count) and the time it was first rendered as it is.
     */
    record RenderedPage(String contentType, Locale locale, List<Map.Entry<String, String>> headers, byte[] beforeHits,
                        byte[] afterHits, String etag, Instant lastModified, Gzip gzipped) {

        RenderedPage(String contentType, Locale locale, List<Map.Entry<String, String>> headers, byte[] beforeHits,
                     byte[] afterHits, String etag, Instant lastModified) {
            this(contentType, locale, headers, beforeHits, afterHits, etag, lastModified, null);
        }

        long size() {
            return beforeHits.length + afterHits.length;
        }

        RenderedPage since(Instant firstRendered) {
            return Objects.equals(firstRendered, lastModified) ? this
                    : new RenderedPage(contentType, locale, headers, beforeHits, afterHits, etag, firstRendered, gzipped);
        }
    }

    private record RenderedEntry(RenderedPage page, long keptAt, AtomicBoolean renewing) {
    }
}
