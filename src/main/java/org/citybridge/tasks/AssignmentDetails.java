package org.citybridge.tasks;

import java.util.List;
import java.util.Set;

import org.citybridge.files.StoredFile;

/** A city's assignment as its page shows it: the task, the history, the evidence and what the caller may do now. */
public record AssignmentDetails(TaskView task, AssignmentView assignment, List<TransitionView> history,
                                List<StoredFile> evidence, Set<TaskAction> allowedActions) {
}
