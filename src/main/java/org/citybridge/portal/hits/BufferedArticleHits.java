package org.citybridge.portal.hits;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

import org.citybridge.portal.ArticleHits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The hit counter: views are added up in memory and written every flush interval (1 s by default, {@code
 * citybridge.portal.hits-flush-interval}) as {@code hits = hits + n}, in one statement for all articles viewed since
 * the last flush. Exact under concurrency and across instances sharing the database (each adds only its own views);
 * a crash loses at most one interval, a graceful shutdown nothing (the last flush runs after the web server has
 * stopped taking requests and before the connection pool closes).
 *
 * <p>Counting a view never waits for the database or a lock: it increments a {@link LongAdder}. A flush takes each
 * adder's count with {@link LongAdder#sumThenReset()}, which resets cell by cell with an atomic get-and-set, so a
 * view counted during a flush is either in this flush or stays for the next one. If the write fails the counts go
 * back into the buffer.
 *
 * <p>Reading a count does not ask the database either while it knows the stored count from less than two intervals
 * ago: each flush keeps the totals its statement returns, and a count not known (or older) is read once, under the
 * flush lock, so that it can never be older than a flush that already took this instance's views out of the buffer.
 * Views written by other instances show within two intervals.
 */
@Component
public class BufferedArticleHits implements ArticleHits, SmartLifecycle {

    /** Stops after the web server (its graceful-shutdown and stop phases), so no view arrives after the last flush. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;
    /** Stored counts not renewed for this long are dropped, so that the map holds the articles being read. */
    private static final Duration STORED_COUNT_LIFETIME = Duration.ofMinutes(1);
    /** How long a read waits for a flush to finish before it answers the last counts known. */
    private static final Duration READ_LOCK_WAIT = Duration.ofMillis(50);

    private static final Logger log = LoggerFactory.getLogger(BufferedArticleHits.class);
    /** Articles deleted meanwhile are skipped (the join), so one deleted article never blocks the others' counts. */
    private static final String UPSERT = """
            INSERT INTO article_hits (article_id, hits)
            SELECT d.id, d.n FROM unnest(?::bigint[], ?::bigint[]) AS d(id, n) JOIN article a ON a.id = d.id
            ORDER BY d.id
            ON CONFLICT (article_id) DO UPDATE SET hits = article_hits.hits + EXCLUDED.hits
            RETURNING article_id, hits""";

    private final ConcurrentHashMap<Long, LongAdder> pending = new ConcurrentHashMap<>();
    /** Stored counts as this instance last wrote or read them; written only under {@link #flushing}. */
    private final ConcurrentHashMap<Long, StoredCount> stored = new ConcurrentHashMap<>();
    /** Serializes flushes (scheduled, on shutdown, from tests); views never take it. */
    private final ReentrantLock flushing = new ReentrantLock();
    /** Odd while a flush is between taking the counts and committing them: a read then might see them nowhere. */
    private final AtomicLong generation = new AtomicLong();
    /** Views this instance has written since it started. */
    private final AtomicLong written = new AtomicLong();
    private final JdbcTemplate jdbc;
    private final Duration interval;
    private volatile ScheduledExecutorService scheduler;

    BufferedArticleHits(JdbcTemplate jdbc, @Value("${citybridge.portal.hits-flush-interval:1s}") Duration interval) {
        this.jdbc = jdbc;
        this.interval = interval;
    }

    @Override
    public void record(long articleId) {
        pending.computeIfAbsent(articleId, id -> new LongAdder()).increment();
    }

    @Override
    public long hits(long articleId) {
        return hits(List.of(articleId)).get(articleId);
    }

    /**
     * Stored counts plus this instance's views not yet written (other instances' show after their next flush). Read
     * without a lock while the stored counts are known and no flush of this instance overlapped the read; otherwise
     * under the flush lock, asking the database for the counts not known. A flush that holds the lock for long (the
     * database slow or gone) is not waited for: the answer is then the last counts known.
     */
    @Override
    public Map<Long, Long> hits(Collection<Long> articleIds) {
        long before = generation.get();
        if (before % 2 == 0) {
            Map<Long, Long> counts = known(articleIds, System.nanoTime());
            if (counts != null) {
                withPending(counts);
                if (generation.get() == before) {
                    return counts;
                }
            }
        }
        if (!lockForReading()) {
            return withPending(lastKnown(articleIds));
        }
        try {
            long now = System.nanoTime();
            Map<Long, Long> counts = new HashMap<>();
            List<Long> unknown = new ArrayList<>();
            for (Long id : articleIds) {
                StoredCount count = stored.get(id);
                if (fresh(count, now)) {
                    counts.put(id, count.hits());
                } else {
                    unknown.add(id);
                }
            }
            read(unknown).forEach((id, count) -> {
                stored.put(id, new StoredCount(count, now));
                counts.put(id, count);
            });
            return withPending(counts);
        } finally {
            flushing.unlock();
        }
    }

    private boolean lockForReading() {
        try {
            return flushing.tryLock(READ_LOCK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Map<Long, Long> lastKnown(Collection<Long> articleIds) {
        Map<Long, Long> counts = new HashMap<>();
        for (Long id : articleIds) {
            StoredCount count = stored.get(id);
            counts.put(id, count == null ? 0L : count.hits());
        }
        return counts;
    }

    /** The stored counts of all these articles, or null if one is not known or too old. */
    private Map<Long, Long> known(Collection<Long> articleIds, long now) {
        Map<Long, Long> counts = new HashMap<>();
        for (Long id : articleIds) {
            StoredCount count = stored.get(id);
            if (!fresh(count, now)) {
                return null;
            }
            counts.put(id, count.hits());
        }
        return counts;
    }

    /** Fresh for two intervals: a count being read is renewed by every flush that writes views of it. */
    private boolean fresh(StoredCount count, long now) {
        return count != null && now - count.at() < 2 * interval.toNanos();
    }

    private Map<Long, Long> withPending(Map<Long, Long> counts) {
        counts.replaceAll((id, storedCount) -> {
            LongAdder notYetWritten = pending.get(id);
            return notYetWritten == null ? storedCount : storedCount + notYetWritten.sum();
        });
        return counts;
    }

    private Map<Long, Long> read(Collection<Long> articleIds) {
        Map<Long, Long> counts = new HashMap<>();
        articleIds.forEach(id -> counts.put(id, 0L));
        if (!articleIds.isEmpty()) {
            Long[] ids = articleIds.toArray(Long[]::new);
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT article_id, hits FROM article_hits WHERE article_id = ANY (?)")) {
                    select.setArray(1, connection.createArrayOf("bigint", ids));
                    try (var rows = select.executeQuery()) {
                        while (rows.next()) {
                            counts.put(rows.getLong(1), rows.getLong(2));
                        }
                    }
                }
                return null;
            });
        }
        return counts;
    }

    /**
     * Writes the views counted so far in one statement and answers how many it wrote; if the write fails they stay
     * counted in memory for the next flush and the failure is thrown.
     */
    public long flush() {
        flushing.lock();
        generation.incrementAndGet();
        try {
            forgetStoredCountsOlderThan(STORED_COUNT_LIFETIME);
            Map<Long, Long> drained = new TreeMap<>();
            pending.forEach((id, adder) -> {
                long n = adder.sumThenReset();
                if (n != 0) {
                    drained.put(id, n);
                }
            });
            if (drained.isEmpty()) {
                return 0;
            }
            Set<Long> articlesWritten;
            try {
                articlesWritten = write(drained);
            } catch (RuntimeException e) {
                drained.forEach((id, n) -> pending.computeIfAbsent(id, k -> new LongAdder()).add(n));
                throw e;
            }
            written.addAndGet(articlesWritten.stream().mapToLong(drained::get).sum());
            return drained.values().stream().mapToLong(Long::longValue).sum();
        } finally {
            generation.incrementAndGet();
            flushing.unlock();
        }
    }

    /** Views this instance has written to the database since it started, for monitoring. */
    public long written() {
        return written.get();
    }

    /** Views counted in memory and not yet written, for monitoring and tests. */
    public long pending() {
        return pending.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Writes the counts, keeps the totals the database answers and answers the articles written (not deleted). */
    private Set<Long> write(Map<Long, Long> counts) {
        Long[] ids = counts.keySet().toArray(Long[]::new);
        Long[] ns = counts.values().toArray(Long[]::new);
        Map<Long, Long> totals = new HashMap<>();
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                upsert.setArray(1, connection.createArrayOf("bigint", ids));
                upsert.setArray(2, connection.createArrayOf("bigint", ns));
                try (var rows = upsert.executeQuery()) {
                    while (rows.next()) {
                        totals.put(rows.getLong(1), rows.getLong(2));
                    }
                }
            }
            return null;
        });
        long now = System.nanoTime();
        counts.keySet().forEach(stored::remove);
        totals.forEach((id, total) -> stored.put(id, new StoredCount(total, now)));
        return totals.keySet();
    }

    private void forgetStoredCountsOlderThan(Duration age) {
        long oldest = System.nanoTime() - age.toNanos();
        stored.values().removeIf(count -> count.at() - oldest < 0);
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Writing article hits failed, kept in memory for the next try: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "article-hits-flush");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, interval.toMillis());
        executor.scheduleWithFixedDelay(this::flushQuietly, millis, millis, TimeUnit.MILLISECONDS);
        scheduler = executor;
    }

    /** The last flush: after the web server has stopped, before the connection pool is closed. */
    @Override
    public void stop() {
        ScheduledExecutorService executor = scheduler;
        scheduler = null;
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                flush();
                return;
            } catch (RuntimeException e) {
                log.warn("Writing article hits on shutdown failed (attempt {}): {}", attempt, e.getMessage());
            }
        }
        List<String> lost = new ArrayList<>();
        pending.forEach((id, adder) -> {
            if (adder.sum() != 0) {
                lost.add(id + "=" + adder.sum());
            }
        });
        log.error("Article hits not written on shutdown: {}", lost);
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** A total as stored in the database, and when ({@link System#nanoTime()}) this instance learnt it. */
    private record StoredCount(long hits, long at) {
    }
}
