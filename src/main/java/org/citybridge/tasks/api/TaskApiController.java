package org.citybridge.tasks.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.citybridge.shared.Actors;
import org.citybridge.tasks.AssignmentState;
import org.citybridge.tasks.AssignmentView;
import org.citybridge.tasks.BoardFilter;
import org.citybridge.tasks.TaskAction;
import org.citybridge.tasks.TaskPriority;
import org.citybridge.tasks.TaskView;
import org.citybridge.tasks.domain.NewTask;
import org.citybridge.tasks.domain.SupervisionBoard;
import org.citybridge.tasks.domain.TaskAssigning;
import org.citybridge.tasks.domain.TaskQueries;
import org.citybridge.tasks.domain.TaskWork;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Assigned tasks for scripts and other systems; the same rules and scope as the back office. */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskApiController {

    private final TaskAssigning assigning;
    private final TaskWork work;
    private final TaskQueries queries;
    private final SupervisionBoard board;

    TaskApiController(TaskAssigning assigning, TaskWork work, TaskQueries queries, SupervisionBoard board) {
        this.assigning = assigning;
        this.work = work;
        this.queries = queries;
        this.board = board;
    }

    record CreateTask(@NotBlank(message = "{validation.required}") @Size(max = TaskAssigning.MAX_TITLE, message = "{validation.tooLong}") String title,
                      @Size(max = TaskAssigning.MAX_DESCRIPTION, message = "{validation.tooLong}") String description,
                      @NotNull(message = "{validation.required}") TaskPriority priority,
                      @NotNull(message = "{validation.required}") LocalDate dueDate,
                      List<String> cityCodes, List<String> provinceCodes) {
    }

    record Transition(@NotBlank(message = "{validation.required}") String action, String note) {
    }

    record TransitionResult(long taskId, String cityCode, String action, AssignmentState state) {
    }

    @PostMapping
    ResponseEntity<TaskView> create(@Valid @RequestBody CreateTask request) {
        long id = assigning.assign(new NewTask(request.title(), request.description(), request.priority(), request.dueDate(),
                request.cityCodes(), request.provinceCodes()), List.of());
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + id)).body(queries.task(id));
    }

    /** The caller's assignments: a liaison its city's, the secretariat and coordinators the board's, oldest overdue first. */
    @GetMapping
    List<AssignmentView> assignments(@RequestParam(required = false) String province,
                                     @RequestParam(required = false) AssignmentState status,
                                     @RequestParam(required = false) TaskPriority priority) {
        if (Actors.currentOrSystem().followsCities()) {
            return board.rows(new BoardFilter(province, status, priority, false));
        }
        return queries.myCity();
    }

    @GetMapping("/{id}")
    TaskView task(@PathVariable long id) {
        return queries.task(id);
    }

    @PostMapping("/{id}/cities/{code}/transitions")
    TransitionResult transition(@PathVariable long id, @PathVariable String code, @Valid @RequestBody Transition request) {
        TaskAction action = TaskAction.fromCode(request.action());
        AssignmentState state = work.act(id, code, action, request.note(), List.of());
        return new TransitionResult(id, code, action.code(), state);
    }
}
