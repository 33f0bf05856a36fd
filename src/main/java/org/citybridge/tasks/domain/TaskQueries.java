package org.citybridge.tasks.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityRef;
import org.citybridge.files.FileStore;
import org.citybridge.files.StoredFile;
import org.citybridge.platform.LikePatterns;
import org.citybridge.shared.Actor;
import org.citybridge.shared.CityScope;
import org.citybridge.shared.NotFoundException;
import org.citybridge.tasks.AssignmentDetails;
import org.citybridge.tasks.AssignmentView;
import org.citybridge.tasks.TaskAction;
import org.citybridge.tasks.TaskView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads tasks within the caller's scope: what is outside it answers "not found", never data. */
@Service
@Transactional(readOnly = true)
public class TaskQueries {

    private final TaskStore store;
    private final TaskAccess access;
    private final FileStore files;
    private final CityDirectory directory;
    private final Clock clock;

    TaskQueries(TaskStore store, TaskAccess access, FileStore files, CityDirectory directory, Clock clock) {
        this.store = store;
        this.access = access;
        this.files = files;
        this.directory = directory;
        this.clock = clock;
    }

    /** The task with the assignments the caller may see; a task with none of them is unknown to the caller. */
    public TaskView task(long id) {
        Actor actor = access.requireTasks();
        TaskStore.TaskRow task = store.task(id).orElseThrow(() -> new NotFoundException("task.error.unknown", id));
        List<AssignmentView> visible = store.assignmentsOf(id, today()).stream()
                .filter(a -> access.maySee(actor, a.cityCode(), a.provinceCode())).toList();
        if (visible.isEmpty() && !actor.isSecretariat()) {
            throw new NotFoundException("task.error.unknown", id);
        }
        return view(task, visible);
    }

    public AssignmentDetails assignment(long taskId, String cityCode) {
        Actor actor = access.requireTasks();
        AssignmentView assignment = store.assignment(taskId, cityCode, today(), false)
                .orElseThrow(() -> new NotFoundException("task.error.unknownAssignment", taskId, cityCode));
        access.requireSee(actor, assignment);
        TaskStore.TaskRow task = store.task(taskId).orElseThrow();
        Set<TaskAction> allowed = EnumSet.noneOf(TaskAction.class);
        AssignmentLifecycle.legalActions(assignment.state()).stream()
                .filter(action -> access.mayTake(actor, assignment, action)).forEach(allowed::add);
        return new AssignmentDetails(view(task, List.of(assignment)), assignment, store.history(assignment.id()),
                files.describeAll(store.evidence(assignment.id())), allowed);
    }

    /** Tasks whose title contains the text, given to a city in the caller's scope (any task for the secretariat). */
    public List<TaskTitle> findByTitle(String text, int limit) {
        Actor actor = access.requireTasks();
        return store.titled(LikePatterns.containing(text), actor.scope().where("a.city_code", "a.province_code"), limit).stream()
                .map(task -> new TaskTitle(task.id(), task.title(), task.dueDate())).toList();
    }

    public record TaskTitle(long id, String title, LocalDate dueDate) {
    }

    /** A liaison's own city's assignments, open ones first by due date. */
    public List<AssignmentView> myCity() {
        if (!(access.requireTasks().scope() instanceof CityScope.City city)) {
            throw new AccessDeniedException("liaisons only");
        }
        return store.assignmentsOfCity(city.code(), today());
    }

    /** Every task a city was given, for its history page; outside the caller's scope it is unknown. */
    public CityTasks city(String code) {
        Actor actor = access.requireTasks();
        CityRef city = directory.cityRefs(List.of(code)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("task.error.unknownCity", code));
        if (!access.maySee(actor, city.code(), city.provinceCode())) {
            throw new NotFoundException("task.error.unknownCity", code);
        }
        return new CityTasks(city, store.assignmentsOfCity(code, today()));
    }

    public record CityTasks(CityRef city, List<AssignmentView> assignments) {
    }

    /** A file of a task the caller may see: one of its attachments, or evidence of a city assignment in scope. */
    public StoredFile file(long taskId, UUID fileId) {
        TaskView task = task(taskId);
        if (task.attachments().stream().anyMatch(f -> f.id().equals(fileId))) {
            return task.attachments().stream().filter(f -> f.id().equals(fileId)).findFirst().orElseThrow();
        }
        String city = store.evidenceCity(taskId, fileId).orElseThrow(() -> new NotFoundException("file.error.unknown", fileId));
        if (task.assignments().stream().noneMatch(a -> a.cityCode().equals(city))) {
            throw new NotFoundException("file.error.unknown", fileId);
        }
        return files.describe(fileId);
    }

    private TaskView view(TaskStore.TaskRow task, List<AssignmentView> assignments) {
        return new TaskView(task.id(), task.title(), task.description(), task.priority(), task.dueDate(), task.createdBy(),
                task.createdAt(), files.describeAll(store.attachments(task.id())), assignments);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
