package org.citybridge.evaluation.report;

/** One province's line of the work report's tables. */
public record ProvinceTally(String code, String name, Tally tally) {
}
