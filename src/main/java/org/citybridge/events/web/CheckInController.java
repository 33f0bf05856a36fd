package org.citybridge.events.web;

import java.time.Clock;

import org.citybridge.events.domain.CheckInStaff;
import org.citybridge.events.domain.CheckIns;
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
 * after signing in), the check-in page of one event for a phone (camera, search by name, offline queue; its script
 * calls {@code CheckInApiController} under {@code /events/{id}/check-in/}), and the secretariat's choice of an event's
 * check-in staff on the event page.
 */
@Controller
class CheckInController {

    private final CheckInStaff staff;
    private final CheckIns checkIns;
    private final Clock clock;

    CheckInController(CheckInStaff staff, CheckIns checkIns, Clock clock) {
        this.staff = staff;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    @GetMapping("/events/check-in")
    String events(Model model) {
        model.addAttribute("events", staff.events());
        return "events/check-in";
    }

    @GetMapping("/events/{id}/check-in")
    String station(@PathVariable long id, Model model) {
        model.addAttribute("station", checkIns.station(id));
        // its script shows times as the pages do
        model.addAttribute("zone", clock.getZone().getId());
        return "events/check-in-station";
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
