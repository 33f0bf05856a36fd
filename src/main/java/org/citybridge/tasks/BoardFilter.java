package org.citybridge.tasks;

/** What the supervision board is narrowed to; every field is optional. */
public record BoardFilter(String province, AssignmentState status, TaskPriority priority) {

    public static BoardFilter all() {
        return new BoardFilter(null, null, null);
    }
}
