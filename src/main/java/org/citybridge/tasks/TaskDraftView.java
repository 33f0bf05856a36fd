package org.citybridge.tasks;

import java.time.LocalDate;

/**
 * A task prepared for the secretariat to assign.
 *
 * @param description sanitized rich text
 * @param taskId      the task it became once assigned; null while it waits
 */
public record TaskDraftView(long id, String title, String description, LocalDate dueDate, Long taskId) {

    public boolean assigned() {
        return taskId != null;
    }
}
