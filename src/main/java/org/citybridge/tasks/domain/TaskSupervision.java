package org.citybridge.tasks.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.directory.CityDirectory;
import org.citybridge.platform.Dates;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.citybridge.tasks.AssignmentView;
import org.citybridge.tasks.TaskAction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's supervision (督办) of a task: reminding a city (催办, at most once an hour per city) and moving the
 * task's due date with a reason. Each is logged in the history of the cities it concerns and mailed to their liaisons
 * through the outbox, in the same transaction.
 */
@Service
@Transactional
public class TaskSupervision {

    /** The shortest time between two reminders of one city about one task. */
    public static final Duration REMINDER_INTERVAL = Duration.ofHours(1);
    public static final int MAX_REASON = 1000;

    private final TaskStore store;
    private final TaskAccess access;
    private final CityDirectory directory;
    private final TaskMail mail;
    private final Dates dates;
    private final Clock clock;

    TaskSupervision(TaskStore store, TaskAccess access, CityDirectory directory, TaskMail mail, Dates dates, Clock clock) {
        this.store = store;
        this.access = access;
        this.directory = directory;
        this.mail = mail;
        this.dates = dates;
        this.clock = clock;
    }

    /** Reminds an open assignment's city; answers how many liaisons were mailed. */
    public int remind(long taskId, String cityCode) {
        Actor actor = access.requireSecretariat();
        AssignmentView assignment = store.assignment(taskId, cityCode, LocalDate.now(clock), true)
                .orElseThrow(() -> new NotFoundException("task.error.unknownAssignment", taskId, cityCode));
        if (!assignment.state().isOpen()) {
            throw new RuleViolation(null, "task.error.remindClosed");
        }
        Instant now = clock.instant();
        Instant last = store.lastLogged(assignment.id(), TaskAction.REMIND).orElse(null);
        if (last != null && last.plus(REMINDER_INTERVAL).isAfter(now)) {
            throw new RuleViolation(null, "task.error.remindedRecently", dates.format(last),
                    dates.format(last.plus(REMINDER_INTERVAL)));
        }
        store.insertTransition(assignment.id(), TaskAction.REMIND, assignment.state(), assignment.state(), null,
                actor.username(), now);
        return mail.reminded(assignment, directory.activeLiaisons(List.of(cityCode)));
    }

    /** Moves the task's due date; every open city sees the change in its history and by mail. */
    public void reschedule(long taskId, LocalDate due, String reason) {
        Actor actor = access.requireSecretariat();
        store.lockTask(taskId);
        TaskStore.TaskRow task = store.task(taskId).orElseThrow(() -> new NotFoundException("task.error.unknown", taskId));
        String why = reason == null ? "" : reason.strip();
        LocalDate today = LocalDate.now(clock);
        if (due == null) {
            throw new RuleViolation("dueDate", "validation.required");
        }
        if (due.isBefore(today)) {
            throw new RuleViolation("dueDate", "task.error.dueInPast");
        }
        if (due.equals(task.dueDate())) {
            throw new RuleViolation("dueDate", "task.error.dueUnchanged");
        }
        if (why.isEmpty()) {
            throw new RuleViolation("reason", "task.error.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw new RuleViolation("reason", "task.error.textTooLong", MAX_REASON);
        }
        Instant now = clock.instant();
        store.changeDueDate(taskId, due);
        String note = dates.format(task.dueDate()) + " → " + dates.format(due) + "：" + why;
        List<AssignmentView> open = store.assignmentsOf(taskId, today).stream().filter(a -> a.state().isOpen()).toList();
        for (AssignmentView assignment : open) {
            store.insertTransition(assignment.id(), TaskAction.RESCHEDULE, assignment.state(), assignment.state(), note,
                    actor.username(), now);
        }
        mail.rescheduled(task.id(), task.title(), task.dueDate(), due, why,
                directory.activeLiaisons(open.stream().map(AssignmentView::cityCode).toList()));
    }
}
