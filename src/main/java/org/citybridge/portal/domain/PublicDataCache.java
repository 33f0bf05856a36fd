package org.citybridge.portal.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import org.citybridge.portal.ArticlePublished;
import org.citybridge.portal.ArticleWithdrawn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps what a public article page shows ({@link ArticlePage}) and the column tree (navigation and column pages) for a
 * moment ({@code citybridge.portal.page-cache-ttl}, 1 s by default; zero turns it off), so that a much-read article
 * does not ask the database the same questions many times a second; the moment is timed by the application's clock
 * ({@link MaxAge}). The hit count is never kept. A publish or withdrawal on this instance empties it at once, and an
 * article loaded while it happened is not kept; a column change ({@link ColumnsChanged}) drops the column tree. So does
 * the same change on another instance, signalled through the database ({@link PublicSiteChangedElsewhere}). A column
 * tree grown old is loaded again by one caller while the others show it a moment longer ({@link Kept}). The
 * rendered pages are kept apart, by the web layer, whose listeners run after these ({@link #ORDER}), so that no page
 * is rendered again from what is dropped here.
 */
@Component
public class PublicDataCache {

    /** The order of these listeners among those of the same events: before the rendered pages are dropped. */
    public static final int ORDER = 0;
    private static final int MAX_ARTICLES = 10_000;

    private final PortalQueries queries;
    private final MaxAge maxAge;
    private final Map<Long, Entry<ArticlePage>> articles = new ConcurrentHashMap<>();
    /** Counts publishes and withdrawals: what was loaded across one is not kept. */
    private final AtomicLong changes = new AtomicLong();
    /** Counts column changes, after which the column tree is loaded again. */
    private final AtomicLong columnChanges = new AtomicLong();
    private final Kept<ColumnTree> columns;

    PublicDataCache(PortalQueries queries, Clock clock, @Value("${citybridge.portal.page-cache-ttl:1s}") Duration ttl) {
        this.queries = queries;
        this.maxAge = new MaxAge(clock, ttl);
        this.columns = new Kept<>(maxAge, columnChanges::get);
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
        return columns.get(queries::columnTree);
    }

    ArticlePage article(long id, LongFunction<ArticlePage> load) {
        if (maxAge.off()) {
            return load.apply(id);
        }
        Entry<ArticlePage> entry = articles.get(id);
        long now = maxAge.now();
        if (entry == null || maxAge.over(entry.keptAt(), now)) {
            if (articles.size() >= MAX_ARTICLES) {
                articles.clear();
            }
            long seen = changes.get();
            entry = new Entry<>(load.apply(id), now);
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
    @Order(ORDER)
    void on(ArticlePublished event) {
        clearArticles();
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(ORDER)
    void on(ArticleWithdrawn event) {
        clearArticles();
    }

    /** A column's name, place or visibility shows in every article's breadcrumb: both are read afresh. */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(ORDER)
    void on(ColumnsChanged event) {
        clearColumnsAndArticles();
    }

    @EventListener
    @Order(ORDER)
    void on(PublicSiteChangedElsewhere changed) {
        switch (changed.part()) {
            case ARTICLES -> clearArticles();
            case COLUMNS, EVERYTHING -> clearColumnsAndArticles();
            case SITE_SETTINGS -> {
            }
        }
    }

    private void clearColumnsAndArticles() {
        columnChanges.incrementAndGet();
        clearArticles();
    }

    private void clearArticles() {
        changes.incrementAndGet();
        articles.clear();
    }

    private record Entry<T>(T value, long keptAt) {
    }
}
