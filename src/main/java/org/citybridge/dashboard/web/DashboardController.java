package org.citybridge.dashboard.web;

import org.citybridge.directory.CityDirectory;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

    private final CityDirectory directory;

    DashboardController(CityDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        Actor actor = Actors.currentOrSystem();
        if (actor.role() != Role.EDITOR) {
            model.addAttribute("coverage", directory.coverage());
        }
        return "admin/dashboard";
    }
}
