package org.citybridge.portal.domain;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import org.citybridge.portal.ArticlePublished;
import org.citybridge.portal.ArticleWithdrawn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps what a public article page shows ({@link ArticlePage}) and the column tree (navigation and column pages) for a
 * moment ({@code citybridge.portal.page-cache-ttl}, 1 s by default; zero turns it off), so that a much-read article
 * does not ask the database the same questions many times a second. The hit count is never kept. A publish or
 * withdrawal on this instance empties it at once, and an article loaded while it happened is not kept; other instances
 * catch up within the moment. The rendered pages are kept apart, by the web layer.
 */
@Component
public class PublicDataCache {

    private static final int MAX_ARTICLES = 10_000;

    private final PortalQueries queries;
    private final long ttlNanos;
    private final Map<Long, Entry<ArticlePage>> articles = new ConcurrentHashMap<>();
    /** Counts publishes and withdrawals: what was loaded across one is not kept. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Entry<ColumnTree> columns;

    PublicDataCache(PortalQueries queries, @Value("${citybridge.portal.page-cache-ttl:1s}") Duration ttl) {
        this.queries = queries;
        this.ttlNanos = ttl.toNanos();
    }

    /** A live article with its neighbours; 404 when the public may not see it now. */
    public ArticlePage livePage(long id) {
        return article(id, this::loadLive);
    }

    /** Any article (a preview) with its neighbours, read afresh. */
    public ArticlePage page(ArticleDetails article) {
        return new ArticlePage(article, article.publishAt() == null ? Arrays.asList(null, null)
                : queries.neighbours(article));
    }

    /** Makes the next {@link #livePage} read the article afresh. */
    public void forgetArticle(long id) {
        articles.remove(id);
    }

    /** The column tree, for the navigation and the column pages. */
    public ColumnTree columns() {
        if (ttlNanos <= 0) {
            return queries.columnTree();
        }
        Entry<ColumnTree> entry = columns;
        if (entry == null || entry.expired()) {
            entry = new Entry<>(queries.columnTree(), System.nanoTime() + ttlNanos);
            columns = entry;
        }
        return entry.value();
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

    private ArticlePage loadLive(long id) {
        return page(queries.liveArticle(id));
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
    }

    private record Entry<T>(T value, long expiresAt) {
        boolean expired() {
            return System.nanoTime() - expiresAt > 0;
        }
    }
}
