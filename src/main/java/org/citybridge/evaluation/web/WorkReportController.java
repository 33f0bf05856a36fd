package org.citybridge.evaluation.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citybridge.evaluation.report.PlanItem;
import org.citybridge.evaluation.report.PlanItemInput;
import org.citybridge.evaluation.report.PlanItemKind;
import org.citybridge.evaluation.report.PlanTurning;
import org.citybridge.evaluation.report.WorkReportFigures;
import org.citybridge.evaluation.report.WorkReports;
import org.citybridge.events.EventDrafts;
import org.citybridge.shared.RuleViolation;
import org.citybridge.tasks.TaskDraftView;
import org.citybridge.tasks.TaskDrafts;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The year's work report for the secretariat: its figures, sections and next year's plan to edit, and its downloads. */
@Controller
@RequestMapping("/admin/evaluations/{year}/report")
class WorkReportController {

    private final WorkReports reports;
    private final WorkReportFigures figures;
    private final WorkReportDownloads downloads;
    private final PlanTurning turning;
    private final TaskDrafts taskDrafts;

    WorkReportController(WorkReports reports, WorkReportFigures figures, WorkReportDownloads downloads, PlanTurning turning,
                         TaskDrafts taskDrafts) {
        this.reports = reports;
        this.figures = figures;
        this.downloads = downloads;
        this.turning = turning;
        this.taskDrafts = taskDrafts;
    }

    @GetMapping
    String page(@PathVariable int year, Locale locale, Model model) {
        List<PlanItem> plan = reports.plan(year);
        List<Long> draftIds = plan.stream().map(PlanItem::taskDraftId).filter(id -> id != null).toList();
        Map<Long, TaskDraftView> drafts = taskDrafts.drafts(draftIds).stream()
                .collect(Collectors.toMap(TaskDraftView::id, Function.identity()));
        model.addAttribute("year", year);
        model.addAttribute("figures", figures.figures(year));
        model.addAttribute("sections", reports.sections(year, locale));
        model.addAttribute("plan", plan);
        model.addAttribute("taskDrafts", drafts);
        model.addAttribute("kinds", PlanItemKind.values());
        model.addAttribute("eventKinds", EventDrafts.kinds());
        return "evaluation/report";
    }

    @GetMapping("/work-report.docx")
    ResponseEntity<byte[]> docx(@PathVariable int year, Locale locale) {
        return downloads.docx(year, locale);
    }

    @GetMapping("/work-report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int year, Locale locale) {
        return downloads.pdf(year, locale);
    }

    @PostMapping("/sections/start")
    String start(@PathVariable int year, Locale locale, RedirectAttributes redirect) {
        reports.start(year, locale);
        redirect.addFlashAttribute("flashKey", "evaluation.report.sections.started");
        return back(year, "sections");
    }

    @PostMapping("/sections")
    String addSection(@PathVariable int year, @RequestParam(required = false) String title,
                      @RequestParam(required = false) String bodyHtml, RedirectAttributes redirect) {
        return attempt(year, "sections", redirect, () -> reports.addSection(year, title, bodyHtml));
    }

    @PostMapping("/sections/{id}")
    String updateSection(@PathVariable int year, @PathVariable long id, @RequestParam(required = false) String title,
                         @RequestParam(required = false) String bodyHtml, RedirectAttributes redirect) {
        return attempt(year, "section-" + id, redirect, () -> reports.updateSection(year, id, title, bodyHtml));
    }

    @PostMapping("/sections/{id}/delete")
    String deleteSection(@PathVariable int year, @PathVariable long id, RedirectAttributes redirect) {
        return attempt(year, "sections", redirect, () -> reports.deleteSection(year, id));
    }

    @PostMapping("/sections/{id}/move")
    String moveSection(@PathVariable int year, @PathVariable long id, @RequestParam int step, RedirectAttributes redirect) {
        return attempt(year, "section-" + id, redirect, () -> reports.moveSection(year, id, step));
    }

    @PostMapping("/plan")
    String addItem(@PathVariable int year, PlanItemInput input, RedirectAttributes redirect) {
        return attempt(year, "plan", redirect, () -> reports.addItem(year, input));
    }

    @PostMapping("/plan/{id}")
    String updateItem(@PathVariable int year, @PathVariable long id, PlanItemInput input, RedirectAttributes redirect) {
        return attempt(year, "item-" + id, redirect, () -> reports.updateItem(year, id, input));
    }

    @PostMapping("/plan/{id}/delete")
    String deleteItem(@PathVariable int year, @PathVariable long id, RedirectAttributes redirect) {
        return attempt(year, "plan", redirect, () -> reports.deleteItem(year, id));
    }

    @PostMapping("/plan/{id}/move")
    String moveItem(@PathVariable int year, @PathVariable long id, @RequestParam int step, RedirectAttributes redirect) {
        return attempt(year, "item-" + id, redirect, () -> reports.moveItem(year, id, step));
    }

    @PostMapping("/plan/{id}/turn")
    String turn(@PathVariable int year, @PathVariable long id, @RequestParam(required = false) String eventKind,
                Locale locale, RedirectAttributes redirect) {
        try {
            PlanItem item = turning.turn(year, id, eventKind, locale);
            redirect.addFlashAttribute("flashKey", item.kind() == PlanItemKind.TASK
                    ? "evaluation.report.plan.turnedTask" : "evaluation.report.plan.turnedEvent");
        } catch (RuleViolation violation) {
            problem(redirect, violation);
        }
        return back(year, "item-" + id);
    }

    private String attempt(int year, String anchor, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flashKey", "common.saved");
        } catch (RuleViolation violation) {
            problem(redirect, violation);
        }
        return back(year, anchor);
    }

    private static void problem(RedirectAttributes redirect, RuleViolation violation) {
        redirect.addFlashAttribute("problemKey", violation.messageKey());
        redirect.addFlashAttribute("problemArgs", violation.args());
    }

    private static String back(int year, String anchor) {
        return "redirect:/admin/evaluations/" + year + "/report#" + anchor;
    }
}
