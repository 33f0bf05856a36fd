package org.citybridge.portal.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.citybridge.portal.ArticleWithdrawn;
import org.citybridge.support.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * What the data cache keeps and drops, apart from the database: a withdrawal racing with a load, and a column tree
 * grown old, loaded again by one caller while the others go on with the kept one.
 */
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

    @Test
    void anOldColumnTreeIsLoadedAgainByOneCallerWhileTheOthersShowTheKeptOne() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"), ZoneId.of("Asia/Shanghai"));
        PortalQueries queries = mock(PortalQueries.class);
        ColumnTree first = new ColumnTree(List.of());
        ColumnTree second = new ColumnTree(List.of());
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        when(queries.columnTree()).thenReturn(first).thenAnswer(invocation -> {
            loading.countDown();
            mayFinish.await(10, TimeUnit.SECONDS);
            return second;
        });
        PublicDataCache columns = new PublicDataCache(queries, clock, Duration.ofSeconds(1));
        assertThat(columns.columns()).isSameAs(first);

        clock.advance(Duration.ofSeconds(2));
        CompletableFuture<ColumnTree> renewing = CompletableFuture.supplyAsync(columns::columns);
        assertThat(loading.await(10, TimeUnit.SECONDS)).as("the first caller after the moment loads it again").isTrue();
        assertThat(columns.columns()).as("another caller meanwhile, without asking the database").isSameAs(first);
        mayFinish.countDown();
        assertThat(renewing.get(10, TimeUnit.SECONDS)).isSameAs(second);
        assertThat(columns.columns()).as("kept from then on").isSameAs(second);
        verify(queries, times(2)).columnTree();
    }
}
