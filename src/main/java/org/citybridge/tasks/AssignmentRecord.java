package org.citybridge.tasks;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One city's assignment of a task, as a year's work record.
 *
 * @param dueDate     the task's due date as it stands (after any rescheduling)
 * @param completedAt when the secretariat accepted it as completed; null when it is not
 */
public record AssignmentRecord(long assignmentId, long taskId, String title, String cityCode, Instant assignedAt,
                               LocalDate dueDate, AssignmentState state, Instant completedAt) {

    public boolean cancelled() {
        return state == AssignmentState.CANCELLED;
    }
}
