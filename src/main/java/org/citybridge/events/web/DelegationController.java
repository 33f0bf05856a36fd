package org.citybridge.events.web;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citybridge.directory.Gender;
import org.citybridge.events.domain.DelegateRole;
import org.citybridge.events.domain.DelegateView;
import org.citybridge.events.domain.DelegationAnswer;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.DelegationView;
import org.citybridge.events.domain.Diet;
import org.citybridge.events.domain.EventAccess;
import org.citybridge.events.domain.EventQueries;
import org.citybridge.events.domain.Lodging;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.Role;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A city's delegation form: its liaison (or the secretariat on its behalf) adds and removes delegate rows without
 * losing anything typed, and saves the whole list; every refusal is shown next to its field and nothing is saved.
 * Others in scope (a province coordinator, a liaison after the deadline) see it read-only with the reason.
 */
@Controller
class DelegationController {

    private final EventAccess access;
    private final EventQueries queries;
    private final DelegationRegistering registering;
    private final MessageSource messages;

    DelegationController(EventAccess access, EventQueries queries, DelegationRegistering registering, MessageSource messages) {
        this.access = access;
        this.queries = queries;
        this.registering = registering;
        this.messages = messages;
    }

    /** 本市报名: a liaison's own city's delegation. */
    @GetMapping("/admin/events/{id}/delegation")
    String own(@PathVariable long id) {
        Actor actor = access.requireEvents();
        if (actor.role() != Role.LIAISON || actor.cityCode() == null) {
            throw new NotFoundException("event.error.unknownCity", "");
        }
        return "redirect:/admin/events/" + id + "/delegations/" + actor.cityCode();
    }

    @GetMapping("/admin/events/{id}/delegations/{code}")
    String show(@PathVariable long id, @PathVariable String code, Model model) {
        DelegationView delegation = queries.delegation(id, code);
        return page(id, delegation, DelegationForm.of(delegation), model);
    }

    @PostMapping("/admin/events/{id}/delegations/{code}")
    String save(@PathVariable long id, @PathVariable String code, @ModelAttribute("delegationForm") DelegationForm form,
                BindingResult result, @RequestParam(defaultValue = "save") String action, Model model,
                RedirectAttributes redirect) {
        DelegationView delegation = queries.delegation(id, code);
        if (form.edit(action)) {
            return page(id, delegation, form, model);
        }
        if (result.hasErrors()) {
            FormProblems.reject(result, registering.check(id, code, form.entry(DelegationAnswer.REGISTERED)));
            return refused(id, delegation, form, result, model);
        }
        form.dropBlankRows();
        try {
            registering.register(id, code, form.entry(DelegationAnswer.REGISTERED));
            redirect.addFlashAttribute("flashKey", "event.delegation.saved");
            return "redirect:/admin/events/" + id + "/delegations/" + code;
        } catch (RuleRefusal refusal) {
            FormProblems.reject(result, refusal.violations());
            return refused(id, delegation, form, result, model);
        }
    }

    /** 不参加: cancels every delegate; without script the first post answers a confirmation step. */
    @PostMapping("/admin/events/{id}/delegations/{code}/decline")
    String decline(@PathVariable long id, @PathVariable String code, @RequestParam(defaultValue = "false") boolean confirmed,
                   Model model, RedirectAttributes redirect) {
        DelegationView delegation = queries.delegation(id, code);
        DelegationForm form = DelegationForm.of(delegation);
        if (!confirmed) {
            model.addAttribute("confirmDecline", true);
            return page(id, delegation, form, model);
        }
        try {
            registering.register(id, code, form.entry(DelegationAnswer.DECLINED));
            redirect.addFlashAttribute("flashKey", "event.delegation.declined");
            return "redirect:/admin/events/" + id + "/delegations/" + code;
        } catch (RuleRefusal refusal) {
            model.addAttribute("declineProblem", refusal.violations().get(0));
            return page(id, delegation, form, model);
        }
    }

    private String refused(long id, DelegationView delegation, DelegationForm form, BindingResult result, Model model) {
        model.addAttribute("problems", DelegateProblem.of(result, messages, LocaleContextHolder.getLocale()));
        return page(id, delegation, form, model);
    }

    private String page(long id, DelegationView delegation, DelegationForm form, Model model) {
        Optional<RuleViolation> refused = registering.changesRefused(id, delegation.cityCode());
        model.addAttribute("event", queries.event(id));
        model.addAttribute("delegation", delegation);
        model.addAttribute("savedById", delegation.delegates().stream().collect(Collectors.toMap(DelegateView::id, Function.identity())));
        model.addAttribute("delegationForm", form);
        model.addAttribute("refused", refused.orElse(null));
        model.addAttribute("leftOut", form.leftOut(delegation));
        model.addAttribute("genders", Gender.values());
        model.addAttribute("diets", Diet.values());
        model.addAttribute("roles", DelegateRole.values());
        model.addAttribute("lodgings", Lodging.values());
        return "events/delegation";
    }
}
