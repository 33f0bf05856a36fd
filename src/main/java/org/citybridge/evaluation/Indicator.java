package org.citybridge.evaluation;

import java.math.BigDecimal;

/**
 * One of a year's indicators: its weight in points and its parameter, the days for {@link IndicatorKind#READ_WITHIN_DAYS}
 * or the cap for a count indicator (null otherwise). The counting rule shown next to it is the message
 * {@code evaluation.rule.<KIND>} with these parameters.
 */
public record Indicator(IndicatorKind kind, BigDecimal weight, Integer days, Integer cap) {
}
