package org.citybridge.submissions.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citybridge.directory.CityDirectory;
import org.citybridge.files.FileDownloads;
import org.citybridge.files.FilePolicy;
import org.citybridge.files.HeldFiles;
import org.citybridge.files.HeldUploads;
import org.citybridge.platform.FormErrors;
import org.citybridge.portal.PortalApi;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.PageOf;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleRefusal;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;
import org.citybridge.submissions.ReviewAction;
import org.citybridge.submissions.SubmissionFilter;
import org.citybridge.submissions.SubmissionKind;
import org.citybridge.submissions.SubmissionStatus;
import org.citybridge.submissions.SubmissionView;
import org.citybridge.submissions.domain.ReportInput;
import org.citybridge.submissions.domain.SubmissionAccess;
import org.citybridge.submissions.domain.SubmissionQueries;
import org.citybridge.submissions.domain.SubmissionReview;
import org.citybridge.submissions.domain.SubmissionWriting;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reports in the back office: a city's own reports and their form, the review queue, a report's page and its review. */
@Controller
@RequestMapping("/admin/submissions")
class SubmissionController {

    private static final int PAGE_SIZE = 50;

    private final SubmissionAccess access;
    private final SubmissionWriting writing;
    private final SubmissionReview review;
    private final SubmissionQueries queries;
    private final CityDirectory directory;
    private final PortalApi portal;
    private final FileDownloads downloads;
    private final MessageSource messages;
    private final HeldUploads uploads;

    SubmissionController(SubmissionAccess access, SubmissionWriting writing, SubmissionReview review,
                         SubmissionQueries queries, CityDirectory directory, PortalApi portal, FileDownloads downloads,
                         MessageSource messages, HeldUploads uploads) {
        this.uploads = uploads;
        this.access = access;
        this.writing = writing;
        this.review = review;
        this.queries = queries;
        this.directory = directory;
        this.portal = portal;
        this.downloads = downloads;
        this.messages = messages;
    }

    /** A liaison's own city's reports; everyone else goes to the review list. */
    @GetMapping
    String list(Model model) {
        if (Actors.currentOrSystem().role() != Role.LIAISON) {
            return "redirect:/admin/submissions/review";
        }
        model.addAttribute("submissions", queries.myCity());
        return "submissions/mine";
    }

    /**
     * The review queue (status 待审核 unless another is chosen; an empty choice means every status), oldest submitted
     * first. A period whose start is after its end is said so instead of answering an empty list.
     */
    @GetMapping("/review")
    String queue(@RequestParam(required = false) SubmissionStatus status, @RequestParam(required = false) String city,
                 @RequestParam(required = false) String province, @RequestParam(required = false) SubmissionKind kind,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedFrom,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedTo,
                 @RequestParam(defaultValue = "0") int page, WebRequest request, Model model) {
        Actor actor = Actors.currentOrSystem();
        boolean statusChosen = request.getParameter("status") != null;
        SubmissionStatus chosen = statusChosen ? status
                : actor.role() == Role.EDITOR ? SubmissionStatus.ADOPTED : SubmissionStatus.SUBMITTED;
        SubmissionFilter filter = new SubmissionFilter(chosen, city, province, kind, from, to, decidedFrom, decidedTo);
        model.addAttribute("filter", filter);
        try {
            model.addAttribute("result", queries.search(filter, Math.max(page, 0), PAGE_SIZE));
        } catch (RuleViolation violation) {
            model.addAttribute("periodError", text(violation.messageKey(), violation.args()));
            model.addAttribute("result", new PageOf<>(List.of(), 0, 0, PAGE_SIZE));
        }
        model.addAttribute("provinces", directory.provincesFor(actor));
        model.addAttribute("statuses", SubmissionStatus.values());
        model.addAttribute("kinds", SubmissionKind.values());
        return "submissions/review";
    }

    @GetMapping("/new")
    String newReport(Model model) {
        model.addAttribute("reportForm", ReportForm.of(writing.newReport()));
        return form(model, null, HeldFiles.NONE);
    }

    @PostMapping
    String create(@ModelAttribute("reportForm") ReportForm form, BindingResult result,
                  @RequestParam(defaultValue = "false") boolean submit,
                  @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
                  @RequestParam(name = "heldFiles", required = false) List<UUID> heldFiles,
                  @RequestParam(name = "removedFiles", required = false) List<UUID> removedFiles,
                  Model model, RedirectAttributes redirect) {
        SubmissionWriting.Checked checked = writing.check(form.toInput(), submit);
        HeldFiles held = uploads.hold(attachments, heldFiles, removedFiles, FilePolicy.DOCUMENTS, "attachments");
        held.problems().forEach(problem -> reject(result, problem, model));
        try {
            if (!held.refused()) {
                long id = writing.create(checked, held.uploads());
                redirect.addFlashAttribute("flashKey", submit ? "submission.flash.submitted" : "submission.flash.saved");
                return "redirect:/admin/submissions/" + id;
            }
        } catch (RuleViolations violations) {
            FormErrors.reject(result, violations);
        } catch (RuleViolation violation) {
            reject(result, violation, model);
        }
        return form(model, null, held);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return page(queries.submission(id), model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        SubmissionView view = queries.forEditing(id);
        model.addAttribute("reportForm", ReportForm.of(new ReportInput(view.title(), view.kind(), view.bodyHtml())));
        return form(model, view, HeldFiles.NONE);
    }

    @PostMapping("/{id}")
    String revise(@PathVariable long id, @ModelAttribute("reportForm") ReportForm form, BindingResult result,
                  @RequestParam(defaultValue = "false") boolean submit,
                  @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
                  @RequestParam(name = "heldFiles", required = false) List<UUID> heldFiles,
                  @RequestParam(name = "removedFiles", required = false) List<UUID> removedFiles,
                  Model model, RedirectAttributes redirect) {
        SubmissionView view = queries.submission(id);
        HeldFiles held = uploads.hold(attachments, heldFiles, removedFiles, FilePolicy.DOCUMENTS, "attachments");
        held.problems().forEach(problem -> reject(result, problem, model));
        try {
            if (!held.refused()) {
                writing.revise(id, form.toInput(), submit, held.uploads());
                redirect.addFlashAttribute("flashKey", submit ? "submission.flash.submitted" : "submission.flash.saved");
                return "redirect:/admin/submissions/" + id;
            }
        } catch (RuleViolations violations) {
            FormErrors.reject(result, violations);
        } catch (RuleViolation violation) {
            reject(result, violation, model);
        }
        return form(model, view, held);
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            writing.submit(id);
            redirect.addFlashAttribute("flashKey", "submission.flash.submitted");
            return "redirect:/admin/submissions/" + id;
        } catch (RuleViolation violation) {
            model.addAttribute("actionError", text(violation.messageKey(), violation.args()));
            return page(queries.submission(id), model);
        }
    }

    /** Deletes a draft after a confirmation (a dialog, or without script the confirmation step of the report's page). */
    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
                  RedirectAttributes redirect) {
        if (!confirmed) {
            model.addAttribute("confirmDelete", Map.of());
            return page(queries.submission(id), model);
        }
        try {
            writing.deleteDraft(id);
            redirect.addFlashAttribute("flashKey", "submission.flash.deleted");
            return "redirect:/admin/submissions";
        } catch (RuleViolation violation) {
            model.addAttribute("actionError", text(violation.messageKey(), violation.args()));
            return page(queries.submission(id), model);
        }
    }

    /** Return (退回修改) or reject (不予采用), each with an opinion. */
    @PostMapping("/{id}/review")
    String review(@PathVariable long id, @RequestParam(required = false) String action,
                  @RequestParam(required = false) String opinion, Model model, RedirectAttributes redirect) {
        ReviewAction wanted = ReviewAction.fromCode(action);
        try {
            if (wanted == ReviewAction.ADOPT) {
                throw new RuleViolation("action", "submission.error.adoptWithForm");
            }
            review.review(id, wanted, opinion, null);
            redirect.addFlashAttribute("flashKey", "submission.flash.reviewed");
            return "redirect:/admin/submissions/" + id;
        } catch (RuleViolation violation) {
            model.addAttribute("failedAction", wanted);
            model.addAttribute("opinion", opinion);
            model.addAttribute("actionError", text(violation.messageKey(), violation.args()));
            return page(queries.submission(id), model);
        }
    }

    @GetMapping("/{id}/adopt")
    String adoptForm(@PathVariable long id, Model model) {
        try {
            SubmissionReview.AdoptionProposal proposal = review.proposeAdoption(id);
            model.addAttribute("adoptForm", AdoptForm.of(proposal.adoption()));
            return adoptPage(proposal.report(), model);
        } catch (RuleViolation illegal) {
            model.addAttribute("actionError", text(illegal.messageKey(), illegal.args()));
            return page(queries.submission(id), model);
        }
    }

    @PostMapping("/{id}/adopt")
    String adopt(@PathVariable long id, @ModelAttribute("adoptForm") AdoptForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        try {
            review.adopt(id, form.toAdoption());
            redirect.addFlashAttribute("flashKey", "submission.flash.adopted");
            return "redirect:/admin/submissions/" + id;
        } catch (RuleRefusal refusal) {
            FormErrors.reject(result, refusal);
        }
        return adoptPage(queries.submission(id), model);
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable UUID fileId) {
        return downloads.serve(queries.attachment(id, fileId));
    }

    private String page(SubmissionView view, Model model) {
        Actor actor = Actors.currentOrSystem();
        boolean own = access.isOwnCity(actor, view.cityCode());
        model.addAttribute("submission", view);
        model.addAttribute("mayEdit", own && view.status().editable());
        model.addAttribute("mayDelete", own && view.status() == SubmissionStatus.DRAFT);
        model.addAttribute("mayReview", actor.isSecretariat() && view.status() == SubmissionStatus.SUBMITTED);
        model.addAttribute("reviewCodes", List.of(ReviewAction.RETURN.code(), ReviewAction.REJECT.code()));
        model.addAttribute("article", view.articleId() == null ? null : portal.articleLink(view.articleId()).orElse(null));
        model.addAttribute("column", view.columnId() == null ? null : portal.columns().stream()
                .filter(c -> c.id() == view.columnId()).findFirst().orElse(null));
        return "submissions/show";
    }

    private String form(Model model, SubmissionView view, HeldFiles held) {
        model.addAttribute("submission", view);
        model.addAttribute("heldFiles", held.files());
        model.addAttribute("kinds", SubmissionKind.values());
        model.addAttribute("policy", FilePolicy.DOCUMENTS);
        return "submissions/form";
    }

    private String adoptPage(SubmissionView view, Model model) {
        model.addAttribute("submission", view);
        model.addAttribute("columns", portal.columns());
        return "submissions/adopt";
    }

    private void reject(BindingResult result, RuleViolation violation, Model model) {
        if ("attachments".equals(violation.field())) {
            Object earlier = model.getAttribute("attachmentsError");
            String message = text(violation.messageKey(), violation.args());
            model.addAttribute("attachmentsError", earlier == null ? message : earlier + " " + message);
        } else {
            FormErrors.reject(result, violation);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
