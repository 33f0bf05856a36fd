package org.citybridge.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One city's assignment of a task, with the task's headline so that lists need nothing else.
 *
 * @param overdue open, waiting for the city, and past its due date
 */
public record AssignmentView(long id, long taskId, String title, TaskPriority priority, LocalDate dueDate,
                             String cityCode, String cityName, String provinceCode, String provinceName,
                             AssignmentState state, Long responsiblePersonId, String responsiblePersonName,
                             String result, Instant updatedAt, boolean overdue) {

    /** Days past the due date on {@code today}, 0 when not overdue. */
    public long overdueDays(LocalDate today) {
        return overdue ? Math.max(0, ChronoUnit.DAYS.between(dueDate, today)) : 0;
    }
}
