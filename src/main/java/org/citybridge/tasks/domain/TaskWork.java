package org.citybridge.tasks.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.files.FilePolicy;
import org.citybridge.files.FileStore;
import org.citybridge.files.StoredFile;
import org.citybridge.files.Upload;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.citybridge.tasks.AssignmentState;
import org.citybridge.tasks.AssignmentView;
import org.citybridge.tasks.TaskAction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves one city's assignment along its lifecycle: the city's liaisons accept, report progress and submit; the
 * secretariat completes, returns or cancels. Each step is logged with who and when, in the same transaction.
 */
@Service
@Transactional
public class TaskWork {

    private final TaskStore store;
    private final TaskAccess access;
    private final FileStore files;
    private final Clock clock;

    TaskWork(TaskStore store, TaskAccess access, FileStore files, Clock clock) {
        this.store = store;
        this.access = access;
        this.files = files;
        this.clock = clock;
    }

    /** Answers the state after the action. Evidence files go only with a submission. */
    public AssignmentState act(long taskId, String cityCode, TaskAction action, String text, List<Upload> evidence) {
        Actor actor = access.requireTasks();
        AssignmentView assignment = store.assignment(taskId, cityCode, LocalDate.now(clock), true)
                .orElseThrow(() -> new NotFoundException("task.error.unknownAssignment", taskId, cityCode));
        access.requireSee(actor, assignment);
        if (action == null || action.party() == TaskAction.Party.SYSTEM) {
            throw new RuleViolation("action", "task.error.unknownAction");
        }
        access.requireTake(actor, assignment, action);
        String note = text == null || text.isBlank() ? null : text.strip();
        AssignmentState to = AssignmentLifecycle.next(assignment.state(), action, note);
        List<Upload> uploads = evidence == null ? List.of() : evidence.stream()
                .filter(u -> !(u.name() == null || u.name().isBlank()) || (u.content() != null && u.content().length > 0))
                .toList();
        if (!uploads.isEmpty() && action != TaskAction.SUBMIT) {
            throw new RuleViolation("evidence", "task.error.evidenceOnlyOnSubmit");
        }
        Instant now = clock.instant();
        store.changeState(assignment.id(), to, action == TaskAction.SUBMIT ? note : null, now);
        for (Upload upload : uploads) {
            StoredFile file = files.store(upload, FilePolicy.DOCUMENTS, "evidence");
            store.insertEvidence(assignment.id(), file.id(), now);
        }
        store.insertTransition(assignment.id(), action, assignment.state(), to, note, actor.username(), now);
        return to;
    }
}
