package org.citybridge.portal.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.citybridge.portal.ArticlePublished;
import org.citybridge.portal.ArticleWithdrawn;
import org.citybridge.portal.domain.ArticleDetails;
import org.citybridge.portal.domain.ArticleRow;
import org.citybridge.portal.domain.ColumnNode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps what a public article page shows, and the navigation, for a moment ({@code citybridge.portal.page-cache-ttl},
 * 1 s by default; zero turns it off), so that a much-read article does not ask the database the same questions many
 * times a second. The hit count is never cached. A publish or withdrawal on this instance empties it at once; other
 * instances catch up within the moment.
 */
@Component
class PublicPageCache {

    private static final int MAX_ARTICLES = 10_000;

    private final long ttlNanos;
    private final Map<Long, Entry<ArticlePage>> articles = new ConcurrentHashMap<>();
    private volatile Entry<List<ColumnNode>> navigation;

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
            entry = new Entry<>(load.apply(id), System.nanoTime() + ttlNanos);
            articles.put(id, entry);
        }
        return entry.value();
    }

    List<ColumnNode> navigation(Supplier<List<ColumnNode>> load) {
        if (ttlNanos <= 0) {
            return load.get();
        }
        Entry<List<ColumnNode>> entry = navigation;
        if (entry == null || entry.expired()) {
            entry = new Entry<>(load.get(), System.nanoTime() + ttlNanos);
            navigation = entry;
        }
        return entry.value();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticlePublished event) {
        articles.clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleWithdrawn event) {
        articles.clear();
    }

    /** An article as the public page shows it, with its neighbours in the column. */
    record ArticlePage(ArticleDetails article, List<ArticleRow> neighbours) {
    }

    private record Entry<T>(T value, long expiresAt) {
        boolean expired() {
            return System.nanoTime() - expiresAt > 0;
        }
    }
}
