package org.citybridge.circulars.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citybridge.circulars.domain.CircularQueries;
import org.citybridge.circulars.domain.Delegate;
import org.citybridge.circulars.domain.Deliveries;
import org.citybridge.circulars.domain.DeliveryDetails;
import org.citybridge.circulars.domain.FieldType;
import org.citybridge.circulars.domain.ReceiptField;
import org.citybridge.circulars.domain.ReceiptInput;
import org.citybridge.shared.RuleRefusal;
import org.citybridge.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A liaison's inbox: the city's circulars, opening one, and answering its receipt. */
@Controller
@RequestMapping("/admin/inbox")
class InboxController {

    private final CircularQueries queries;
    private final Deliveries deliveries;
    private final MessageSource messages;

    InboxController(CircularQueries queries, Deliveries deliveries, MessageSource messages) {
        this.queries = queries;
        this.deliveries = deliveries;
        this.messages = messages;
    }

    @GetMapping
    String inbox(Model model) {
        model.addAttribute("items", queries.inbox());
        return "circulars/inbox";
    }

    /** Shows the city's copy; looking changes nothing, so a link from another site cannot fake a read. */
    @GetMapping("/{deliveryId}")
    String open(@PathVariable long deliveryId, Model model) {
        DeliveryDetails delivery = queries.delivery(deliveryId);
        model.addAttribute("unseenChanges", delivery.unseenChanges());
        return page(delivery, null, Map.of(), model);
    }

    /**
     * Records that a liaison of the city read the copy (and saw its latest correction): posted with the CSRF token by
     * the page itself once loaded, answered 204.
     */
    @PostMapping(path = "/{deliveryId}/read", headers = "X-Requested-With=fetch")
    ResponseEntity<Void> markReadFromPage(@PathVariable long deliveryId) {
        deliveries.open(deliveryId);
        return ResponseEntity.noContent().build();
    }

    /** The same by the page's "标记为已读" button, without JavaScript: back to the page. */
    @PostMapping("/{deliveryId}/read")
    String markRead(@PathVariable long deliveryId) {
        deliveries.open(deliveryId);
        return "redirect:/admin/inbox/" + deliveryId;
    }

    @PostMapping("/{deliveryId}/receipt")
    String reply(@PathVariable long deliveryId, @RequestParam MultiValueMap<String, String> params, Model model,
                 RedirectAttributes redirect) {
        DeliveryDetails delivery = queries.delivery(deliveryId);
        ReceiptInput input = input(delivery, params);
        try {
            deliveries.submitReceipt(deliveryId, input, seen(params.getFirst("seen")));
            redirect.addFlashAttribute("flashKey", "receipt.saved");
            return "redirect:/admin/inbox/" + deliveryId;
        } catch (RuleRefusal refusal) {
            return page(delivery, input, errors(refusal.violations()), model);
        }
    }

    private String page(DeliveryDetails delivery, ReceiptInput input, Map<String, List<String>> errors, Model model) {
        model.addAttribute("delivery", delivery);
        model.addAttribute("input", input == null ? ReceiptInputs.of(delivery) : input);
        model.addAttribute("errors", errors);
        return "circulars/delivery";
    }

    /** The answers as the form posts them: {@code a.<key>} per field, {@code a.<key>.name/.post/.phone} per delegate row. */
    static ReceiptInput input(DeliveryDetails delivery, MultiValueMap<String, String> params) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, List<Delegate>> delegates = new LinkedHashMap<>();
        if (delivery.circular().receiptForm() == null) {
            return new ReceiptInput(values, delegates);
        }
        for (ReceiptField field : delivery.circular().receiptForm().fields()) {
            String name = "a." + field.key();
            if (field.type() == FieldType.DELEGATES) {
                List<String> names = params.getOrDefault(name + ".name", List.of());
                List<String> posts = params.getOrDefault(name + ".post", List.of());
                List<String> phones = params.getOrDefault(name + ".phone", List.of());
                List<Delegate> rows = new ArrayList<>();
                for (int i = 0; i < Math.max(names.size(), Math.max(posts.size(), phones.size())); i++) {
                    rows.add(new Delegate(at(names, i), at(posts, i), at(phones, i)));
                }
                delegates.put(field.key(), rows);
            } else {
                values.put(field.key(), params.getOrDefault(name, List.of()));
            }
        }
        return new ReceiptInput(values, delegates);
    }

    /** The save time the form was opened with: empty when there was no receipt yet, null when not sent. */
    private static Optional<Instant> seen(String millis) {
        if (millis == null) {
            return null;
        }
        if (millis.isBlank() || !millis.matches("\\d{1,15}")) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochMilli(Long.parseLong(millis)));
    }

    private Map<String, List<String>> errors(List<RuleViolation> violations) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (RuleViolation violation : violations) {
            errors.computeIfAbsent(violation.field() == null ? "" : violation.field(), k -> new ArrayList<>())
                    .add(messages.getMessage(violation.messageKey(), violation.args(), LocaleContextHolder.getLocale()));
        }
        return errors;
    }

    private static String at(List<String> values, int index) {
        return index < values.size() ? values.get(index) : null;
    }
}
