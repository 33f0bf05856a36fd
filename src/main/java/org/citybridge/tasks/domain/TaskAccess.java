package org.citybridge.tasks.domain;

import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.Role;
import org.citybridge.tasks.AssignmentView;
import org.citybridge.tasks.TaskAction;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with tasks: the secretariat everything; a liaison only its own city's assignments (another
 * city's answer "not found", also by id); a province coordinator reads its province's assignments; editors nothing.
 */
@Component
public class TaskAccess {

    public Actor requireTasks() {
        Actor actor = Actors.currentOrSystem();
        return switch (actor.role()) {
            case ADMIN, STAFF, LIAISON, PROVINCE -> actor;
            default -> throw new AccessDeniedException("no access to tasks");
        };
    }

    public Actor requireSecretariat() {
        return Actors.requireSecretariat();
    }

    /** The supervision board: the secretariat, or a province coordinator for its province, read-only. */
    public Actor requireBoard() {
        return Actors.requireFollowingCities();
    }

    public boolean maySee(Actor actor, String cityCode, String provinceCode) {
        return actor.scope().covers(cityCode, provinceCode);
    }

    public void requireSee(Actor actor, AssignmentView assignment) {
        if (!maySee(actor, assignment.cityCode(), assignment.provinceCode())) {
            throw new NotFoundException("task.error.unknownAssignment", assignment.taskId(), assignment.cityCode());
        }
    }

    public boolean mayTake(Actor actor, AssignmentView assignment, TaskAction action) {
        return switch (action.party()) {
            case CITY -> actor.role() == Role.LIAISON && assignment.cityCode().equals(actor.cityCode());
            case SECRETARIAT -> actor.isSecretariat();
            case SYSTEM -> false;
        };
    }

    public void requireTake(Actor actor, AssignmentView assignment, TaskAction action) {
        if (!mayTake(actor, assignment, action)) {
            throw new AccessDeniedException("not yours to " + action.code());
        }
    }
}
