package org.citybridge.evaluation.report;

/**
 * An item of next year's plan (the report's year + 1).
 *
 * @param targetMonth the month of next year it is planned for, 1 to 12
 * @param taskDraftId the task draft it was turned into; null when it was not
 * @param eventId     the event (a draft when made) it was turned into; null when it was not
 */
public record PlanItem(long id, int year, int position, String title, String description, PlanItemKind kind,
                       int targetMonth, Long taskDraftId, Long eventId) {

    public boolean turned() {
        return taskDraftId != null || eventId != null;
    }

    public int planYear() {
        return year + 1;
    }
}
