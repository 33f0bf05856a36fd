package org.citybridge.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Manual points (加分/扣分) for a city and, if named, one of its liaisons, with the reason and an evidence file. */
public record Adjustment(long id, int year, String cityCode, Long personId, BigDecimal points, String reason, UUID fileId,
                         String createdBy, Instant createdAt) {
}
