package org.citybridge.portal.web;

import java.util.List;
import java.util.Optional;

import org.citybridge.platform.CityBridgeProperties;
import org.citybridge.portal.ArticleHits;
import org.citybridge.portal.domain.ArticleDetails;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.portal.domain.ArticlePreviews;
import org.citybridge.portal.domain.ArticleRestore;
import org.citybridge.portal.domain.PortalAccess;
import org.citybridge.portal.domain.PortalQueries;
import org.citybridge.portal.domain.PublicDataCache;
import org.citybridge.portal.domain.RevisionComparison;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleRefusal;
import org.citybridge.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Working on an article before readers see the work: the preview of the unsaved form, a pending revision compared with
 * the live version, discarding a pending revision, and restoring an earlier state from the history.
 */
@Controller
@RequestMapping("/admin/portal/articles")
class ArticleRevisionController {

    private final ArticlePreviews previews;
    private final ArticleEditing editing;
    private final ArticleRestore restoring;
    private final PortalQueries queries;
    private final PortalAccess access;
    private final PublicDataCache data;
    private final ArticleHits hits;
    private final ArticlePageModel articlePage;
    private final CityBridgeProperties properties;
    private final RevisionComparison comparisons;

    ArticleRevisionController(ArticlePreviews previews, ArticleEditing editing, ArticleRestore restoring,
                              PortalQueries queries, PortalAccess access, PublicDataCache data, ArticleHits hits,
                              ArticlePageModel articlePage, CityBridgeProperties properties, RevisionComparison comparisons) {
        this.comparisons = comparisons;
        this.previews = previews;
        this.editing = editing;
        this.restoring = restoring;
        this.queries = queries;
        this.access = access;
        this.data = data;
        this.hits = hits;
        this.articlePage = articlePage;
        this.properties = properties;
    }

    /** The form as it is, unsaved, on the public article page (the form's 预览 opens it in a new tab). Saves nothing. */
    @PostMapping("/{id}/preview")
    String preview(@PathVariable long id, @ModelAttribute("articleForm") ArticleForm form, Model model) {
        access.requireEditorial();
        ArticleDetails article = previews.unsaved(id, form.draft(properties.timeZone()), form.removeCover(), form.removedFiles());
        return articlePage.show(data.page(article), false, true, hits.hits(id), model);
    }

    /** A new article's form, unsaved, on the public article page. */
    @PostMapping("/new/preview")
    String previewNew(@ModelAttribute("articleForm") ArticleForm form, Model model) {
        access.requireEditorial();
        ArticleDetails article = previews.unsaved(null, form.draft(properties.timeZone()), false, null);
        return articlePage.show(data.page(article), false, true, 0L, model);
    }

    /** The pending revision beside the live version, field by field and the body by words; reviewers follow it too. */
    @GetMapping("/{id}/revision")
    String compare(@PathVariable long id, Model model, RedirectAttributes redirect) {
        access.requireEditorial();
        Optional<RevisionComparison.Comparison> comparison = comparisons.of(id);
        if (comparison.isEmpty()) {
            redirect.addFlashAttribute("problems", List.of(RuleViolation.of("article.error.noRevision")));
            return "redirect:/admin/portal/articles/" + id + "/edit";
        }
        model.addAttribute("comparison", comparison.get());
        return "portal/admin/revision";
    }

    @GetMapping("/{id}/discard")
    String confirmDiscard(@PathVariable long id, Model model) {
        access.requireEditorial();
        model.addAttribute("article", previews.asEdited(id));
        model.addAttribute("action", "discard");
        model.addAttribute("confirmKey", "discard");
        return "portal/admin/confirm";
    }

    @PostMapping("/{id}/discard")
    String discard(@PathVariable long id, RedirectAttributes redirect) {
        access.requireEditorial();
        try {
            editing.discardRevision(id);
            redirect.addFlashAttribute("flashKey", "article.revisionDiscarded");
        } catch (RuleRefusal refusal) {
            redirect.addFlashAttribute("problems", refusal.violations());
        }
        return "redirect:/admin/portal/articles/" + id + "/edit";
    }

    @GetMapping("/{id}/history/{revision}/restore")
    String confirmRestore(@PathVariable long id, @PathVariable long revision, Model model) {
        access.requireEditorial();
        model.addAttribute("article", queries.article(id));
        model.addAttribute("revision", queries.history(id).stream().filter(r -> r.id() == revision).findFirst()
                .orElseThrow(() -> new NotFoundException("article.error.unknownRevision", revision)));
        return "portal/admin/restore";
    }

    @PostMapping("/{id}/history/{revision}/restore")
    String restore(@PathVariable long id, @PathVariable long revision, RedirectAttributes redirect) {
        access.requireEditorial();
        try {
            restoring.restore(id, revision);
            redirect.addFlashAttribute("flashKey", "article.restored");
        } catch (RuleRefusal refusal) {
            redirect.addFlashAttribute("problems", refusal.violations());
        }
        return "redirect:/admin/portal/articles/" + id + "/edit";
    }
}
