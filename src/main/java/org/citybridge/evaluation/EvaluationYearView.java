package org.citybridge.evaluation;

import java.time.Instant;
import java.util.List;

/** A year's evaluation: the measures it applies (null: none chosen yet), its status, objection window and indicators. */
public record EvaluationYearView(int year, Long measuresId, String measuresLabel, EvaluationStatus status,
                                 Instant objectionsOpenAt, Instant objectionsCloseAt, List<Indicator> indicators) {
}
