package org.citybridge.tasks;

import java.time.Instant;

/** One entry of an assignment's history: what was done, from which state to which, by whom and when. */
public record TransitionView(long id, TaskAction action, AssignmentState fromState, AssignmentState toState,
                             String note, String actor, Instant at) {
}
