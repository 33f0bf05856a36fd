package org.citybridge.platform.metrics;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecentFiguresTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void readsOncePerMaxAgeHoweverOftenAsked() {
        RecentFigures<Integer> figures = new RecentFigures<>(reads::incrementAndGet, Duration.ofSeconds(10), nanos::get);

        assertThat(figures.get()).isEqualTo(1);
        nanos.addAndGet(Duration.ofSeconds(9).toNanos());
        assertThat(figures.get()).isEqualTo(1);
        assertThat(figures.get()).isEqualTo(1);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(figures.get()).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aZeroMaxAgeReadsEveryTime() {
        RecentFigures<Integer> figures = new RecentFigures<>(reads::incrementAndGet, Duration.ZERO, nanos::get);

        figures.get();
        figures.get();

        assertThat(reads).hasValue(2);
    }

    @Test
    void aFailedReadAnswersTheLastFiguresAndIsRetriedNextTime() {
        RecentFigures<Integer> figures = new RecentFigures<>(() -> {
            if (reads.incrementAndGet() == 2) {
                throw new IllegalStateException("database down");
            }
            return reads.get();
        }, Duration.ofSeconds(10), nanos::get);

        assertThat(figures.get()).isEqualTo(1);
        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(figures.get()).isEqualTo(1);
        assertThat(figures.get()).isEqualTo(3);
    }

    @Test
    void aFirstReadThatFailsIsThrown() {
        RecentFigures<Integer> figures = new RecentFigures<>(() -> {
            throw new IllegalStateException("database down");
        }, Duration.ofSeconds(10), nanos::get);

        assertThatThrownBy(figures::get).hasMessage("database down");
    }
}
