package org.citybridge.evaluation.web;

import jakarta.validation.Valid;
import org.citybridge.evaluation.domain.MeasuresVersions;
import org.citybridge.evaluation.domain.MeasuresVersions.MeasuresDraft;
import org.citybridge.evaluation.web.EvaluationForms.MeasuresForm;
import org.citybridge.platform.Dates;
import org.citybridge.platform.FormErrors;
import org.citybridge.portal.ColumnView;
import org.citybridge.shared.Actors;
import org.citybridge.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The versions of the Liaison Work Measures (《联络工作办法》): read by everyone who follows evaluations, published by the secretariat. */
@Controller
@RequestMapping("/admin/evaluations/measures")
class MeasuresController {

    private final MeasuresVersions measures;
    private final Dates dates;

    MeasuresController(MeasuresVersions measures, Dates dates) {
        this.measures = measures;
        this.dates = dates;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("versions", measures.versions());
        if (Actors.currentOrSystem().isSecretariat()) {
            model.addAttribute("columns", measures.columns());
            if (!model.containsAttribute("measuresForm")) {
                model.addAttribute("measuresForm", new MeasuresForm(null, null, null, dates.today(),
                        measures.defaultColumn().map(ColumnView::id).orElse(null)));
            }
        }
        return "evaluation/measures";
    }

    @PostMapping
    String publish(@Valid @ModelAttribute("measuresForm") MeasuresForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = measures.publish(new MeasuresDraft(form.versionLabel(), form.title(), form.bodyHtml(),
                        form.effectiveOn(), form.columnId()));
                redirect.addFlashAttribute("flashKey", "evaluation.measures.published");
                return "redirect:/admin/evaluations/measures/" + id;
            } catch (RuleViolation violation) {
                FormErrors.reject(result, violation);
            }
        }
        return list(model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("measures", measures.version(id));
        return "evaluation/measures-version";
    }
}
