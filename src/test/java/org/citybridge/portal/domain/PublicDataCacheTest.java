package org.citybridge.portal.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.citybridge.portal.ArticleWithdrawn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the data cache keeps and drops, apart from the database: a withdrawal racing with a load. */
class PublicDataCacheTest {

    private final PublicDataCache cache = new PublicDataCache(null, Clock.systemUTC(), Duration.ofHours(1));

    @Test
    void anArticleLoadedWhileItWasWithdrawnIsNotKept() {
        ArticlePage loaded = new ArticlePage(null, List.of());
        cache.article(1, id -> {
            cache.on(new ArticleWithdrawn(id));
            return loaded;
        });
        ArticlePage fresh = new ArticlePage(null, List.of());
        assertThat(cache.article(1, id -> fresh)).as("loaded again").isSameAs(fresh);
        assertThat(cache.article(1, id -> loaded)).as("kept").isSameAs(fresh);
    }
}
