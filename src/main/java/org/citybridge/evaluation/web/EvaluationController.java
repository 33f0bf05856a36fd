package org.citybridge.evaluation.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import org.citybridge.directory.CityDirectory;
import org.citybridge.evaluation.ScoresBy;
import org.citybridge.evaluation.EvaluationStatus;
import org.citybridge.evaluation.EvaluationYearView;
import org.citybridge.evaluation.Indicator;
import org.citybridge.evaluation.domain.Adjustments;
import org.citybridge.evaluation.domain.EvaluationScores;
import org.citybridge.evaluation.domain.EvaluationYears;
import org.citybridge.evaluation.domain.MeasuresVersions;
import org.citybridge.evaluation.domain.Opinions;
import org.citybridge.evaluation.web.EvaluationForms.AdjustmentForm;
import org.citybridge.evaluation.web.EvaluationForms.OpinionForm;
import org.citybridge.evaluation.web.EvaluationForms.WeightsForm;
import org.citybridge.evaluation.web.EvaluationForms.YearForm;
import org.citybridge.files.Upload;
import org.citybridge.platform.FormErrors;
import org.citybridge.shared.Actor;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The years under evaluation, a year's indicators, manual points and ranking, and a city's scorecard. */
@Controller
@RequestMapping("/admin/evaluations")
class EvaluationController {

    private final EvaluationYears years;
    private final EvaluationScores scores;
    private final Adjustments adjustments;
    private final Opinions opinions;
    private final MeasuresVersions measures;
    private final CityDirectory directory;

    EvaluationController(EvaluationYears years, EvaluationScores scores, Adjustments adjustments, Opinions opinions,
                         MeasuresVersions measures, CityDirectory directory) {
        this.years = years;
        this.scores = scores;
        this.adjustments = adjustments;
        this.opinions = opinions;
        this.measures = measures;
        this.directory = directory;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("yearForm")) {
            model.addAttribute("yearForm", new YearForm(null, null));
        }
        model.addAttribute("years", years.years());
        model.addAttribute("versions", measures.versions());
        return "evaluation/years";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("yearForm") YearForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                years.create(form.year(), form.measuresId());
                redirect.addFlashAttribute("flashKey", "evaluation.created");
                return "redirect:/admin/evaluations/" + form.year();
            } catch (RuleViolation violation) {
                FormErrors.reject(result, violation);
            }
        }
        return list(model);
    }

    @GetMapping("/{year}")
    String year(@PathVariable int year, @RequestParam(defaultValue = "city") ScoresBy by,
                @RequestParam(required = false) String province, Model model) {
        EvaluationYearView view = years.year(year);
        Actor actor = Actors.currentOrSystem();
        boolean byLiaison = by == ScoresBy.liaison;
        model.addAttribute("year", view);
        model.addAttribute("byLiaison", byLiaison);
        model.addAttribute("province", province);
        model.addAttribute("provinces", directory.provincesFor(actor));
        model.addAttribute("statuses", EvaluationStatus.values());
        if (byLiaison) {
            model.addAttribute("liaisons", scores.liaisons(year, province));
        } else {
            model.addAttribute("cities", scores.cities(year, province));
        }
        model.addAttribute("adjustments", scores.adjustments(year));
        if (!model.containsAttribute("adjustmentForm")) {
            model.addAttribute("adjustmentForm", new AdjustmentForm(null, null, null, null));
        }
        return "evaluation/year";
    }

    @PostMapping("/{year}/weights")
    String reweigh(@PathVariable int year, @ModelAttribute WeightsForm form, RedirectAttributes redirect) {
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator current : years.year(year).indicators()) {
            String kind = current.kind().name();
            indicators.add(new Indicator(current.kind(), form.weights() == null ? null : form.weights().get(kind),
                    form.days() == null ? null : form.days().get(kind), form.caps() == null ? null : form.caps().get(kind)));
        }
        try {
            years.reweigh(year, indicators);
            redirect.addFlashAttribute("flashKey", "common.saved");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problemKey", violation.messageKey());
            redirect.addFlashAttribute("problemArgs", violation.args());
        }
        return "redirect:/admin/evaluations/" + year;
    }

    @PostMapping("/{year}/status")
    String changeStatus(@PathVariable int year, @RequestParam EvaluationStatus status, RedirectAttributes redirect) {
        try {
            years.changeStatus(year, status);
            redirect.addFlashAttribute("flashKey", "common.saved");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problemKey", violation.messageKey());
            redirect.addFlashAttribute("problemArgs", violation.args());
        }
        return "redirect:/admin/evaluations/" + year;
    }

    @PostMapping("/{year}/adjustments")
    String adjust(@PathVariable int year, @Valid @ModelAttribute("adjustmentForm") AdjustmentForm form, BindingResult result,
                  @RequestParam(value = "evidence", required = false) MultipartFile evidence, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Upload file = evidence == null || evidence.isEmpty() ? null : Upload.of(evidence);
                adjustments.add(year, new Adjustments.NewAdjustment(form.cityCode().strip(), form.personId(), form.points(),
                        form.reason(), file));
                redirect.addFlashAttribute("flashKey", "common.saved");
                return "redirect:/admin/evaluations/" + year + "#adjustments";
            } catch (RuleViolation violation) {
                FormErrors.reject(result, violation);
            }
        }
        return year(year, ScoresBy.city, null, model);
    }

    @GetMapping("/{year}/cities/{code}")
    String city(@PathVariable int year, @PathVariable String code, Model model) {
        model.addAttribute("card", scores.city(year, code));
        if (!model.containsAttribute("opinionForm")) {
            model.addAttribute("opinionForm", new OpinionForm(null));
        }
        return "evaluation/city";
    }

    @PostMapping("/{year}/cities/{code}/opinion")
    String opine(@PathVariable int year, @PathVariable String code, @Valid @ModelAttribute("opinionForm") OpinionForm form,
                 BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                opinions.write(year, code, form.opinion());
                redirect.addFlashAttribute("flashKey", "common.saved");
                return "redirect:/admin/evaluations/" + year + "/cities/" + code;
            } catch (RuleViolation violation) {
                FormErrors.reject(result, violation);
            }
        }
        return city(year, code, model);
    }
}
