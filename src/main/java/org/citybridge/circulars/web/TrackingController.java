package org.citybridge.circulars.web;

import java.time.LocalDateTime;
import java.util.List;

import org.citybridge.circulars.domain.CircularQueries;
import org.citybridge.circulars.domain.CircularReminders;
import org.citybridge.circulars.domain.Deliveries;
import org.citybridge.circulars.domain.DeliveryStatus;
import org.citybridge.circulars.domain.Tracking;
import org.citybridge.circulars.domain.TrackingFilter;
import org.citybridge.platform.CityBridgeProperties;
import org.citybridge.platform.Spreadsheets;
import org.citybridge.shared.PageOf;
import org.citybridge.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Who has read and replied: the tracking table, its export, reminders and reopening a city's receipt. */
@Controller
@RequestMapping("/admin/circulars")
class TrackingController {

    /** A circular to every member reaches over 700 cities: one page of them keeps the page light. */
    static final int ROWS_PER_PAGE = 50;

    private final CircularQueries queries;
    private final CircularReminders reminders;
    private final Deliveries deliveries;
    private final TrackingWorkbook workbook;
    private final CityBridgeProperties properties;
    private final MessageSource messages;

    TrackingController(CircularQueries queries, CircularReminders reminders, Deliveries deliveries,
                       TrackingWorkbook workbook, CityBridgeProperties properties, MessageSource messages) {
        this.queries = queries;
        this.reminders = reminders;
        this.deliveries = deliveries;
        this.workbook = workbook;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/{id}/tracking")
    String tracking(@PathVariable long id, @RequestParam(required = false) DeliveryStatus status,
                    @RequestParam(required = false) String province, @RequestParam(required = false) String q,
                    @RequestParam(defaultValue = "0") int page,
                    @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        TrackingFilter filter = new TrackingFilter(status, province, q);
        Tracking tracking = queries.tracking(id, filter);
        model.addAttribute("tracking", tracking);
        model.addAttribute("rows", PageOf.slice(tracking.rows(), page, ROWS_PER_PAGE));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", DeliveryStatus.values());
        return htmx != null ? "circulars/tracking :: rows" : "circulars/tracking";
    }

    @GetMapping("/{id}/tracking/export")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "city") String layout,
                                  @RequestParam(required = false) DeliveryStatus status,
                                  @RequestParam(required = false) String province, @RequestParam(required = false) String q) {
        Tracking tracking = queries.tracking(id, new TrackingFilter(status, province, q));
        boolean perDelegate = "delegate".equals(layout);
        byte[] content = perDelegate ? workbook.perDelegate(tracking) : workbook.perCity(tracking);
        String name = tracking.circular().title() + "-" + messages.getMessage(
                perDelegate ? "tracking.sheet.delegates" : "tracking.sheet.cities", null, LocaleContextHolder.getLocale()) + ".xlsx";
        return Spreadsheets.download(name.replaceAll("[\\\\/:*?\"<>|]", "_"), content);
    }

    @PostMapping("/{id}/remind")
    String remind(@PathVariable long id, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("reminded", reminders.remindUnreplied(id));
            redirect.addFlashAttribute("flashKey", "circular.remindedNotice");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problems", List.of(violation));
        }
        return "redirect:/admin/circulars/" + id + "/tracking";
    }

    @GetMapping("/{id}/deliveries/{deliveryId}/reopen")
    String reopenForm(@PathVariable long id, @PathVariable long deliveryId, Model model) {
        return reopenPage(deliveryId, null, null, model);
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/reopen")
    String reopen(@PathVariable long id, @PathVariable long deliveryId,
                  @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime until,
                  Model model, RedirectAttributes redirect) {
        try {
            deliveries.reopen(deliveryId, until == null ? null : until.atZone(properties.timeZone()).toInstant());
        } catch (RuleViolation violation) {
            return reopenPage(deliveryId, until, violation, model);
        }
        redirect.addFlashAttribute("flashKey", "circular.reopenedNotice");
        return "redirect:/admin/circulars/" + id + "/tracking";
    }

    /** The reopening form, with the refused time and why when a reopening was refused; no form before the deadline. */
    private String reopenPage(long deliveryId, LocalDateTime until, RuleViolation problem, Model model) {
        model.addAttribute("reopenable", deliveries.mayReopen(deliveryId));
        model.addAttribute("delivery", queries.delivery(deliveryId));
        model.addAttribute("until", until);
        model.addAttribute("problem", problem);
        return "circulars/reopen";
    }
}
