package org.citybridge.dashboard.web;

import org.citybridge.circulars.CircularFigures;
import org.citybridge.directory.CityDirectory;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.Role;
import org.citybridge.submissions.SubmissionNotices;
import org.citybridge.tasks.TaskFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

    private final CityDirectory directory;
    private final CircularFigures circulars;
    private final TaskFigures tasks;
    private final SubmissionNotices submissions;

    DashboardController(CityDirectory directory, CircularFigures circulars, TaskFigures tasks, SubmissionNotices submissions) {
        this.directory = directory;
        this.circulars = circulars;
        this.tasks = tasks;
        this.submissions = submissions;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        Actor actor = Actors.currentOrSystem();
        if (actor.role() != Role.EDITOR) {
            model.addAttribute("coverage", directory.coverage());
        }
        circulars.forCurrentActor().ifPresent(figures -> model.addAttribute("circulars", figures));
        tasks.forCurrentActor().ifPresent(figures -> model.addAttribute("tasks", figures));
        if (actor.role() == Role.LIAISON) {
            model.addAttribute("reportNotices", submissions.forCurrentActor());
        }
        return "admin/dashboard";
    }
}
