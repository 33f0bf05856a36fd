package org.citybridge.evaluation.web;

import java.time.Clock;
import java.util.function.Consumer;

import org.citybridge.evaluation.CommendationRound;
import org.citybridge.evaluation.domain.Certificates;
import org.citybridge.evaluation.domain.Commendations;
import org.citybridge.evaluation.domain.EvaluationYears;
import org.citybridge.portal.PortalApi;
import org.citybridge.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A year's commendation (表彰) page: settings, the proposed list with changes by hand, the public notice and the
 * objections to it, the decision and the certificates. Each form answers with the page again and what it did or why
 * it was refused.
 */
@Controller
@RequestMapping("/admin/evaluations/{year}/commendations")
class CommendationController {

    private final Commendations commendations;
    private final Certificates certificates;
    private final EvaluationYears years;
    private final PortalApi portal;
    private final Clock clock;

    CommendationController(Commendations commendations, Certificates certificates, EvaluationYears years, PortalApi portal,
                           Clock clock) {
        this.clock = clock;
        this.commendations = commendations;
        this.certificates = certificates;
        this.years = years;
        this.portal = portal;
    }

    @GetMapping
    String page(@PathVariable int year, Model model) {
        CommendationRound round = commendations.round(year);
        model.addAttribute("round", round);
        model.addAttribute("noticeRunning", round.noticeRunning(clock.instant()));
        model.addAttribute("year", years.year(year));
        model.addAttribute("commendations", commendations.list(year));
        model.addAttribute("noticeObjections", commendations.noticeObjections(year));
        model.addAttribute("certificates", certificates.of(year));
        model.addAttribute("columns", portal.columns());
        model.addAttribute("noticeLink", round.noticeArticleId() == null ? null
                : portal.articleLink(round.noticeArticleId()).orElse(null));
        return "evaluation/commendations";
    }

    @PostMapping("/settings")
    String configure(@PathVariable int year, @RequestParam(defaultValue = "0") int quota,
                     @RequestParam(defaultValue = "false") boolean perProvince, @RequestParam String honour,
                     @RequestParam String certificatePrefix, RedirectAttributes redirect) {
        return act(year, redirect, y -> commendations.configure(y, new Commendations.Settings(quota, perProvince, honour, certificatePrefix)));
    }

    @PostMapping("/propose")
    String propose(@PathVariable int year, RedirectAttributes redirect) {
        return act(year, redirect, commendations::propose);
    }

    @PostMapping("/add")
    String add(@PathVariable int year, @RequestParam(required = false) Long personId, @RequestParam String cityCode,
               @RequestParam String reason, RedirectAttributes redirect) {
        return act(year, redirect, y -> {
            if (personId == null) {
                throw new RuleViolation("personId", "evaluation.error.notLiaisonOfCity");
            }
            commendations.add(y, personId, cityCode.strip(), reason);
        });
    }

    @PostMapping("/{id}/remove")
    String remove(@PathVariable int year, @PathVariable long id, @RequestParam String reason, RedirectAttributes redirect) {
        return act(year, redirect, y -> commendations.remove(y, id, reason));
    }

    @PostMapping("/notice")
    String publishNotice(@PathVariable int year, @RequestParam(required = false) Long columnId,
                         @RequestParam(defaultValue = "0") int days, RedirectAttributes redirect) {
        return act(year, redirect, y -> commendations.publishNotice(y, columnId == null ? 0 : columnId, days));
    }

    @PostMapping("/notice-objections")
    String recordObjection(@PathVariable int year, @RequestParam String raisedBy, @RequestParam String content,
                           @RequestParam(required = false) Long commendationId, RedirectAttributes redirect) {
        return act(year, redirect, y -> commendations.recordNoticeObjection(y, raisedBy, content, commendationId));
    }

    @PostMapping("/notice-objections/{id}/answer")
    String answerObjection(@PathVariable int year, @PathVariable long id, @RequestParam String answer, RedirectAttributes redirect) {
        return act(year, redirect, y -> commendations.answerNoticeObjection(y, id, answer));
    }

    @PostMapping("/decide")
    String decide(@PathVariable int year, RedirectAttributes redirect) {
        return act(year, redirect, commendations::decide);
    }

    private static String act(int year, RedirectAttributes redirect, Consumer<Integer> action) {
        try {
            action.accept(year);
            redirect.addFlashAttribute("flashKey", "common.saved");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problemKey", violation.messageKey());
            redirect.addFlashAttribute("problemArgs", violation.args());
        }
        return "redirect:/admin/evaluations/" + year + "/commendations";
    }
}
