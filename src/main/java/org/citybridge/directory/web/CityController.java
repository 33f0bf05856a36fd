package org.citybridge.directory.web;


import jakarta.validation.Valid;
import org.citybridge.directory.CityDetails;
import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityFilter;
import org.citybridge.directory.LeaderPost;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.Membership;
import org.citybridge.directory.domain.Appointments;
import org.citybridge.directory.domain.CityProfiles;
import org.citybridge.directory.domain.RosterConfirmations;
import org.citybridge.directory.web.CityForms.AppointForm;
import org.citybridge.directory.web.CityForms.EndForm;
import org.citybridge.directory.web.CityForms.HandoverForm;
import org.citybridge.directory.web.CityForms.LeaderForm;
import org.citybridge.directory.web.CityForms.MembershipForm;
import org.citybridge.directory.web.CityForms.ProfileForm;
import org.citybridge.platform.Dates;
import org.citybridge.platform.FormErrors;
import org.citybridge.shared.Actors;
import org.citybridge.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/cities")
class CityController {

    private final CityDirectory directory;
    private final CityListPage listPage;
    private final CityProfiles profiles;
    private final Appointments appointments;
    private final RosterConfirmations confirmations;
    private final SmartValidator validator;
    private final MessageSource messages;
    private final Dates dates;

    CityController(CityDirectory directory, CityListPage listPage, CityProfiles profiles, Appointments appointments,
                   RosterConfirmations confirmations, SmartValidator validator, MessageSource messages, Dates dates) {
        this.directory = directory;
        this.listPage = listPage;
        this.profiles = profiles;
        this.appointments = appointments;
        this.confirmations = confirmations;
        this.validator = validator;
        this.messages = messages;
        this.dates = dates;
    }

    @GetMapping
    String list(@ModelAttribute("filter") CityFilter filter, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        String view = listPage.show(filter, page, model);
        return htmx != null ? view + " :: results" : view;
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, Model model) {
        return page(code, model);
    }

    @PostMapping("/{code}/profile")
    String describe(@PathVariable String code, @Valid @ModelAttribute("profileForm") ProfileForm form, BindingResult result,
                    Model model, RedirectAttributes redirect) {
        return act(code, result, model, redirect, () -> profiles.describe(code, form.address(), form.notes()));
    }

    @PostMapping("/{code}/membership")
    String membership(@PathVariable String code, @Valid @ModelAttribute("membershipForm") MembershipForm form,
                      BindingResult result, Model model, RedirectAttributes redirect) {
        return act(code, result, model, redirect,
                () -> profiles.changeMembership(code, form.membership(), form.memberSince(), form.tagSet()));
    }

    @PostMapping("/{code}/roster-confirmations")
    String confirmRoster(@PathVariable String code, RedirectAttributes redirect) {
        confirmations.confirm(code);
        redirect.addFlashAttribute("flashKey", "city.rosterConfirmed");
        return "redirect:/admin/cities/" + code;
    }

    @PostMapping("/{code}/leaders")
    String addLeader(@PathVariable String code, @Valid @ModelAttribute("leaderForm") LeaderForm form, BindingResult result,
                     Model model, RedirectAttributes redirect) {
        return act(code, result, model, redirect,
                () -> profiles.addLeader(code, form.name().strip(), form.post(), form.from(), form.to()));
    }

    @PostMapping("/{code}/leaders/{leaderId}/end")
    String endLeader(@PathVariable String code, @PathVariable long leaderId, @Valid @ModelAttribute("endForm") EndForm form,
                     BindingResult result, Model model, RedirectAttributes redirect) {
        model.addAttribute("endLeaderFor", leaderId);
        return act(code, result, model, redirect, () -> profiles.endLeaderTerm(code, leaderId, form.on()));
    }

    @PostMapping("/{code}/liaisons")
    String appoint(@PathVariable String code, @Valid @ModelAttribute("appointForm") AppointForm form, BindingResult result,
                   Model model, RedirectAttributes redirect) {
        validateNewPerson(form.personId(), form.person(), result);
        return act(code, result, model, redirect, "city.appointed",
                () -> appointments.appoint(code, form.appointee(), form.role(), form.from()));
    }

    @PostMapping("/{code}/liaisons/{appointmentId}/handover")
    String handOver(@PathVariable String code, @PathVariable long appointmentId,
                    @Valid @ModelAttribute("handoverForm") HandoverForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        validateNewPerson(form.personId(), form.person(), result);
        model.addAttribute("handoverFor", appointmentId);
        return act(code, result, model, redirect, "city.handedOver",
                () -> appointments.handOver(code, appointmentId, form.appointee(), form.on()));
    }

    @PostMapping("/{code}/liaisons/{appointmentId}/end")
    String endAppointment(@PathVariable String code, @PathVariable long appointmentId,
                          @Valid @ModelAttribute("endForm") EndForm form, BindingResult result, Model model,
                          RedirectAttributes redirect) {
        model.addAttribute("endFor", appointmentId);
        return act(code, result, model, redirect, () -> appointments.end(code, appointmentId, form.on()));
    }

    private void validateNewPerson(Long personId, Object person, BindingResult result) {
        if (personId != null) {
            return;
        }
        result.pushNestedPath("person");
        validator.validate(person, result);
        result.popNestedPath();
    }

    private String act(String code, BindingResult result, Model model, RedirectAttributes redirect, Runnable change) {
        return act(code, result, model, redirect, "common.saved", change);
    }

    private String act(String code, BindingResult result, Model model, RedirectAttributes redirect, String doneKey,
                       Runnable change) {
        if (!result.hasErrors()) {
            try {
                change.run();
                redirect.addFlashAttribute("flashKey", doneKey);
                return "redirect:/admin/cities/" + code;
            } catch (RuleViolation violation) {
                FormErrors.reject(result, violation);
            }
        }
        return page(code, model);
    }

    private String page(String code, Model model) {
        CityDetails city = directory.city(code);
        model.addAttribute("city", city);
        model.addAttribute("rosterConfirmation", confirmations.latest(code).orElse(null));
        model.addAttribute("mayEdit", Actors.currentOrSystem().isSecretariat() || code.equals(Actors.currentOrSystem().cityCode()));
        model.addAttribute("secretariat", Actors.currentOrSystem().isSecretariat());
        defaults(model, "profileForm", new ProfileForm(city.address(), city.notes()));
        defaults(model, "membershipForm", new MembershipForm(city.summary().membership(), city.summary().memberSince(),
                String.join(", ", city.summary().tags())));
        defaults(model, "leaderForm", new LeaderForm(null, LeaderPost.MAYOR, null, null));
        defaults(model, "appointForm", new AppointForm(null, null, LiaisonRole.PRIMARY, dates.today()));
        defaults(model, "handoverForm", new HandoverForm(null, null, dates.today()));
        defaults(model, "endForm", new EndForm(dates.today()));
        model.addAttribute("memberships", Membership.values());
        model.addAttribute("leaderPosts", LeaderPost.values());
        model.addAttribute("liaisonRoles", LiaisonRole.values());
        return "directory/city";
    }

    private static void defaults(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

}
