package org.citybridge.evaluation;

/** Where a piece of evidence comes from, and so which page shows it. */
public enum EvidenceSource {
    /** A city's copy of a circular: the source id is the circular's, the item id the copy's (delivery). */
    CIRCULAR,
    /** A city's assignment of a task: the source id is the task's, the item id the assignment's. */
    TASK,
    /** A report: source and item id are the report's. */
    REPORT,
    /** A city at an event: source and item id are the event's. */
    EVENT,
    /** A roster confirmation: source and item id are the confirmation's. */
    ROSTER
}
