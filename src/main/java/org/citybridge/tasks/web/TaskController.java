package org.citybridge.tasks.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityLevel;
import org.citybridge.directory.CityReach;
import org.citybridge.directory.TargetMode;
import org.citybridge.directory.TargetResolver;
import org.citybridge.directory.TypedCities;
import org.citybridge.files.FileDownloads;
import org.citybridge.files.FilePolicy;
import org.citybridge.files.HeldFiles;
import org.citybridge.files.HeldUploads;
import org.citybridge.platform.Dates;
import org.citybridge.platform.FormErrors;
import org.citybridge.platform.Spreadsheets;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.citybridge.tasks.AssignmentState;
import org.citybridge.tasks.BoardFilter;
import org.citybridge.tasks.TaskAction;
import org.citybridge.tasks.TaskDrafts;
import org.citybridge.tasks.TaskPriority;
import org.citybridge.tasks.TaskView;
import org.citybridge.tasks.domain.AssignmentLifecycle;
import org.citybridge.tasks.domain.SupervisionBoard;
import org.citybridge.tasks.domain.TaskAssigning;
import org.citybridge.tasks.domain.TaskQueries;
import org.citybridge.tasks.domain.TaskSupervision;
import org.citybridge.tasks.domain.TaskWork;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Assigned tasks in the back office: the supervision board, new tasks, a task's cities, a city's page and its actions. */
@Controller
@RequestMapping("/admin/tasks")
class TaskController {

    private static final int PAGE_SIZE = 50;

    private final TaskAssigning assigning;
    private final TaskWork work;
    private final TaskQueries queries;
    private final SupervisionBoard board;
    private final TaskSupervision supervision;
    private final CityDirectory directory;
    private final TargetResolver resolver;
    private final FileDownloads downloads;
    private final MessageSource messages;
    private final Dates dates;

    private final HeldUploads uploads;
    private final TaskDrafts drafts;

    TaskController(TaskAssigning assigning, TaskWork work, TaskQueries queries, SupervisionBoard board,
                   TaskSupervision supervision, CityDirectory directory, TargetResolver resolver, FileDownloads downloads, MessageSource messages,
                   Dates dates, HeldUploads uploads, TaskDrafts drafts) {
        this.uploads = uploads;
        this.drafts = drafts;
        this.assigning = assigning;
        this.work = work;
        this.queries = queries;
        this.board = board;
        this.supervision = supervision;
        this.directory = directory;
        this.resolver = resolver;
        this.downloads = downloads;
        this.messages = messages;
        this.dates = dates;
    }

    /** The board for the secretariat and province coordinators; a liaison's own city's tasks for a liaison. */
    @GetMapping
    String list(@ModelAttribute("filter") BoardFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = Actors.currentOrSystem();
        if (!actor.followsCities()) {
            model.addAttribute("assignments", queries.myCity());
            return "tasks/mine";
        }
        model.addAttribute("board", board.board(filter, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("drafts", actor.isSecretariat() ? drafts.waiting() : List.of());
        model.addAttribute("provinces", directory.provincesFor(actor));
        model.addAttribute("states", AssignmentState.values());
        model.addAttribute("priorities", TaskPriority.values());
        return "tasks/board";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(BoardFilter filter) {
        byte[] workbook = board.export(filter);
        return Spreadsheets.download(text("task.export.fileName"), workbook);
    }

    @GetMapping("/new")
    String newTask(@RequestParam(name = "draft", required = false) Long draftId, Model model) {
        TaskForm form = draftId == null ? TaskForm.blank(dates.today().plusDays(14))
                : TaskForm.of(drafts.find(draftId).filter(d -> !d.assigned())
                .orElseThrow(() -> new NotFoundException("task.error.unknownDraft", draftId)));
        model.addAttribute("taskForm", form);
        return form(form, reach(form), model);
    }

    @PostMapping
    String create(@ModelAttribute("taskForm") TaskForm form, BindingResult result,
                  @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
                  @RequestParam(name = "heldFiles", required = false) List<UUID> heldFiles,
                  @RequestParam(name = "removedFiles", required = false) List<UUID> removedFiles,
                  Model model, RedirectAttributes redirect) {
        TypedCities typed = resolver.typed(form.pickedOrNull());
        RuleViolation unknownNames = typed.problem();
        if (unknownNames != null) {
            rejectTargets(result, unknownNames);
        }
        TaskAssigning.Checked checked = assigning.check(form.toNewTask(unknownNames == null ? typed.codes() : List.of()));
        HeldFiles held = uploads.hold(attachments, heldFiles, removedFiles, FilePolicy.DOCUMENTS, "attachments");
        model.addAttribute("heldFiles", held.files());
        if (held.refused()) {
            model.addAttribute("attachmentsError", texts(held));
        }
        for (RuleViolation problem : checked.problems()) {
            if (aboutCities(problem)) {
                if (!result.hasFieldErrors("targetMode") && !result.hasFieldErrors("pickedCities")) {
                    rejectTargets(result, problem);
                }
            } else if (problem.field() == null || !result.hasFieldErrors(problem.field())) {
                FormErrors.reject(result, problem);
            }
        }
        if (!result.hasErrors() && !held.refused()) {
            try {
                long id = assigning.assign(checked, held.uploads(), form.getDraftId());
                redirect.addFlashAttribute("flashKey", "task.created");
                return "redirect:/admin/tasks/" + id;
            } catch (RuleViolation violation) {
                if ("attachments".equals(violation.field())) {
                    model.addAttribute("attachmentsError", text(violation.messageKey(), violation.args()));
                } else {
                    FormErrors.reject(result, violation);
                }
            }
        }
        RuleViolation reachProblem = unknownNames != null ? unknownNames
                : checked.problems().stream().filter(TaskController::aboutCities).findFirst().orElse(null);
        return form(form, new CityReach(typed.worthShowing(), reachProblem == null ? checked.cities() : List.of(),
                reachProblem), model);
    }

    /** The number of cities the chosen targets reach, shown live while staff choose them. */
    @GetMapping("/reach")
    String reach(@ModelAttribute("taskForm") TaskForm form, Model model) {
        show(reach(form), model);
        return "fragments/city-targets :: reach";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        TaskView task = queries.task(id);
        Actor actor = Actors.currentOrSystem();
        if (!actor.followsCities()) {
            return "redirect:/admin/tasks/" + id + "/cities/" + actor.cityCode();
        }
        return taskPage(task, model);
    }

    private String taskPage(TaskView task, Model model) {
        model.addAttribute("task", task);
        if (!model.containsAttribute("rescheduleForm")) {
            model.addAttribute("rescheduleForm", RescheduleForm.of(task.dueDate()));
        }
        return "tasks/task";
    }

    @GetMapping("/{id}/cities/{code}")
    String assignment(@PathVariable long id, @PathVariable String code, Model model) {
        return assignmentPage(id, code, model);
    }

    @PostMapping("/{id}/cities/{code}/transitions")
    String act(@PathVariable long id, @PathVariable String code, @RequestParam(required = false) String action,
               @RequestParam(required = false) String note,
               @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence,
               @RequestParam(defaultValue = "false") boolean confirmed,
               @RequestParam(name = "heldFiles", required = false) List<UUID> heldFiles,
               @RequestParam(name = "removedFiles", required = false) List<UUID> removedFiles,
               Model model, RedirectAttributes redirect) {
        TaskAction wanted = TaskAction.fromCode(action);
        HeldFiles held = uploads.hold(evidence, heldFiles, removedFiles, FilePolicy.DOCUMENTS, "evidence");
        model.addAttribute("heldEvidence", held.files());
        if (wanted == TaskAction.CANCEL && !confirmed) {
            model.addAttribute("confirmCancel", Map.of("action", TaskAction.CANCEL.code(), "note", note == null ? "" : note));
            model.addAttribute("note", note);
            return assignmentPage(id, code, model);
        }
        try {
            if (held.refused()) {
                throw held.problems().get(0);
            }
            work.act(id, code, wanted, note, held.uploads());
            redirect.addFlashAttribute("flashKey", "task.done");
            return "redirect:/admin/tasks/" + id + "/cities/" + code;
        } catch (RuleViolation violation) {
            model.addAttribute("failedAction", wanted);
            model.addAttribute("actionError", text(violation.messageKey(), violation.args()));
            model.addAttribute("note", note);
            return assignmentPage(id, code, model);
        }
    }

    /** 催办: mails the city's liaisons and logs it, at most once an hour per city. */
    @PostMapping("/{id}/cities/{code}/remind")
    String remind(@PathVariable long id, @PathVariable String code, Model model, RedirectAttributes redirect) {
        try {
            supervision.remind(id, code);
            redirect.addFlashAttribute("flashKey", "task.reminded");
            return "redirect:/admin/tasks/" + id + "/cities/" + code;
        } catch (RuleViolation violation) {
            model.addAttribute("actionError", text(violation.messageKey(), violation.args()));
            return assignmentPage(id, code, model);
        }
    }

    /** Moves the task's due date with a reason; shown to every open city. */
    @PostMapping("/{id}/due-date")
    String reschedule(@PathVariable long id, @ModelAttribute("rescheduleForm") RescheduleForm form, BindingResult result,
                      Model model, RedirectAttributes redirect) {
        try {
            supervision.reschedule(id, form.getDueDate(), form.getReason());
            redirect.addFlashAttribute("flashKey", "task.rescheduled");
            return "redirect:/admin/tasks/" + id;
        } catch (RuleViolation violation) {
            // a date that could not be read is already said on its field
            if (violation.field() == null || !result.hasFieldErrors(violation.field())) {
                FormErrors.reject(result, violation);
            }
        }
        return taskPage(queries.task(id), model);
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable UUID fileId) {
        return downloads.serve(queries.file(id, fileId));
    }

    @GetMapping("/cities/{code}")
    String city(@PathVariable String code, Model model) {
        model.addAttribute("city", queries.city(code));
        return "tasks/city";
    }

    private String assignmentPage(long id, String code, Model model) {
        model.addAttribute("details", queries.assignment(id, code));
        model.addAttribute("policy", FilePolicy.DOCUMENTS);
        model.addAttribute("needsText", Arrays.stream(TaskAction.values())
                .filter(AssignmentLifecycle::needsText).toList());
        return "tasks/assignment";
    }

    private String form(TaskForm form, CityReach reach, Model model) {
        model.addAttribute("targetModes", TargetMode.values());
        model.addAttribute("provinces", directory.provinces());
        model.addAttribute("levels", CityLevel.values());
        model.addAttribute("tags", directory.tags());
        model.addAttribute("priorities", TaskPriority.values());
        model.addAttribute("policy", FilePolicy.DOCUMENTS);
        show(reach, model);
        return "tasks/new";
    }

    private static void show(CityReach reach, Model model) {
        model.addAttribute("reachKey", "task.reach");
        reach.addTo(model);
    }

    /** How far the form's targets reach; the service checks that the caller assigns tasks, also when a name is unknown. */
    private CityReach reach(TaskForm form) {
        return CityReach.of(resolver.typed(form.pickedOrNull()), codes -> assigning.reach(form.targets(codes)));
    }

    private static boolean aboutCities(RuleViolation problem) {
        return "targets".equals(problem.field()) || "cityCodes".equals(problem.field()) || "provinceCodes".equals(problem.field());
    }

    /** A refusal about the cities goes onto the picker: the typed names, or the way of choosing. */
    private static void rejectTargets(BindingResult result, RuleViolation problem) {
        String field = "pickedCities".equals(problem.field()) ? "pickedCities" : "targetMode";
        FormErrors.reject(result, new RuleViolation(field, problem.messageKey(), problem.args()));
    }

    private String texts(HeldFiles held) {
        return String.join(" ", held.problems().stream().map(p -> text(p.messageKey(), p.args())).toList());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
