package org.citybridge.evaluation.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import org.citybridge.evaluation.EvaluationYearView;
import org.citybridge.evaluation.EvidenceItem;
import org.citybridge.evaluation.EvidenceSource;
import org.citybridge.evaluation.IndicatorKind;
import org.citybridge.evaluation.ObjectionView;
import org.citybridge.evaluation.domain.EvaluationScores;
import org.citybridge.evaluation.domain.EvaluationYears;
import org.citybridge.evaluation.domain.Objections;
import org.citybridge.evaluation.web.EvaluationForms.AnswerForm;
import org.citybridge.evaluation.web.EvaluationForms.ObjectionForm;
import org.citybridge.evaluation.web.EvaluationForms.WindowForm;
import org.citybridge.files.Upload;
import org.citybridge.platform.FormErrors;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
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

/** A year's objections (申诉): the window, the list in the caller's scope, a liaison's new objection, one with its log and answer. */
@Controller
@RequestMapping("/admin/evaluations/{year}/objections")
class ObjectionController {

    private final Objections objections;
    private final EvaluationYears years;
    private final EvaluationScores scores;
    private final Clock clock;

    ObjectionController(Objections objections, EvaluationYears years, EvaluationScores scores, Clock clock) {
        this.objections = objections;
        this.years = years;
        this.scores = scores;
        this.clock = clock;
    }

    @GetMapping
    String list(@PathVariable int year, Model model) {
        EvaluationYearView view = years.year(year);
        Actor actor = Actors.currentOrSystem();
        model.addAttribute("year", view);
        model.addAttribute("windowState", view.objectionWindow().at(clock.instant()));
        model.addAttribute("objections", objections.of(year));
        if (actor.role() == Role.LIAISON && actor.cityCode() != null) {
            List<EvidenceItem> evidence = scores.city(year, actor.cityCode()).evidence();
            model.addAttribute("evidence", evidence);
            model.addAttribute("indicators", Arrays.asList(IndicatorKind.values()));
        }
        if (!model.containsAttribute("objectionForm")) {
            model.addAttribute("objectionForm", new ObjectionForm(null, null, null));
        }
        if (!model.containsAttribute("windowForm")) {
            model.addAttribute("windowForm", new WindowForm(local(view.objectionsOpenAt()), local(view.objectionsCloseAt())));
        }
        return "evaluation/objections";
    }

    @PostMapping
    String raise(@PathVariable int year, @Valid @ModelAttribute("objectionForm") ObjectionForm form, BindingResult result,
                 @RequestParam(value = "attachment", required = false) MultipartFile attachment, Model model,
                 RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                EvidenceRef evidence = EvidenceRef.parse(form.evidence());
                long id = objections.raise(year, new Objections.NewObjection(null, form.indicator(), evidence.source(),
                        evidence.item(), form.reason(), attachment == null || attachment.isEmpty() ? null : Upload.of(attachment)));
                redirect.addFlashAttribute("flashKey", "evaluation.objection.raised");
                return "redirect:/admin/evaluations/" + year + "/objections/" + id;
            } catch (RuleViolation violation) {
                FormErrors.reject(result, violation);
            }
        }
        return list(year, model);
    }

    @PostMapping("/window")
    String window(@PathVariable int year, @ModelAttribute("windowForm") WindowForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        try {
            years.setObjectionWindow(year, instant(form.openAt()), instant(form.closeAt()));
            redirect.addFlashAttribute("flashKey", "common.saved");
            return "redirect:/admin/evaluations/" + year + "/objections";
        } catch (RuleViolation violation) {
            FormErrors.reject(result, violation);
        }
        return list(year, model);
    }

    @GetMapping("/{id}")
    String one(@PathVariable int year, @PathVariable long id, Model model) {
        ObjectionView objection = objections.one(year, id);
        model.addAttribute("year", years.year(year));
        model.addAttribute("objection", objection);
        model.addAttribute("objectedEvidence", objection.evidenceSource() == null ? null
                : scores.city(year, objection.cityCode()).evidence(objection.evidenceSource(), objection.evidenceItem(),
                        objection.indicator()).orElse(null));
        if (!model.containsAttribute("answerForm")) {
            model.addAttribute("answerForm", new AnswerForm(null, null, null));
        }
        return "evaluation/objection";
    }

    @PostMapping("/{id}/answer")
    String answer(@PathVariable int year, @PathVariable long id, @Valid @ModelAttribute("answerForm") AnswerForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                objections.answer(year, id, new Objections.Answer(form.accepted(), form.points(), form.answer()));
                redirect.addFlashAttribute("flashKey", "common.saved");
                return "redirect:/admin/evaluations/" + year + "/objections/" + id;
            } catch (RuleViolation violation) {
                FormErrors.reject(result, violation);
            }
        }
        return one(year, id, model);
    }

    private LocalDateTime local(java.time.Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, clock.getZone());
    }

    private java.time.Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(clock.getZone()).toInstant();
    }

    /** A piece of evidence as the form's select names it: {@code CIRCULAR:12}; blank for none. */
    record EvidenceRef(EvidenceSource source, Long item) {

        static EvidenceRef parse(String value) {
            if (value == null || value.isBlank()) {
                return new EvidenceRef(null, null);
            }
            String[] parts = value.split(":");
            try {
                return new EvidenceRef(EvidenceSource.valueOf(parts[0]), Long.valueOf(parts[1]));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new RuleViolation("evidence", "evaluation.objection.error.evidence");
            }
        }
    }
}
