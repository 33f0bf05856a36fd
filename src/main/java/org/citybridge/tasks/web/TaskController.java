package org.citybridge.tasks.web;

import java.util.List;
import java.util.UUID;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityFilter;
import org.citybridge.directory.CityRef;
import org.citybridge.platform.Dates;
import org.citybridge.platform.FormErrors;
import org.citybridge.platform.Spreadsheets;
import org.citybridge.platform.files.FileDownloads;
import org.citybridge.platform.files.FilePolicy;
import org.citybridge.platform.files.HeldFiles;
import org.citybridge.platform.files.HeldUploads;
import org.citybridge.shared.Actor;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.Role;
import org.citybridge.tasks.AssignmentState;
import org.citybridge.tasks.BoardFilter;
import org.citybridge.tasks.TaskAction;
import org.citybridge.tasks.TaskPriority;
import org.citybridge.tasks.TaskView;
import org.citybridge.tasks.domain.AssignmentLifecycle;
import org.citybridge.tasks.domain.SupervisionBoard;
import org.citybridge.tasks.domain.TaskAccess;
import org.citybridge.tasks.domain.TaskAssigning;
import org.citybridge.tasks.domain.TaskQueries;
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

    private final TaskAccess access;
    private final TaskAssigning assigning;
    private final TaskWork work;
    private final TaskQueries queries;
    private final SupervisionBoard board;
    private final CityDirectory directory;
    private final FileDownloads downloads;
    private final MessageSource messages;
    private final Dates dates;

    private final HeldUploads uploads;

    TaskController(TaskAccess access, TaskAssigning assigning, TaskWork work, TaskQueries queries, SupervisionBoard board,
                   CityDirectory directory, FileDownloads downloads, MessageSource messages, Dates dates,
                   HeldUploads uploads) {
        this.uploads = uploads;
        this.access = access;
        this.assigning = assigning;
        this.work = work;
        this.queries = queries;
        this.board = board;
        this.directory = directory;
        this.downloads = downloads;
        this.messages = messages;
        this.dates = dates;
    }

    /** The board for the secretariat and province coordinators; a liaison's own city's tasks for a liaison. */
    @GetMapping
    String list(@ModelAttribute("filter") BoardFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = access.requireTasks();
        if (actor.role() == Role.LIAISON) {
            model.addAttribute("assignments", queries.myCity());
            return "tasks/mine";
        }
        model.addAttribute("board", board.board(filter, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("provinces", directory.provinces());
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
    String newTask(Model model) {
        access.requireSecretariat();
        model.addAttribute("taskForm", TaskForm.blank(dates.today().plusDays(14)));
        return form(model);
    }

    @PostMapping
    String create(@ModelAttribute("taskForm") TaskForm form, BindingResult result,
                  @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
                  @RequestParam(name = "heldFiles", required = false) List<UUID> heldFiles,
                  @RequestParam(name = "removedFiles", required = false) List<UUID> removedFiles,
                  Model model, RedirectAttributes redirect) {
        access.requireSecretariat();
        HeldFiles held = uploads.hold(attachments, heldFiles, removedFiles, FilePolicy.DOCUMENTS, "attachments");
        model.addAttribute("heldFiles", held.files());
        if (held.refused()) {
            model.addAttribute("attachmentsError", texts(held));
        }
        for (RuleViolation problem : assigning.check(form.toNewTask())) {
            if (problem.field() == null || !result.hasFieldErrors(problem.field())) {
                FormErrors.reject(result, problem);
            }
        }
        if (!result.hasErrors() && !held.refused()) {
            try {
                long id = assigning.assign(form.toNewTask(), held.uploads());
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
        return form(model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = access.requireTasks();
        TaskView task = queries.task(id);
        if (actor.role() == Role.LIAISON) {
            return "redirect:/admin/tasks/" + id + "/cities/" + actor.cityCode();
        }
        model.addAttribute("task", task);
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
               @RequestParam(name = "heldFiles", required = false) List<UUID> heldFiles,
               @RequestParam(name = "removedFiles", required = false) List<UUID> removedFiles,
               Model model, RedirectAttributes redirect) {
        TaskAction wanted = TaskAction.fromCode(action);
        HeldFiles held = uploads.hold(evidence, heldFiles, removedFiles, FilePolicy.DOCUMENTS, "evidence");
        model.addAttribute("heldEvidence", held.files());
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
        model.addAttribute("needsText", java.util.Arrays.stream(TaskAction.values())
                .filter(AssignmentLifecycle::needsText).toList());
        return "tasks/assignment";
    }

    private String form(Model model) {
        java.util.Map<String, List<CityRef>> byProvince = new java.util.LinkedHashMap<>();
        for (CityRef city : directory.cityRefs(CityFilter.all())) {
            byProvince.computeIfAbsent(city.provinceName(), p -> new java.util.ArrayList<>()).add(city);
        }
        model.addAttribute("citiesByProvince", byProvince);
        model.addAttribute("provinces", directory.provinces());
        model.addAttribute("priorities", TaskPriority.values());
        model.addAttribute("policy", FilePolicy.DOCUMENTS);
        return "tasks/new";
    }

    private String texts(HeldFiles held) {
        return String.join(" ", held.problems().stream().map(p -> text(p.messageKey(), p.args())).toList());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
