package org.citybridge.portal.web;

import java.util.List;

import org.citybridge.portal.domain.ArticleMoves;
import org.citybridge.portal.domain.PortalAccess;
import org.citybridge.portal.domain.PortalQueries;
import org.citybridge.shared.RuleRefusal;
import org.citybridge.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Moving the articles ticked on the list to another column: a confirmation naming them, then one move of all. */
@Controller
@RequestMapping("/admin/portal/articles/move")
class ArticleMoveController {

    private final ArticleMoves moves;
    private final PortalQueries queries;
    private final PortalAccess access;

    ArticleMoveController(ArticleMoves moves, PortalQueries queries, PortalAccess access) {
        this.moves = moves;
        this.queries = queries;
        this.access = access;
    }

    @GetMapping
    String confirm(@RequestParam(name = "ids", required = false) List<Long> ids,
                   @RequestParam(name = "target", required = false) Long target, Model model, RedirectAttributes redirect) {
        access.requireEditorial();
        if (ids == null || ids.isEmpty() || target == null) {
            redirect.addFlashAttribute("problems", List.of(RuleViolation.of(ids == null || ids.isEmpty()
                    ? "article.error.noneChosen" : "article.error.noTarget")));
            return "redirect:/admin/portal/articles";
        }
        model.addAttribute("articles", ids.stream().distinct().map(queries::article).toList());
        model.addAttribute("target", queries.column(target));
        return "portal/admin/move";
    }

    @PostMapping
    String move(@RequestParam(name = "ids", required = false) List<Long> ids, @RequestParam long target,
                RedirectAttributes redirect) {
        access.requireEditorial();
        try {
            moves.move(ids, target);
            redirect.addFlashAttribute("flashKey", "article.moved");
            return "redirect:/admin/portal/articles?column=" + target;
        } catch (RuleRefusal refusal) {
            redirect.addFlashAttribute("problems", refusal.violations());
            return "redirect:/admin/portal/articles";
        }
    }
}
