package org.citybridge.evaluation.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.citybridge.evaluation.Adjustment;
import org.citybridge.evaluation.Indicator;
import org.citybridge.evaluation.IndicatorKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Scores are reused only for the same year, indicators and manual points, and only within the maximum age. */
class RecentScoresTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger computed = new AtomicInteger();
    private final List<Indicator> indicators = List.of(IndicatorKind.RECEIPTS_ON_TIME.byDefault());

    @Test
    void reusedWithinTheMaximumAgeForTheSameBasis() {
        RecentScores recent = new RecentScores(Duration.ofMinutes(1), now::get);
        RecentScores.Basis basis = new RecentScores.Basis(2026, indicators, List.of());

        Scores first = recent.of(basis, this::compute);
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(recent.of(new RecentScores.Basis(2026, List.copyOf(indicators), List.of()), this::compute)).isSameAs(first);
        assertThat(computed).hasValue(1);

        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(recent.of(basis, this::compute)).as("older than a minute").isNotSameAs(first);
        assertThat(computed).hasValue(2);
    }

    @Test
    void newManualPointsOrWeightsOrAnotherYearAreComputedAtOnce() {
        RecentScores recent = new RecentScores(Duration.ofMinutes(1), now::get);
        recent.of(new RecentScores.Basis(2026, indicators, List.of()), this::compute);

        Adjustment points = new Adjustment(1, 2026, "510100", null, new BigDecimal("0.5"), "申诉 #1：采纳", null, "staff", Instant.EPOCH);
        recent.of(new RecentScores.Basis(2026, indicators, List.of(points)), this::compute);
        recent.of(new RecentScores.Basis(2026, List.of(new Indicator(IndicatorKind.RECEIPTS_ON_TIME, BigDecimal.TEN, null, null)),
                List.of(points)), this::compute);
        recent.of(new RecentScores.Basis(2025, indicators, List.of()), this::compute);

        assertThat(computed).hasValue(4);
    }

    @Test
    void aMaximumAgeOfZeroComputesEveryTime() {
        RecentScores recent = new RecentScores(Duration.ZERO, now::get);
        RecentScores.Basis basis = new RecentScores.Basis(2026, indicators, List.of());

        recent.of(basis, this::compute);
        recent.of(basis, this::compute);

        assertThat(computed).hasValue(2);
    }

    private Scores compute() {
        computed.incrementAndGet();
        return new Scores(List.of(), List.of(), Map.of());
    }
}
