package org.citybridge.portal.hits;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.citybridge.portal.PortalTesting;
import org.citybridge.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class ArticleHitsConcurrencyTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    BufferedArticleHits hits;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    DataSource dataSource;

    @Test
    void everyViewCountsOnceWhileFlushesRunAlongside() throws Exception {
        long first = PortalTesting.publish(context, "城市联络工作会议", "<p>深圳市联络员工作会议召开</p>");
        long second = PortalTesting.publish(context, "营商环境", "<p>成都市优化营商环境</p>");
        int threads = 8;
        int views = 5_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        CountDownLatch go = new CountDownLatch(1);
        AtomicBoolean recording = new AtomicBoolean(true);
        List<Future<?>> viewers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            viewers.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < views; i++) {
                    hits.record(thread % 2 == 0 || i % 2 == 0 ? first : second);
                }
                return null;
            }));
        }
        Future<?> flusher = pool.submit(() -> {
            go.await();
            while (recording.get()) {
                hits.flush();
            }
            return null;
        });
        go.countDown();
        for (Future<?> viewer : viewers) {
            viewer.get();
        }
        recording.set(false);
        flusher.get();
        hits.flush();
        pool.shutdown();

        // even threads: all views on the first; odd threads: half on each
        long expectedFirst = (threads / 2) * (long) views + (threads / 2) * (long) views / 2;
        long expectedSecond = (long) threads * views - expectedFirst;
        assertThat(stored(first)).isEqualTo(expectedFirst);
        assertThat(stored(second)).isEqualTo(expectedSecond);
        assertThat(stored(first) + stored(second)).isEqualTo((long) threads * views);
        assertThat(hits.hits(List.of(first, second))).containsEntry(first, expectedFirst).containsEntry(second, expectedSecond);
    }

    @Test
    void viewsNotYetWrittenAreShownAndWrittenInOneGo() {
        long id = PortalTesting.publish(context, "城市更新", "<p>城市更新行动</p>");
        hits.flush();
        for (int i = 0; i < 3; i++) {
            hits.record(id);
        }
        assertThat(hits.hits(id)).isEqualTo(3);
        hits.flush();
        assertThat(stored(id)).isEqualTo(3);
        assertThat(hits.hits(id)).isEqualTo(3);
        assertThat(hits.hits(List.of(id, 999_999L))).containsEntry(999_999L, 0L);
    }

    @Test
    void viewsOfAnArticleDeletedMeanwhileDoNotHoldUpTheOthers() {
        long kept = PortalTesting.publish(context, "保留", "<p>保留的文章</p>");
        long deleted = PortalTesting.publish(context, "删除", "<p>删除的文章</p>");
        hits.flush();
        hits.record(kept);
        hits.record(deleted);
        jdbc.sql("DELETE FROM article WHERE id = :id").param("id", deleted).update();
        hits.flush();
        assertThat(stored(kept)).isEqualTo(1);
        assertThat(hits.pending()).isZero();
    }

    /** The page shows counts without asking the database each time; another instance's views show after a flush. */
    @Test
    void storedCountsAreKeptFromTheFlushAndRefreshedByTheNextOne() {
        long id = PortalTesting.publish(context, "城市治理", "<p>城市治理经验交流</p>");
        BufferedArticleHits instance = new BufferedArticleHits(jdbcTemplate, Duration.ofHours(1));
        BufferedArticleHits everyReadAsksTheDatabase = new BufferedArticleHits(jdbcTemplate, Duration.ZERO);
        for (int i = 0; i < 5; i++) {
            instance.record(id);
        }
        instance.flush();

        jdbc.sql("UPDATE article_hits SET hits = hits + 100 WHERE article_id = :id").param("id", id).update(); // another instance's flush
        assertThat(instance.hits(id)).as("the total its own flush returned").isEqualTo(5);
        assertThat(everyReadAsksTheDatabase.hits(id)).isEqualTo(105);

        instance.record(id);
        assertThat(instance.hits(id)).isEqualTo(6);
        instance.flush();
        assertThat(instance.hits(id)).as("the flush returned the other instance's views too").isEqualTo(106);
        assertThat(stored(id)).isEqualTo(106);
    }

    /** A flush stuck on the database (here: a row lock held elsewhere) does not hold up readers of the count. */
    @Test
    void aStuckFlushDoesNotHoldUpReaders() throws Exception {
        long id = PortalTesting.publish(context, "城市安全", "<p>城市安全工作</p>");
        BufferedArticleHits instance = new BufferedArticleHits(jdbcTemplate, Duration.ofMillis(1)); // counts never fresh
        for (int i = 0; i < 4; i++) {
            instance.record(id);
        }
        instance.flush();

        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> holder = pool.submit(() -> tx.executeWithoutResult(status -> {
                jdbc.sql("SELECT hits FROM article_hits WHERE article_id = :id FOR UPDATE").param("id", id).query(Long.class).single();
                locked.countDown();
                awaitRelease(release);
            }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).as("row locked").isTrue();
            instance.record(id);
            Future<Long> flush = pool.submit(instance::flush);
            await("the flush has taken the view and waits for the row").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(1)).until(() -> instance.pending() == 0);
            assertThat(CompletableFuture.supplyAsync(() -> instance.hits(id)).get(30, TimeUnit.SECONDS))
                    .as("the last count known, without waiting for the flush").isEqualTo(4);
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
            assertThat(flush.get(30, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(instance.hits(id)).isEqualTo(5);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    /** Holds the lock until released, never longer than a minute (then the waiting flush goes on and the test fails). */
    private static void awaitRelease(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A write that fails for real (the row locked elsewhere past lock_timeout) keeps the views for the next flush. */
    @Test
    void aFailedWriteKeepsItsViewsAndTheNextFlushWritesThem() throws Exception {
        long id = PortalTesting.publish(context, "城市更新试点", "<p>城市更新试点工作</p>");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("SET lock_timeout = '200ms'");
            BufferedArticleHits instance = new BufferedArticleHits(
                    new JdbcTemplate(new SingleConnectionDataSource(connection, true)), Duration.ofHours(1));
            try {
                instance.record(id);
                instance.flush();
                Future<?> holder = pool.submit(() -> tx.executeWithoutResult(status -> {
                    jdbc.sql("SELECT hits FROM article_hits WHERE article_id = :id FOR UPDATE").param("id", id).query(Long.class).single();
                    locked.countDown();
                    awaitRelease(release);
                }));
                assertThat(locked.await(30, TimeUnit.SECONDS)).as("row locked").isTrue();
                for (int i = 0; i < 4; i++) {
                    instance.record(id);
                }

                assertThatThrownBy(instance::flush).isInstanceOf(DataAccessException.class).hasMessageContaining("lock timeout");
                assertThat(instance.pending()).as("the views of the failed write, back in memory").isEqualTo(4);
                assertThat(instance.hits(id)).isEqualTo(5);
                assertThat(stored(id)).isEqualTo(1);

                instance.record(id);
                release.countDown();
                holder.get(30, TimeUnit.SECONDS);
                assertThat(instance.flush()).as("the retry writes them with the view counted meanwhile").isEqualTo(5);
                assertThat(instance.pending()).isZero();
                assertThat(stored(id)).isEqualTo(6);
                assertThat(instance.flush()).as("and nothing twice").isZero();
                assertThat(stored(id)).isEqualTo(6);
            } finally {
                release.countDown();
                pool.shutdownNow();
                connection.createStatement().execute("RESET lock_timeout");
            }
        }
    }

    private long stored(long id) {
        return jdbc.sql("SELECT hits FROM article_hits WHERE article_id = :id").param("id", id).query(Long.class)
                .optional().orElse(0L);
    }
}
