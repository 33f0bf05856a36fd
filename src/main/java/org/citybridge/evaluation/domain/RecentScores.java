package org.citybridge.evaluation.domain;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.citybridge.evaluation.Adjustment;
import org.citybridge.evaluation.Indicator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A year's scores as computed a moment ago ({@code citybridge.evaluation.scores-max-age}, one minute by default; zero
 * computes them on every request), so that opening one city's scorecard, whose rank needs every city's total, does not
 * read the whole year each time. Scores computed for other indicators or manual points (a weight changed, an objection
 * accepted) are never reused; work recorded in the other modules shows within the maximum age.
 */
@Component
class RecentScores {

    /** What the scores were computed from, besides the source modules' records. */
    record Basis(int year, List<Indicator> indicators, List<Adjustment> adjustments) {
    }

    private record Computed(Basis basis, Scores scores, long atNanos) {
    }

    private final Map<Integer, Computed> byYear = new ConcurrentHashMap<>();
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;

    @Autowired
    RecentScores(@Value("${citybridge.evaluation.scores-max-age:1m}") Duration maxAge) {
        this(maxAge, System::nanoTime);
    }

    RecentScores(Duration maxAge, LongSupplier nanoTime) {
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    Scores of(Basis basis, Supplier<Scores> compute) {
        long now = nanoTime.getAsLong();
        Computed kept = byYear.get(basis.year());
        if (kept != null && kept.basis().equals(basis) && now - kept.atNanos() < maxAgeNanos) {
            return kept.scores();
        }
        Scores scores = compute.get();
        if (maxAgeNanos > 0) {
            byYear.put(basis.year(), new Computed(basis, scores, now));
        }
        return scores;
    }
}
