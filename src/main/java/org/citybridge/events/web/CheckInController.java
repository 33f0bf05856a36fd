package org.citybridge.events.web;

import org.citybridge.events.domain.CheckInStaff;
import org.citybridge.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Check-in in the back office: the page of the events the caller checks delegates in at (where check-in staff land
 * after signing in), and the secretariat's choice of an event's check-in staff on the event page.
 */
@Controller
class CheckInController {

    private final CheckInStaff staff;

    CheckInController(CheckInStaff staff) {
        this.staff = staff;
    }

    @GetMapping("/events/check-in")
    String events(Model model) {
        model.addAttribute("events", staff.events());
        return "events/check-in";
    }

    @PostMapping("/admin/events/{id}/check-in-staff")
    String grant(@PathVariable long id, @RequestParam(required = false) String username, RedirectAttributes redirect) {
        try {
            staff.grant(id, username);
            redirect.addFlashAttribute("flashKey", "event.checkin.staff.granted");
        } catch (RuleViolation refused) {
            redirect.addFlashAttribute("checkInStaffProblem", refused.messageKey());
            redirect.addFlashAttribute("checkInStaffProblemArgs", refused.args());
        }
        return "redirect:/admin/events/" + id + "#check-in-staff";
    }

    @PostMapping("/admin/events/{id}/check-in-staff/remove")
    String revoke(@PathVariable long id, @RequestParam(required = false) String username, RedirectAttributes redirect) {
        staff.revoke(id, username);
        redirect.addFlashAttribute("flashKey", "event.checkin.staff.revoked");
        return "redirect:/admin/events/" + id + "#check-in-staff";
    }
}
