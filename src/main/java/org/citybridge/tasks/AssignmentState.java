package org.citybridge.tasks;

/** Where one city's assignment of a task stands. A return by the secretariat puts it back to {@link #IN_PROGRESS}. */
public enum AssignmentState {
    ASSIGNED, ACCEPTED, IN_PROGRESS, SUBMITTED, COMPLETED, CANCELLED;

    /** Not yet completed or cancelled. */
    public boolean isOpen() {
        return this != COMPLETED && this != CANCELLED;
    }

    /** Open and waiting for the city (not for the secretariat's review): what counts towards due and overdue. */
    public boolean awaitsCity() {
        return this == ASSIGNED || this == ACCEPTED || this == IN_PROGRESS;
    }
}
