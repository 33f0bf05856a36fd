package org.citybridge.tasks;

/**
 * What the supervision board is narrowed to; every field is optional.
 *
 * @param overdue only the assignments waiting for their city past the due date
 */
public record BoardFilter(String province, AssignmentState status, TaskPriority priority, Boolean overdue) {

    public BoardFilter {
        overdue = Boolean.TRUE.equals(overdue);
    }

    public static BoardFilter all() {
        return new BoardFilter(null, null, null, false);
    }
}
