package org.citybridge.events.web;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityLevel;
import org.citybridge.directory.CityReach;
import org.citybridge.directory.TargetMode;
import org.citybridge.directory.TargetResolver;
import org.citybridge.directory.TypedCities;
import org.citybridge.events.domain.EventInvitations;
import org.citybridge.events.domain.EventQueries;
import org.citybridge.events.domain.Invitation;
import org.citybridge.events.domain.InvitationReach;
import org.citybridge.platform.FormErrors;
import org.citybridge.shared.RuleRefusal;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The event's invitations: the secretariat writes the text, chooses the cities with the city picker (the number reached
 * shown live, with how many were invited already and are left out), confirms how many cities it goes to (a dialog, or
 * without script a confirmation step) and issues it, the first invitation or a supplementary one; then, from the
 * board, reminds the invited cities with no answer. The integration tests are {@code EventInvitationTests}.
 */
@Controller
@RequestMapping("/admin/events/{id}/invitation")
class InvitationController {

    private final EventInvitations invitations;
    private final EventQueries queries;
    private final TargetResolver resolver;
    private final CityDirectory directory;

    InvitationController(EventInvitations invitations, EventQueries queries, TargetResolver resolver, CityDirectory directory) {
        this.invitations = invitations;
        this.queries = queries;
        this.resolver = resolver;
        this.directory = directory;
    }

    @GetMapping
    String form(@PathVariable long id, Model model) {
        InvitationForm form = InvitationForm.of(invitations.blank(id));
        return page(id, form, reach(id, form), model);
    }

    /** The number of cities the chosen targets reach, shown live while they are chosen. */
    @GetMapping("/reach")
    String reach(@PathVariable long id, @ModelAttribute("invitationForm") InvitationForm form, Model model) {
        reach(id, form).addTo(model);
        return "fragments/city-targets :: reach";
    }

    /** Issues the invitation once confirmed; unconfirmed (no script, so no dialog) it answers the confirmation step. */
    @PostMapping
    String invite(@PathVariable long id, @ModelAttribute("invitationForm") InvitationForm form, BindingResult result,
                  @RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
        Reach reach = reach(id, form);
        if (reach.cities().problem() != null) {
            rejectTargets(result, reach.cities().problem());
        }
        if (result.hasErrors()) {
            return page(id, form, reach, model);
        }
        if (!confirmed) {
            model.addAttribute("confirmCities", reach.cities().cities().size());
            return page(id, form, reach, model);
        }
        try {
            Invitation invitation = invitations.invite(id, form.draft(reach.typed().codes()));
            redirect.addFlashAttribute("invitedCities", invitation.cities().size());
            redirect.addFlashAttribute("alreadyInvited", invitation.alreadyInvited());
            return "redirect:/admin/events/" + id + "/board";
        } catch (RuleRefusal refusal) {
            for (RuleViolation violation : refusal.violations()) {
                if ("targets".equals(violation.field())) {
                    rejectTargets(result, violation);
                } else {
                    FormErrors.reject(result, "deadline".equals(violation.field())
                            ? new RuleViolation(null, violation.messageKey(), violation.args()) : violation);
                }
            }
            return page(id, form, reach, model);
        }
    }

    /** 提醒未答复城市: mails every invited city with no answer that was not reminded today. */
    @PostMapping("/remind")
    String remind(@PathVariable long id, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("reminded", invitations.remindUnanswered(id));
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("remindProblem", violation);
        }
        return "redirect:/admin/events/" + id + "/board";
    }

    private String page(long id, InvitationForm form, Reach reach, Model model) {
        model.addAttribute("event", queries.event(id));
        model.addAttribute("invitations", invitations.invitations(id));
        model.addAttribute("invitationForm", form);
        model.addAttribute("targetModes", TargetMode.values());
        model.addAttribute("provinces", directory.provinces());
        model.addAttribute("levels", CityLevel.values());
        model.addAttribute("tags", directory.tags());
        reach.addTo(model);
        return "events/invitation";
    }

    /** How far the form's targets reach beyond the cities invited already; circulars checks that the caller is the secretariat. */
    private Reach reach(long id, InvitationForm form) {
        TypedCities typed = resolver.typed(form.pickedOrNull());
        int[] alreadyInvited = {0};
        CityReach cities = CityReach.of(typed, codes -> {
            InvitationReach reach = invitations.reach(id, form.targets(codes));
            alreadyInvited[0] = reach.alreadyInvited();
            return reach.cities();
        });
        return new Reach(typed, cities, alreadyInvited[0]);
    }

    /** The cities the form would invite, and how many of those chosen are left out as invited already. */
    private record Reach(TypedCities typed, CityReach cities, int alreadyInvited) {

        void addTo(Model model) {
            model.addAttribute("reachKey", alreadyInvited == 0 ? "event.invitation.reach" : "event.invitation.reachBeyondInvited");
            model.addAttribute("reachLeftOut", alreadyInvited);
            cities.addTo(model);
        }
    }

    /** A refusal about the cities goes onto the picker: the typed names, or the way of choosing. */
    private static void rejectTargets(BindingResult result, RuleViolation problem) {
        String field = "pickedCities".equals(problem.field()) ? "pickedCities" : "targetMode";
        FormErrors.reject(result, new RuleViolation(field, problem.messageKey(), problem.args()));
    }
}
