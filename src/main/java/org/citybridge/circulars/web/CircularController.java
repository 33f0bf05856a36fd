package org.citybridge.circulars.web;

import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;

import org.citybridge.circulars.domain.CircularCorrections;
import org.citybridge.circulars.domain.CircularDetails;
import org.citybridge.circulars.domain.CircularDrafts;
import org.citybridge.circulars.domain.CircularIssuing;
import org.citybridge.circulars.domain.CircularListFilter;
import org.citybridge.circulars.domain.CircularQueries;
import org.citybridge.circulars.domain.CircularStatus;
import org.citybridge.circulars.domain.FieldType;
import org.citybridge.circulars.domain.Urgency;
import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityLevel;
import org.citybridge.directory.CityReach;
import org.citybridge.directory.TargetMode;
import org.citybridge.directory.TargetResolver;
import org.citybridge.directory.Targets;
import org.citybridge.files.FilePolicy;
import org.citybridge.files.HeldFiles;
import org.citybridge.files.HeldUploads;
import org.citybridge.platform.CityBridgeProperties;
import org.citybridge.platform.FormErrors;
import org.citybridge.shared.Actors;
import org.citybridge.shared.RuleRefusal;
import org.citybridge.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** Staff write, issue, correct and withdraw circulars; province coordinators read them. */
@Controller
@RequestMapping("/admin/circulars")
class CircularController {

    private static final int PAGE_SIZE = 30;

    private final CircularQueries queries;
    private final CircularDrafts drafts;
    private final CircularIssuing issuing;
    private final CircularCorrections corrections;
    private final TargetResolver targets;
    private final CityDirectory directory;
    private final CityBridgeProperties properties;
    private final MessageSource messages;
    private final HeldUploads uploads;

    CircularController(CircularQueries queries, CircularDrafts drafts, CircularIssuing issuing,
                       CircularCorrections corrections, TargetResolver targets, CityDirectory directory,
                       CityBridgeProperties properties, MessageSource messages, HeldUploads uploads) {
        this.queries = queries;
        this.drafts = drafts;
        this.issuing = issuing;
        this.corrections = corrections;
        this.targets = targets;
        this.directory = directory;
        this.properties = properties;
        this.messages = messages;
        this.uploads = uploads;
    }

    @GetMapping
    String list(@ModelAttribute("filter") CircularListFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", queries.list(filter, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("statuses", CircularStatus.values());
        model.addAttribute("provinces", directory.provincesFor(Actors.currentOrSystem()));
        return "circulars/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        drafts.requireMayDraft();
        return form(CircularForm.blank(), null, HeldFiles.NONE, model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("circularForm") CircularForm form, BindingResult result,
                  @RequestParam(name = "action", defaultValue = "save") String action,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  @RequestParam(name = "heldFiles", required = false) List<UUID> heldFiles, Model model,
                  RedirectAttributes redirect) {
        drafts.requireMayDraft();
        HeldFiles held = uploads.hold(files, heldFiles, form.removedFiles(), FilePolicy.DOCUMENTS, "attachments");
        CircularForm edited = builderStep(form, action);
        if (edited != null || result.hasErrors() || held.refused()) {
            held.problems().forEach(problem -> reject(result, problem));
            return form(edited == null ? form : edited, null, held, model);
        }
        return save(form, result, null, held, model, redirect,
                () -> drafts.create(form.draft(targets.codesOf(pickedOrNull(form)), properties.timeZone()), held.uploads()));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        CircularDetails circular = queries.details(id);
        model.addAttribute("circular", circular);
        if (circular.draft()) {
            addReach(circular.targets(), model);
        }
        return "circulars/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        CircularDetails circular = queries.toChange(id);
        if (!circular.draft()) {
            return "redirect:/admin/circulars/" + id + "/correct";
        }
        return form(CircularForm.of(circular, properties.timeZone()), circular, HeldFiles.NONE, model);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("circularForm") CircularForm form, BindingResult result,
                @RequestParam(name = "action", defaultValue = "save") String action,
                @RequestParam(name = "files", required = false) List<MultipartFile> files,
                @RequestParam(name = "heldFiles", required = false) List<UUID> heldFiles, Model model,
                RedirectAttributes redirect) {
        CircularDetails circular = queries.toChange(id);
        HeldFiles held = uploads.hold(files, heldFiles, form.removedFiles(), FilePolicy.DOCUMENTS, "attachments");
        CircularForm edited = builderStep(form, action);
        if (edited != null || result.hasErrors() || held.refused()) {
            held.problems().forEach(problem -> reject(result, problem));
            return form(edited == null ? form : edited, circular, held, model);
        }
        return save(form, result, circular, held, model, redirect, () -> {
            drafts.update(id, form.draft(targets.codesOf(pickedOrNull(form)), properties.timeZone()), held.uploads(),
                    form.removedFiles());
            return id;
        });
    }

    /** Issues the draft once confirmed; unconfirmed (no JavaScript, so no dialog) it answers the confirm step. */
    @PostMapping("/{id}/issue")
    String issue(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
                 RedirectAttributes redirect) {
        try {
            if (!confirmed) {
                CircularIssuing.IssuePreview preview = issuing.preview(id);
                if (!preview.circular().draft()) {
                    return "redirect:/admin/circulars/" + id;
                }
                return confirmStep(preview.circular(), "circular.issue.confirmHeading",
                        message("circular.issue.confirmText", preview.cities()), "/issue", "circular.issue.confirmButton",
                        "btn-success", model);
            }
            CircularIssuing.IssueResult issued = issuing.issue(id);
            redirect.addFlashAttribute("issued", issued);
            redirect.addFlashAttribute("flashKey", "circular.issuedNotice");
            return "redirect:/admin/circulars/" + id + "/tracking";
        } catch (RuleRefusal refusal) {
            redirect.addFlashAttribute("problems", refusal.violations());
        }
        return "redirect:/admin/circulars/" + id;
    }

    /** Deletes the draft once confirmed; unconfirmed it answers the confirm step. */
    @PostMapping("/{id}/discard")
    String discard(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
                   RedirectAttributes redirect) {
        if (!confirmed) {
            CircularDetails circular = queries.toChange(id);
            if (!circular.draft()) {
                return "redirect:/admin/circulars/" + id;
            }
            return confirmStep(circular, "circular.discard.confirmHeading",
                    message("circular.discard.confirmText", circular.title()), "/discard", "circular.discard", "btn-danger", model);
        }
        try {
            drafts.discard(id);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problems", List.of(violation));
            return "redirect:/admin/circulars/" + id;
        }
        redirect.addFlashAttribute("flashKey", "circular.discarded");
        return "redirect:/admin/circulars";
    }

    private String confirmStep(CircularDetails circular, String headingKey, String text, String action, String buttonKey,
                               String buttonClass, Model model) {
        model.addAttribute("circular", circular);
        model.addAttribute("confirmHeading", message(headingKey));
        model.addAttribute("confirmText", text);
        model.addAttribute("confirmAction", "/admin/circulars/" + circular.id() + action);
        model.addAttribute("confirmButton", message(buttonKey));
        model.addAttribute("confirmClass", buttonClass);
        return "circulars/confirm";
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** The number of cities the chosen targets reach, shown live while staff choose them. */
    @GetMapping("/reach")
    String reach(@ModelAttribute("circularForm") CircularForm form, Model model) {
        addReach(form, model);
        return "fragments/city-targets :: reach";
    }

    @GetMapping("/{id}/correct")
    String correct(@PathVariable long id, Model model) {
        CircularDetails circular = queries.toChange(id);
        model.addAttribute("correctionForm", CorrectionForm.of(circular, properties.timeZone()));
        model.addAttribute("filePolicy", FilePolicy.DOCUMENTS);
        model.addAttribute("circular", circular);
        return "circulars/correct";
    }

    @PostMapping("/{id}/correct")
    String correct(@PathVariable long id, @ModelAttribute("correctionForm") CorrectionForm form, BindingResult result,
                   @RequestParam(name = "files", required = false) List<MultipartFile> files,
                   @RequestParam(name = "heldFiles", required = false) List<UUID> heldFiles, Model model,
                   RedirectAttributes redirect) {
        CircularDetails circular = queries.toChange(id);
        HeldFiles held = uploads.hold(files, heldFiles, form.removedFiles(), FilePolicy.DOCUMENTS, "attachments");
        held.problems().forEach(problem -> FormErrors.reject(result, problem));
        if (!result.hasErrors()) {
            try {
                corrections.correct(id, form.correction(properties.timeZone()), held.uploads());
                redirect.addFlashAttribute("flashKey", "circular.corrected");
                return "redirect:/admin/circulars/" + id;
            } catch (RuleRefusal refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        model.addAttribute("circular", circular);
        model.addAttribute("heldFiles", held.files());
        model.addAttribute("filePolicy", FilePolicy.DOCUMENTS);
        return "circulars/correct";
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            corrections.withdraw(id, reason);
            redirect.addFlashAttribute("flashKey", "circular.withdrawnNotice");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problems", List.of(violation));
        }
        return "redirect:/admin/circulars/" + id;
    }

    /** Saves the draft and shows it, or shows the form again with every refusal on its field. */
    private String save(CircularForm form, BindingResult result, CircularDetails circular, HeldFiles held, Model model,
                        RedirectAttributes redirect, LongSupplier saving) {
        try {
            long id = saving.getAsLong();
            redirect.addFlashAttribute("flashKey", "circular.saved");
            return "redirect:/admin/circulars/" + id;
        } catch (RuleRefusal refusal) {
            refusal.violations().forEach(v -> reject(result, v));
        }
        return form(form, circular, held, model);
    }

    /** Runs a builder button (add or remove a question); answers the edited form, or null to save. */
    private static CircularForm builderStep(CircularForm form, String action) {
        if ("addField".equals(action)) {
            return form.withNewField();
        }
        if (action.matches("removeField:\\d{1,2}")) {
            return form.withoutField(Integer.parseInt(action.substring("removeField:".length())));
        }
        return null;
    }

    private static String pickedOrNull(CircularForm form) {
        return form.targetMode() == TargetMode.PICKED ? form.pickedCities() : null;
    }

    private static void reject(BindingResult result, RuleViolation violation) {
        String field = switch (violation.field() == null ? "" : violation.field()) {
            case "targets" -> "targetMode";
            case "receiptForm" -> "receiptEnabled";
            default -> violation.field();
        };
        FormErrors.reject(result, new RuleViolation(field, violation.messageKey(), violation.args()));
    }

    private String form(CircularForm form, CircularDetails circular, HeldFiles held, Model model) {
        model.addAttribute("circularForm", form);
        model.addAttribute("circular", circular);
        model.addAttribute("heldFiles", held.files());
        model.addAttribute("filePolicy", FilePolicy.DOCUMENTS);
        model.addAttribute("provinces", directory.provinces());
        model.addAttribute("tags", directory.tags());
        model.addAttribute("levels", CityLevel.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("targetModes", TargetMode.values());
        model.addAttribute("fieldTypes", FieldType.values());
        addReach(form, model);
        return "circulars/form";
    }

    /** How the hand-picked names were understood, and the cities the form's targets reach (or why none). */
    private void addReach(CircularForm form, Model model) {
        CityReach.of(targets.typed(pickedOrNull(form)), codes -> issuing.reach(form.targets(codes))).addTo(model);
    }

    /** The number of cities a draft's targets reach and the list of them by province, or why they reach none. */
    private void addReach(Targets chosen, Model model) {
        CityReach.of(codes -> issuing.reach(chosen)).addTo(model);
    }
}
