package org.citybridge.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An objection (申诉) to a city's score and everything done with it.
 *
 * @param indicator      the indicator objected to, if the liaison named one
 * @param evidenceSource with {@code evidenceItem}: the piece of evidence objected to, if named
 * @param points         the manual points given when it was accepted; null otherwise
 * @param log            every change, oldest first
 */
public record ObjectionView(long id, int year, String cityCode, String cityName, IndicatorKind indicator,
                            EvidenceSource evidenceSource, Long evidenceItem, String reason, UUID fileId,
                            ObjectionStatus status, String answer, BigDecimal points, String raisedBy, Instant raisedAt,
                            String answeredBy, Instant answeredAt, List<ObjectionLogEntry> log) {
}
