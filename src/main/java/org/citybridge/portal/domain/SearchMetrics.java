package org.citybridge.portal.domain;

import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.citybridge.platform.metrics.RecentFigures;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How far the search index lags the database, as a count: articles stored minus documents indexed (every article is
 * indexed, live or not). The embedded Lucene backend indexes in the committing thread, so there is no queue whose age
 * could be measured; the count is above zero while the index is rebuilt or after indexing failed, below zero when
 * the index holds articles deleted meanwhile. With OpenSearch, changes wait in an outbox table before they are indexed:
 * its backlog is the search lag, as a count (it grows while the cluster is down and falls to 0 when it caught up).
 */
@Component
class SearchMetrics implements MeterBinder {

    private final RecentFigures<Long> unindexed;
    private final RecentFigures<Long> outboxBacklog;

    SearchMetrics(ArticleRepository articles, ArticleSearching searching, SearchOutbox outbox,
                  @Value("${citybridge.metrics.figures-max-age:10s}") Duration maxAge) {
        this.unindexed = RecentFigures.of(() -> articles.count() - searching.indexed(), maxAge);
        this.outboxBacklog = RecentFigures.of(outbox::backlog, maxAge);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("citybridge.search.articles.unindexed", unindexed, figures -> figures.get())
                .description("Articles stored minus articles in the search index (0: the index is up to date)").register(registry);
        Gauge.builder("citybridge.search.outbox.backlog", outboxBacklog, figures -> figures.get())
                .description("Changes to articles waiting in the outbox for the OpenSearch index (always 0 with Lucene)").register(registry);
    }
}
