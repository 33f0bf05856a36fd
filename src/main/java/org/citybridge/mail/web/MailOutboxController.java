package org.citybridge.mail.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citybridge.mail.outbox.MailAdministration;
import org.citybridge.mail.outbox.MailAdministration.OutboxFilter;
import org.citybridge.mail.outbox.MailStatus;
import org.citybridge.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The back-office outbox: every message, its delivery state and full body; failed ones can be retried. */
@Controller
@RequestMapping("/admin/mail")
@PreAuthorize("hasRole('ADMIN')")
class MailOutboxController {

    private static final int PAGE_SIZE = 50;

    private final MailAdministration administration;
    private final MessageSource messages;

    MailOutboxController(MailAdministration administration, MessageSource messages) {
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) MailStatus status, @RequestParam(required = false) String recipient,
                @RequestParam(required = false) String topic, @RequestParam(defaultValue = "0") int page, Model model) {
        OutboxFilter filter = new OutboxFilter(status, recipient, topic);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", MailStatus.values());
        model.addAttribute("topics", topicNames(administration.topics()));
        model.addAttribute("counts", administration.countsByStatus());
        model.addAttribute("result", administration.search(filter, Math.max(page, 0), PAGE_SIZE));
        return "mail/outbox";
    }

    /** Each kind of mail by its name in the reader's language (mail.topic.*), or its code when it has none. */
    private Map<String, String> topicNames(List<String> topics) {
        Map<String, String> names = new LinkedHashMap<>();
        topics.forEach(topic -> names.put(topic,
                messages.getMessage("mail.topic." + topic, null, topic, LocaleContextHolder.getLocale())));
        return names;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        var mail = administration.get(id);
        model.addAttribute("mail", mail);
        model.addAttribute("topicName", topicNames(List.of(mail.entry().topic())).get(mail.entry().topic()));
        return "mail/message";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        try {
            administration.retry(id);
            redirect.addFlashAttribute("flashKey", "mail.retried");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("mailErrorKey", violation.messageKey());
        }
        return "redirect:/admin/mail/" + id;
    }
}
