package org.citybridge.tasks;

import java.time.Instant;

import org.citybridge.shared.HistoryStep;

/** One entry of an assignment's history: what was done, from which state to which, by whom and when. */
public record TransitionView(long id, TaskAction action, AssignmentState fromState, AssignmentState toState,
                             String note, String actor, Instant at) implements HistoryStep {

    @Override
    public String actionKey() {
        return "task.action." + action.name();
    }

    @Override
    public String stateKey() {
        return "task.state." + toState.name();
    }

    @Override
    public String remark() {
        return note;
    }
}
