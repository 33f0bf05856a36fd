package org.citybridge.tasks.domain;

import java.util.EnumSet;
import java.util.Set;

import org.citybridge.shared.RuleViolation;
import org.citybridge.tasks.AssignmentState;
import org.citybridge.tasks.TaskAction;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import static org.citybridge.tasks.AssignmentState.ACCEPTED;
import static org.citybridge.tasks.AssignmentState.ASSIGNED;
import static org.citybridge.tasks.AssignmentState.CANCELLED;
import static org.citybridge.tasks.AssignmentState.COMPLETED;
import static org.citybridge.tasks.AssignmentState.IN_PROGRESS;
import static org.citybridge.tasks.AssignmentState.SUBMITTED;

/**
 * The lifecycle of one city's assignment, without any storage:
 * <pre>
 * ASSIGNED --accept--> ACCEPTED --progress--> IN_PROGRESS --progress--> IN_PROGRESS
 *                                             IN_PROGRESS --submit--> SUBMITTED --complete--> COMPLETED
 *                                                                     SUBMITTED --return--> IN_PROGRESS
 * any open state --cancel--> CANCELLED
 * </pre>
 * A progress note, a submitted result and a return comment need text. Anything else is refused with
 * {@code task.error.illegalTransition} naming the current state and the attempted action.
 */
public final class AssignmentLifecycle {

    public static final String ILLEGAL = "task.error.illegalTransition";
    public static final String TEXT_REQUIRED = "task.error.textRequired";
    public static final int MAX_TEXT = 4000;

    private AssignmentLifecycle() {
    }

    /** The state after {@code action}, or a refusal; {@code text} is the note, result or comment that goes with it. */
    public static AssignmentState next(AssignmentState current, TaskAction action, String text) {
        AssignmentState to = target(current, action);
        if (to == null) {
            throw illegal(current, action);
        }
        if (needsText(action) && (text == null || text.isBlank())) {
            throw new RuleViolation("note", TEXT_REQUIRED, label("task.action." + action.name()));
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw new RuleViolation("note", "task.error.textTooLong", MAX_TEXT);
        }
        return to;
    }

    /** The actions that are legal in a state, whoever may take them. */
    public static Set<TaskAction> legalActions(AssignmentState current) {
        Set<TaskAction> legal = EnumSet.noneOf(TaskAction.class);
        for (TaskAction action : TaskAction.values()) {
            if (target(current, action) != null) {
                legal.add(action);
            }
        }
        return legal;
    }

    public static boolean needsText(TaskAction action) {
        return action == TaskAction.PROGRESS || action == TaskAction.SUBMIT || action == TaskAction.RETURN;
    }

    public static RuleViolation illegal(AssignmentState current, TaskAction action) {
        return new RuleViolation("action", ILLEGAL, label("task.state." + current.name()), label("task.action." + action.name()));
    }

    private static AssignmentState target(AssignmentState current, TaskAction action) {
        return switch (action) {
            case ACCEPT -> current == ASSIGNED ? ACCEPTED : null;
            case PROGRESS -> current == ACCEPTED || current == IN_PROGRESS ? IN_PROGRESS : null;
            case SUBMIT -> current == IN_PROGRESS ? SUBMITTED : null;
            case COMPLETE -> current == SUBMITTED ? COMPLETED : null;
            case RETURN -> current == SUBMITTED ? IN_PROGRESS : null;
            case CANCEL -> current.isOpen() ? CANCELLED : null;
            case ASSIGN, HANDOVER, REMIND, RESCHEDULE -> null;
        };
    }

    private static DefaultMessageSourceResolvable label(String code) {
        return new DefaultMessageSourceResolvable(new String[]{code}, code);
    }

}
