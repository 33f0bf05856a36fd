package org.citybridge.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

/** One change to an objection: who did what when, its status and the city's total before and after. */
public record ObjectionLogEntry(String action, ObjectionStatus statusBefore, ObjectionStatus statusAfter,
                                BigDecimal totalBefore, BigDecimal totalAfter, String note, String doneBy, Instant doneAt) {
}
