package org.citybridge.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A city's score for the year: each indicator, the manual points, the total and its rank nationwide (1 the best;
 * equal totals share a rank).
 *
 * @param evaluatedFrom the first day that counts: the year's first, or the day the city joined during the year
 */
public record CityScore(String cityCode, String cityName, String provinceCode, String provinceName, LocalDate evaluatedFrom,
                        List<IndicatorScore> indicators, BigDecimal adjustments, BigDecimal total, int rank) {
}
