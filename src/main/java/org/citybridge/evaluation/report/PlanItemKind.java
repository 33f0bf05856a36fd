package org.citybridge.evaluation.report;

/** What an item of next year's plan becomes when the secretariat turns it into work: an assigned task or an event. */
public enum PlanItemKind {
    TASK, EVENT
}
