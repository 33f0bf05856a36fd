package org.citybridge.portal.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.citybridge.portal.ArticlePublished;
import org.citybridge.portal.ArticleWithdrawn;
import org.citybridge.portal.domain.ArticleDetails;
import org.citybridge.portal.domain.ArticleRow;
import org.citybridge.portal.domain.ColumnTree;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps what a public article page shows, the column tree (navigation and column pages), and article pages as rendered for anonymous readers, for a
 * moment ({@code citybridge.portal.page-cache-ttl}, 1 s by default; zero turns it off), so that a much-read article
 * does not ask the database the same questions, nor render the same page, many times a second. The hit count is never
 * cached. A publish or withdrawal on this instance empties it at once; other instances catch up within the moment.
 *
 * <p>A rendered page that is due is renewed by one request while the others are still served the page it replaces,
 * for at most {@link #RENEWAL_GRACE} after it fell due; renewing reads the article afresh, so another instance's
 * withdrawal shows here within the moment and the grace. Rendered pages take at most {@link #MAX_PAGE_BYTES}; past
 * that, pages long due are dropped, and if that is not enough, all. Whatever was loaded or rendered while this
 * instance published or withdrew is not kept.
 */
@Component
class PublicPageCache {

    private static final int MAX_ARTICLES = 10_000;
    private static final int MAX_PAGES = 10_000;
    static final long MAX_PAGE_BYTES = 64L * 1024 * 1024;
    static final Duration RENEWAL_GRACE = Duration.ofSeconds(2);

    private final long ttlNanos;
    private final Map<Long, Entry<ArticlePage>> articles = new ConcurrentHashMap<>();
    private final Map<PageKey, RenderedEntry> pages = new ConcurrentHashMap<>();
    private final AtomicLong pageBytes = new AtomicLong();
    /** Counts publishes and withdrawals: what was loaded or rendered across one is not kept. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Entry<ColumnTree> columns;

    PublicPageCache(@Value("${citybridge.portal.page-cache-ttl:1s}") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    ArticlePage article(long id, LongFunction<ArticlePage> load) {
        if (ttlNanos <= 0) {
            return load.apply(id);
        }
        Entry<ArticlePage> entry = articles.get(id);
        if (entry == null || entry.expired()) {
            if (articles.size() >= MAX_ARTICLES) {
                articles.clear();
            }
            long seen = changes.get();
            entry = new Entry<>(load.apply(id), System.nanoTime() + ttlNanos);
            articles.put(id, entry);
            if (changes.get() != seen) {
                articles.remove(id, entry);
            }
        }
        return entry.value();
    }

    /** Makes the next {@link #article} read the article afresh. */
    void forgetArticle(long id) {
        articles.remove(id);
    }

    /** The column tree, for the navigation and the column pages. */
    ColumnTree columns(Supplier<ColumnTree> load) {
        if (ttlNanos <= 0) {
            return load.get();
        }
        Entry<ColumnTree> entry = columns;
        if (entry == null || entry.expired()) {
            entry = new Entry<>(load.get(), System.nanoTime() + ttlNanos);
            columns = entry;
        }
        return entry.value();
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
        clearArticles();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleWithdrawn event) {
        clearArticles();
    }

    private void clearArticles() {
        changes.incrementAndGet();
        articles.clear();
        pages.clear();
        pageBytes.set(0);
    }

    /** An article as the public page shows it, with its neighbours in the column. */
    record ArticlePage(ArticleDetails article, List<ArticleRow> neighbours) {
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

    private record Entry<T>(T value, long expiresAt) {
        boolean expired() {
            return System.nanoTime() - expiresAt > 0;
        }
    }
}
