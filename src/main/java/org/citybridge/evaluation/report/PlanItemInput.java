package org.citybridge.evaluation.report;

/** An item of next year's plan as the secretariat writes it. */
public record PlanItemInput(String title, String description, PlanItemKind kind, Integer targetMonth) {
}
