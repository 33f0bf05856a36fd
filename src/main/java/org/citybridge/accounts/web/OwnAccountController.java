package org.citybridge.accounts.web;

import java.security.Principal;

import jakarta.servlet.http.HttpSession;

import org.citybridge.accounts.domain.AccountAdministration;
import org.citybridge.accounts.domain.ApiTokens;
import org.citybridge.accounts.domain.MailContact;
import org.citybridge.platform.FormErrors;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone's own account: mail address and language, password and personal API tokens. */
@Controller
@RequestMapping("/admin/account")
class OwnAccountController {

    private final AccountAdministration administration;
    private final ApiTokens tokens;
    private final MessageSource messages;

    OwnAccountController(AccountAdministration administration, ApiTokens tokens, MessageSource messages) {
        this.administration = administration;
        this.tokens = tokens;
        this.messages = messages;
    }

    record PasswordChangeForm(String currentPassword, String newPassword, String confirmPassword) {
    }

    record TokenForm(String name) {
    }

    @GetMapping
    String show(Principal principal, Model model) {
        if (!model.containsAttribute("passwordChangeForm")) {
            model.addAttribute("passwordChangeForm", new PasswordChangeForm(null, null, null));
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm(null));
        }
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", ContactForm.of(administration.contactOf(principal.getName())));
        }
        model.addAttribute("languages", MailContact.LANGUAGES);
        model.addAttribute("tokens", tokens.of(principal.getName()));
        return "accounts/account";
    }

    @PostMapping("/contact")
    String changeContact(Principal principal, @ModelAttribute("contactForm") ContactForm form, BindingResult result,
                         Model model, RedirectAttributes redirect) {
        try {
            administration.changeOwnContact(principal.getName(), form.email(), form.language());
        } catch (RuleViolation violation) {
            FormErrors.reject(result, violation);
            return show(principal, model);
        }
        redirect.addFlashAttribute("flashKey", "account.contactSaved");
        return "redirect:/admin/account";
    }

    @PostMapping("/password")
    String changePassword(Principal principal, HttpSession session, @ModelAttribute("passwordChangeForm") PasswordChangeForm form,
                          BindingResult result, Model model, RedirectAttributes redirect) {
        if (form.newPassword() == null || !form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "validation.passwordMismatch");
            return show(principal, model);
        }
        try {
            administration.changeOwnPassword(principal.getName(), form.currentPassword(), form.newPassword(), session.getId());
        } catch (RuleViolation violation) {
            FormErrors.reject(result, violation);
            return show(principal, model);
        }
        redirect.addFlashAttribute("flashKey", "account.passwordChanged");
        return "redirect:/admin/account";
    }

    @PostMapping("/tokens")
    String createToken(Principal principal, @ModelAttribute("tokenForm") TokenForm form, BindingResult result, Model model) {
        try {
            model.addAttribute("newToken", tokens.create(principal.getName(), form.name()));
            model.addAttribute("tokenForm", new TokenForm(null));
        } catch (RuleViolation violation) {
            FormErrors.reject(result, violation);
        }
        return show(principal, model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(Principal principal, @PathVariable long id) {
        tokens.revoke(principal.getName(), id);
        return "redirect:/admin/account";
    }
}
