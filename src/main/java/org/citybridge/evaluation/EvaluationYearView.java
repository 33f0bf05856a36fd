package org.citybridge.evaluation;

import java.time.Instant;
import java.util.List;

/** A year's evaluation: the measures it applies (null: none chosen yet), its status, objection window and indicators. */
public record EvaluationYearView(int year, Long measuresId, String measuresLabel, EvaluationStatus status,
                                 Instant objectionsOpenAt, Instant objectionsCloseAt, List<Indicator> indicators) {

    public ObjectionWindow objectionWindow() {
        return new ObjectionWindow(objectionsOpenAt, objectionsCloseAt);
    }

    /** The parameter its counting rule names: the days or the cap; null for an indicator without one. */
    public Integer parameterOf(IndicatorKind kind) {
        return indicators.stream().filter(i -> i.kind() == kind).findFirst()
                .map(i -> kind.takesDays() ? i.days() : i.cap()).orElse(null);
    }
}
