package org.citybridge.portal.hits;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** The hit counter of this instance: views written to the database, and views counted but not yet written. */
@Component
class ArticleHitsMetrics implements MeterBinder {

    private final BufferedArticleHits hits;

    ArticleHitsMetrics(BufferedArticleHits hits) {
        this.hits = hits;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("citybridge.portal.hits.written", hits, BufferedArticleHits::written)
                .description("Article views this instance has written to the database (each flush adds its views)")
                .register(registry);
        Gauge.builder("citybridge.portal.hits.pending", hits, BufferedArticleHits::pending)
                .description("Article views counted in memory, written at the next flush").register(registry);
    }
}
