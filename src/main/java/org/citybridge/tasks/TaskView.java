package org.citybridge.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.files.StoredFile;

/**
 * A task with the per-city assignments the caller may see.
 *
 * @param description sanitized HTML
 */
public record TaskView(long id, String title, String description, TaskPriority priority, LocalDate dueDate,
                       String createdBy, Instant createdAt, List<StoredFile> attachments,
                       List<AssignmentView> assignments) {
}
