package org.citybridge.accounts.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.citybridge.accounts.domain.AccountAdministration;
import org.citybridge.accounts.domain.AccountView;
import org.citybridge.accounts.domain.MailContact;
import org.citybridge.accounts.domain.NewAccount;
import org.citybridge.accounts.domain.Scope;
import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityFilter;
import org.citybridge.directory.CityPerson;
import org.citybridge.directory.CityRef;
import org.citybridge.platform.FormErrors;
import org.citybridge.shared.Role;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final AccountAdministration administration;
    private final CityDirectory directory;
    private final MessageSource messages;

    UserAdminController(AccountAdministration administration, CityDirectory directory, MessageSource messages) {
        this.administration = administration;
        this.directory = directory;
        this.messages = messages;
    }

    record ScopeForm(String displayName, Role role, String cityCode, String provinceCode, Long personId) {
    }

    record PasswordForm(String password) {
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", administration.all());
        model.addAttribute("coverage", administration.postCoverage());
        return "accounts/users";
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        model.addAttribute("accountForm", new NewAccount(null, null, null, Role.LIAISON, null, null, null, null,
                MailContact.LANGUAGES.get(0)));
        return form(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("accountForm") NewAccount form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = administration.create(form);
                flash(redirect, "user.created");
                return "redirect:/admin/users/" + id;
            } catch (RuleViolation violation) {
                FormErrors.reject(result, violation);
            }
        }
        return form(model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        AccountView account = administration.get(id);
        model.addAttribute("scopeForm", scopeFormOf(account));
        model.addAttribute("passwordForm", new PasswordForm(null));
        model.addAttribute("contactForm", contactFormOf(account));
        return edit(id, model);
    }

    @PostMapping("/{id}/scope")
    String changeScope(@PathVariable long id, @ModelAttribute("scopeForm") ScopeForm form, BindingResult result,
                       Model model, RedirectAttributes redirect) {
        try {
            administration.changeScope(id, form.displayName(),
                    new Scope(form.role(), form.cityCode(), form.provinceCode(), form.personId()));
            flash(redirect, "user.updated");
            return "redirect:/admin/users/" + id;
        } catch (RuleViolation violation) {
            FormErrors.reject(result, violation);
        }
        model.addAttribute("passwordForm", new PasswordForm(null));
        model.addAttribute("contactForm", contactFormOf(administration.get(id)));
        return edit(id, model);
    }

    @PostMapping("/{id}/contact")
    String changeContact(@PathVariable long id, @ModelAttribute("contactForm") ContactForm form, BindingResult result,
                         Model model, RedirectAttributes redirect) {
        try {
            administration.changeContact(id, form.email(), form.language());
            flash(redirect, "user.contactSaved");
            return "redirect:/admin/users/" + id;
        } catch (RuleViolation violation) {
            FormErrors.reject(result, violation);
        }
        AccountView account = administration.get(id);
        model.addAttribute("scopeForm", scopeFormOf(account));
        model.addAttribute("passwordForm", new PasswordForm(null));
        return edit(id, model);
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
                         Model model, RedirectAttributes redirect) {
        try {
            administration.resetPassword(id, form.password());
            flash(redirect, "user.passwordReset");
            return "redirect:/admin/users/" + id;
        } catch (RuleViolation violation) {
            FormErrors.reject(result, violation);
        }
        AccountView account = administration.get(id);
        model.addAttribute("scopeForm", scopeFormOf(account));
        model.addAttribute("contactForm", contactFormOf(account));
        return edit(id, model);
    }

    @PostMapping("/{id}/tokens/revoke")
    String revokeTokens(@PathVariable long id, RedirectAttributes redirect) {
        administration.revokeTokens(id);
        flash(redirect, "user.tokensRevoked");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        try {
            administration.disable(id);
            flash(redirect, "user.disabled");
        } catch (RuleViolation violation) {
            flash(redirect, violation.messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        administration.enable(id);
        flash(redirect, "user.enabledDone");
        return "redirect:/admin/users/" + id;
    }

    /** The person choice for the city just picked on an account form (an htmx fragment). */
    @GetMapping("/city-people")
    String cityPeople(@RequestParam(required = false) String cityCode, @RequestParam(defaultValue = "account") String prefix,
                      Model model) {
        model.addAttribute("prefix", prefix.replaceAll("[^A-Za-z0-9-]", ""));
        model.addAttribute("cityPeople", peopleOf(cityCode));
        return "accounts/city-people :: field";
    }

    private String form(Model model) {
        scopeChoices(model, ((NewAccount) model.getAttribute("accountForm")).cityCode());
        return "accounts/user-new";
    }

    private void scopeChoices(Model model, String cityCode) {
        model.addAttribute("roles", assignableRoles());
        model.addAttribute("languages", MailContact.LANGUAGES);
        model.addAttribute("provinces", directory.provinces());
        model.addAttribute("cityGroups", directory.cityRefs(CityFilter.all()).stream()
                .collect(Collectors.groupingBy(CityRef::provinceName, LinkedHashMap::new, Collectors.toList())));
        model.addAttribute("cityPeople", peopleOf(cityCode));
    }

    private List<CityPerson> peopleOf(String cityCode) {
        return cityCode == null || !directory.cityExists(cityCode) ? List.of() : directory.peopleOfCity(cityCode);
    }

    private String edit(long id, Model model) {
        scopeChoices(model, ((ScopeForm) model.getAttribute("scopeForm")).cityCode());
        model.addAttribute("account", administration.get(id));
        var tokens = administration.tokensOf(id);
        model.addAttribute("tokens", tokens);
        model.addAttribute("hasLiveTokens", tokens.stream().anyMatch(token -> !token.revoked()));
        return "accounts/user";
    }

    private static ScopeForm scopeFormOf(AccountView account) {
        return new ScopeForm(account.displayName(), account.role(), account.cityCode(), account.provinceCode(),
                account.personId());
    }

    private static ContactForm contactFormOf(AccountView account) {
        return new ContactForm(account.email(), account.language());
    }

    private static Role[] assignableRoles() {
        return new Role[]{Role.ADMIN, Role.STAFF, Role.EDITOR, Role.LIAISON, Role.PROVINCE, Role.CHECKIN};
    }

    private void flash(RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute("flashKey", key);
    }
}
