package org.citybridge.evaluation;

import java.math.BigDecimal;

/**
 * What an indicator measures. A ratio indicator scores weight × (work met ÷ work expected); a count indicator scores
 * weight × min(count, cap) ÷ cap.
 */
public enum IndicatorKind {
    /** Receipts replied by the deadline, of the circulars that asked for a reply. */
    RECEIPTS_ON_TIME(true, 20, null, null),
    /** Circulars read within N days of their issue. */
    READ_WITHIN_DAYS(true, 10, 3, null),
    /** Tasks completed, of those assigned. */
    TASKS_COMPLETED(true, 15, null, null),
    /** Tasks completed by their due date, of those assigned. */
    TASKS_ON_TIME(true, 10, null, null),
    REPORTS_SUBMITTED(false, 10, null, 12),
    REPORTS_ADOPTED(false, 10, null, 6),
    REPORTS_PUBLISHED(false, 5, null, 4),
    /** Annual conferences the city was invited to at which its delegation checked in. */
    CONFERENCE_ATTENDANCE(true, 15, null, null),
    /** The city confirmed its roster and contacts during the year. */
    ROSTER_CONFIRMED(false, 5, null, 1);

    private final boolean ratio;
    private final int defaultWeight;
    private final Integer defaultDays;
    private final Integer defaultCap;

    IndicatorKind(boolean ratio, int defaultWeight, Integer defaultDays, Integer defaultCap) {
        this.ratio = ratio;
        this.defaultWeight = defaultWeight;
        this.defaultDays = defaultDays;
        this.defaultCap = defaultCap;
    }

    public boolean ratio() {
        return ratio;
    }

    /** Whether its parameter is a number of days (else a cap, for count indicators). */
    public boolean takesDays() {
        return defaultDays != null;
    }

    public boolean takesCap() {
        return defaultCap != null;
    }

    /** The indicator as a new year offers it (the weights add up to 100). */
    public Indicator byDefault() {
        return new Indicator(this, BigDecimal.valueOf(defaultWeight), defaultDays, defaultCap);
    }
}
