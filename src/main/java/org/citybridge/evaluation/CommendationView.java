package org.citybridge.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A liaison on a year's commendation list.
 *
 * @param rank  nationwide among liaisons when proposed from the ranking; null when added by hand
 * @param total the score when proposed from the ranking; null when added by hand
 */
public record CommendationView(long id, int year, long personId, String personName, String cityCode, String cityName,
                               String provinceCode, String provinceName, Integer rank, BigDecimal total, Origin origin,
                               String addedReason, Status status, String removedReason, String removedBy,
                               Instant removedAt) {

    public enum Origin {
        RANKED, MANUAL
    }

    public enum Status {
        PROPOSED, REMOVED, COMMENDED
    }
}
