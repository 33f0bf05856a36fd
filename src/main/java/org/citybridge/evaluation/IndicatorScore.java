package org.citybridge.evaluation;

import java.math.BigDecimal;

/**
 * A score on one indicator: for a ratio, {@code met} of {@code expected} pieces of work; for a count, {@code met}
 * pieces against the cap in {@code expected}; and the points they give of the weight. A ratio with nothing expected
 * is not applicable: it gives no points and the total is scaled to the weights that apply.
 */
public record IndicatorScore(IndicatorKind kind, BigDecimal weight, long met, long expected, BigDecimal points,
                             boolean applicable) {
}
