package org.citybridge.dashboard.web;

import org.citybridge.circulars.CircularFigures;
import org.citybridge.directory.CityDirectory;
import org.citybridge.submissions.SubmissionNotices;
import org.citybridge.tasks.TaskFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's landing page: each module's figures for the signed-in user, as far as that module shows them. */
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
        directory.coverageForCurrentActor().ifPresent(coverage -> model.addAttribute("coverage", coverage));
        circulars.forCurrentActor().ifPresent(figures -> model.addAttribute("circulars", figures));
        tasks.forCurrentActor().ifPresent(figures -> model.addAttribute("tasks", figures));
        submissions.forCurrentActor().ifPresent(notices -> model.addAttribute("reportNotices", notices));
        return "admin/dashboard";
    }
}
