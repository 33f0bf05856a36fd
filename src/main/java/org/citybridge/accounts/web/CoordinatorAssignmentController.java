package org.citybridge.accounts.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.citybridge.accounts.domain.CoordinatorAssignments;
import org.citybridge.accounts.domain.CoordinatorBatchView;
import org.citybridge.accounts.domain.CoordinatorChoice;
import org.citybridge.accounts.domain.CoordinatorPlan;
import org.citybridge.accounts.domain.ProvinceCoordinatorsView;
import org.citybridge.platform.FormErrors;
import org.citybridge.shared.RuleRefusal;
import org.citybridge.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Province coordinators assigned in one action, reached from the city list's bulk actions (the provinces of the
 * cities picked) or from the accounts page (all provinces): the form, its preview, the apply, the batches and undo.
 * Access is checked by {@link CoordinatorAssignments} (and the URL rule of /admin/users/**): administrators only.
 */
@Controller
@RequestMapping("/admin/users/coordinators")
class CoordinatorAssignmentController {

    private static final String BASE = "/admin/users/coordinators";
    private static final String FORM = "coordinatorForm";
    private static final int BATCHES_PAGE_SIZE = 30;

    private final CoordinatorAssignments assignments;
    private final MessageSource messages;

    CoordinatorAssignmentController(CoordinatorAssignments assignments, MessageSource messages) {
        this.assignments = assignments;
        this.messages = messages;
    }

    @GetMapping
    String form(@RequestParam(name = "province", required = false) List<String> provinceCodes, Model model) {
        List<String> asked = provinceCodes == null ? List.of() : provinceCodes.stream().filter(c -> !c.isBlank()).distinct().toList();
        List<ProvinceCoordinatorsView> provinces = assignments.provinces(asked);
        List<String> known = provinces.stream().map(ProvinceCoordinatorsView::provinceCode).toList();
        List<String> unknown = asked.stream().filter(code -> !known.contains(code)).toList();
        if (!unknown.isEmpty()) {
            model.addAttribute("unknownProvinces", String.join("、", unknown));
        }
        model.addAttribute("fromSelection", !asked.isEmpty());
        CoordinatorForm form = CoordinatorForm.unchanged(known);
        model.addAttribute(FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, new BeanPropertyBindingResult(form, FORM));
        return formPage(model);
    }

    /** From the city list's bulk form: the provinces of the cities picked there. */
    @PostMapping("/cities")
    String fromCities(@ModelAttribute CitySelectionForm selection, BindingResult ignoredUnreadable) {
        if (selection.isEmpty()) {
            return "redirect:" + BASE;
        }
        List<String> provinces = assignments.provincesOfCities(selection.codes(), selection.allMatchingFilter());
        return "redirect:" + UriComponentsBuilder.fromPath(BASE).queryParam("province", provinces.toArray()).build().toUriString();
    }

    @PostMapping("/preview")
    String preview(@ModelAttribute(FORM) CoordinatorForm posted, BindingResult posting, HttpServletRequest request,
                   Model model) {
        CoordinatorForm form = shownAgain(posted, posting, request, model);
        BindingResult result = errorsOf(model);
        if (!result.hasErrors()) {
            try {
                return previewPage(form, assignments.preview(form.choices()), result, model);
            } catch (RuleRefusal refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return formPage(model);
    }

    @PostMapping("/apply")
    String apply(@ModelAttribute(FORM) CoordinatorForm posted, BindingResult posting, HttpServletRequest request,
                 Model model, RedirectAttributes redirect) {
        CoordinatorForm form = shownAgain(posted, posting, request, model);
        BindingResult result = errorsOf(model);
        if (result.hasErrors()) {
            return formPage(model);
        }
        try {
            CoordinatorBatchView batch = assignments.apply(form.choices(), form.fingerprint());
            redirect.addFlashAttribute("flashKey", "coordinators.applied");
            return "redirect:" + BASE + "/batches/" + batch.id();
        } catch (RuleRefusal refusal) {
            FormErrors.reject(result, refusal);
        }
        try {
            return previewPage(form, assignments.preview(form.choices()), result, model);
        } catch (RuleRefusal refusal) {
            return formPage(model);
        }
    }

    @GetMapping("/batches")
    String batches(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", assignments.batches(Math.max(page, 0), BATCHES_PAGE_SIZE));
        return "accounts/coordinator-batches";
    }

    @GetMapping("/batches/{id}")
    String batch(@PathVariable long id, Model model) {
        model.addAttribute("details", assignments.batch(id));
        return "accounts/coordinator-batch";
    }

    @GetMapping("/batches/{id}/undo")
    String undoPreview(@PathVariable long id, Model model) {
        CoordinatorForm form = new CoordinatorForm(List.of(), null);
        try {
            return previewPage(form, assignments.previewUndo(id), new BeanPropertyBindingResult(form, FORM), model);
        } catch (RuleViolation refused) {
            return refusedUndo(id, refused, model);
        }
    }

    @PostMapping("/batches/{id}/undo")
    String undo(@PathVariable long id, @RequestParam(required = false) String fingerprint, Model model,
                RedirectAttributes redirect) {
        CoordinatorForm form = new CoordinatorForm(List.of(), fingerprint);
        BindingResult result = new BeanPropertyBindingResult(form, FORM);
        try {
            CoordinatorBatchView batch = assignments.undo(id, fingerprint);
            redirect.addFlashAttribute("flashKey", "coordinators.undone");
            return "redirect:" + BASE + "/batches/" + batch.id();
        } catch (RuleViolation refused) {
            FormErrors.reject(result, refused);
        }
        try {
            return previewPage(form, assignments.previewUndo(id), result, model);
        } catch (RuleViolation refused) {
            return refusedUndo(id, refused, model);
        }
    }

    private String refusedUndo(long id, RuleViolation refused, Model model) {
        model.addAttribute("details", assignments.batch(id));
        model.addAttribute("refusal", messages.getMessage(refused.messageKey(), refused.args(), LocaleContextHolder.getLocale()));
        return "accounts/coordinator-batch";
    }

    private String previewPage(CoordinatorForm form, CoordinatorPlan plan, BindingResult result, Model model) {
        model.addAttribute("plan", plan);
        CoordinatorForm shown = form.withFingerprint(plan.fingerprint());
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(shown, FORM);
        errors.addAllErrors(result);
        model.addAttribute(FORM, shown);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
        return "accounts/coordinators-preview";
    }

    /**
     * The posted form with its errors, to be shown again; when a value could not be read (an account id that is not a
     * number) the form is read from the request's parameters, that value left empty and its error kept on its field.
     */
    private static CoordinatorForm shownAgain(CoordinatorForm posted, BindingResult result, HttpServletRequest request,
                                              Model model) {
        CoordinatorForm form = posted != null ? posted : CoordinatorForm.fromParameters(request.getParameterMap());
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, FORM);
        errors.addAllErrors(result);
        model.addAttribute(FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
        return form;
    }

    private static BindingResult errorsOf(Model model) {
        return (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + FORM);
    }

    /** The form of the provinces posted (or asked for), each with its coordinators now and the accounts to choose. */
    private String formPage(Model model) {
        CoordinatorForm form = (CoordinatorForm) model.getAttribute(FORM);
        List<String> codes = form.choices().stream().map(CoordinatorChoice::provinceCode).toList();
        Map<String, ProvinceCoordinatorsView> provinces = assignments.provinces(List.of()).stream()
                .filter(province -> codes.contains(province.provinceCode()))
                .collect(Collectors.toMap(ProvinceCoordinatorsView::provinceCode, Function.identity()));
        model.addAttribute("provinces", provinces);
        model.addAttribute("candidates", assignments.candidates());
        return "accounts/coordinators";
    }
}
