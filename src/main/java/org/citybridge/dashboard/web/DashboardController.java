package org.citybridge.dashboard.web;

import java.util.List;

import org.citybridge.circulars.CircularFigures;
import org.citybridge.circulars.CircularToDo;
import org.citybridge.circulars.OwnCityCirculars;
import org.citybridge.directory.CityDirectory;
import org.citybridge.events.OwnCityEvents;
import org.citybridge.portal.EditorialDesk;
import org.citybridge.shared.Actors;
import org.citybridge.shared.Role;
import org.citybridge.submissions.SubmissionNotices;
import org.citybridge.tasks.OwnCityTasks;
import org.citybridge.tasks.TaskFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The back office's landing page: for a liaison, the city's own work (circulars to read or reply to, open tasks,
 * reports sent back, events ahead); for everyone else the network's figures, as far as each module shows them, and for
 * those who work on the public site their drafts, returned articles, what waits for their review and their articles in
 * review.
 */
@Controller
class DashboardController {

    private final CityDirectory directory;
    private final CircularFigures circulars;
    private final TaskFigures tasks;
    private final SubmissionNotices submissions;
    private final OwnCityCirculars cityCirculars;
    private final OwnCityTasks cityTasks;
    private final OwnCityEvents cityEvents;
    private final EditorialDesk desk;

    DashboardController(CityDirectory directory, CircularFigures circulars, TaskFigures tasks, SubmissionNotices submissions,
                        OwnCityCirculars cityCirculars, OwnCityTasks cityTasks, OwnCityEvents cityEvents, EditorialDesk desk) {
        this.desk = desk;
        this.directory = directory;
        this.circulars = circulars;
        this.tasks = tasks;
        this.submissions = submissions;
        this.cityCirculars = cityCirculars;
        this.cityTasks = cityTasks;
        this.cityEvents = cityEvents;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        if (Actors.currentOrSystem().role() == Role.LIAISON) {
            return liaisonHome(model);
        }
        directory.coverageForCurrentActor().ifPresent(coverage -> model.addAttribute("coverage", coverage));
        circulars.forCurrentActor().ifPresent(figures -> model.addAttribute("circulars", figures));
        tasks.forCurrentActor().ifPresent(figures -> model.addAttribute("tasks", figures));
        desk.forCurrentActor().ifPresent(work -> model.addAttribute("desk", work));
        return "admin/dashboard";
    }

    private String liaisonHome(Model model) {
        List<CircularToDo> toDo = cityCirculars.toDo();
        model.addAttribute("unreadCirculars", toDo.stream().filter(CircularToDo::unread).toList());
        model.addAttribute("repliesDue", toDo.stream().filter(CircularToDo::replyDue).toList());
        model.addAttribute("openTasks", cityTasks.open());
        model.addAttribute("reportNotices", submissions.forCurrentActor().orElse(List.of()));
        model.addAttribute("upcomingEvents", cityEvents.upcomingForOwnCity());
        return "admin/liaison-home";
    }
}
