package org.citybridge.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A primary liaison's score for the year in one city, from the work credited to them (done while they held the post),
 * with their manual points; ranked nationwide among liaisons.
 */
public record LiaisonScore(long personId, String personName, String cityCode, String cityName, String provinceCode,
                           String provinceName, List<IndicatorScore> indicators, BigDecimal adjustments, BigDecimal total,
                           int rank) {
}
