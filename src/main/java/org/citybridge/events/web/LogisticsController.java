package org.citybridge.events.web;

import org.citybridge.events.domain.EventQueries;
import org.citybridge.events.domain.LodgingPlanning;
import org.citybridge.events.domain.LogisticsQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The secretariat's logistics area of an event (后勤): an overview, pickups, site-visit groups and the diets per meal;
 * lodging has its own controller. Access is checked by the services ({@link LogisticsQueries}, {@link LodgingPlanning}).
 */
@Controller
@RequestMapping("/admin/events/{id}/logistics")
class LogisticsController {

    private final LogisticsQueries logistics;
    private final LodgingPlanning lodging;
    private final EventQueries queries;

    LogisticsController(LogisticsQueries logistics, LodgingPlanning lodging, EventQueries queries) {
        this.logistics = logistics;
        this.lodging = lodging;
        this.queries = queries;
    }

    @GetMapping
    String overview(@PathVariable long id, Model model) {
        model.addAttribute("plan", lodging.plan(id));
        model.addAttribute("pickups", logistics.pickups(id));
        model.addAttribute("groups", logistics.groups(id));
        model.addAttribute("meals", logistics.meals(id));
        model.addAttribute("event", queries.event(id));
        return "events/logistics";
    }

    @GetMapping("/pickups")
    String pickups(@PathVariable long id, Model model) {
        model.addAttribute("pickups", logistics.pickups(id));
        model.addAttribute("event", queries.event(id));
        return "events/pickups";
    }

    @GetMapping("/groups")
    String groups(@PathVariable long id, Model model) {
        model.addAttribute("groups", logistics.groups(id));
        model.addAttribute("event", queries.event(id));
        return "events/visit-groups";
    }

    @GetMapping("/meals")
    String meals(@PathVariable long id, Model model) {
        model.addAttribute("meals", logistics.meals(id));
        model.addAttribute("event", queries.event(id));
        return "events/meals";
    }
}
