package org.citybridge.platform.metrics;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Figures read from the database for gauges, kept for {@code maxAge} ({@code citybridge.metrics.figures-max-age}) so
 * that however often metrics are scraped, the query runs at most once per that interval; one query may feed several
 * gauges. A failed read is not kept: the gauge answers the last figures read (or throws, if none ever were).
 */
public final class RecentFigures<T> {

    private final Supplier<T> read;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private T figures;
    private long readAt;

    RecentFigures(Supplier<T> read, Duration maxAge, LongSupplier nanoTime) {
        this.read = read;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    public static <T> RecentFigures<T> of(Supplier<T> read, Duration maxAge) {
        return new RecentFigures<>(read, maxAge, System::nanoTime);
    }

    public synchronized T get() {
        long now = nanoTime.getAsLong();
        if (figures == null || now - readAt >= maxAgeNanos) {
            try {
                figures = read.get();
                readAt = now;
            } catch (RuntimeException e) {
                if (figures == null) {
                    throw e;
                }
            }
        }
        return figures;
    }
}
