package org.citybridge.portal.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

import org.citybridge.files.FilePolicy;
import org.citybridge.files.HeldFiles;
import org.citybridge.files.HeldUploads;
import org.citybridge.platform.CityBridgeProperties;
import org.citybridge.platform.FormErrors;
import org.citybridge.portal.ArticleHits;
import org.citybridge.portal.ArticleStatus;
import org.citybridge.portal.domain.ArticleDetails;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.portal.domain.ArticleReview;
import org.citybridge.portal.domain.ArticleRow;
import org.citybridge.portal.domain.ColumnReviews;
import org.citybridge.portal.domain.ReviewQueue;
import org.citybridge.portal.domain.ReviewStatus;
import org.citybridge.shared.PageOf;
import org.citybridge.portal.domain.PortalAccess;
import org.citybridge.portal.domain.PortalQueries;
import org.citybridge.portal.domain.PublicDataCache;
import org.citybridge.shared.RuleRefusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The articles back office (文章管理): list, write, move through review to the site and off it, history, preview. */
@Controller
@RequestMapping("/admin/portal")
class ArticleAdminController {

    private static final int PAGE_SIZE = 30;

    private final PortalQueries queries;
    private final ArticleEditing editing;
    private final PortalAccess access;
    private final PublicDataCache data;
    private final ArticleHits hits;
    private final ArticlePageModel articlePage;
    private final CityBridgeProperties properties;
    private final HeldUploads uploads;
    private final ArticleReview review;
    private final ReviewQueue reviews;
    private final ColumnReviews columnReviews;

    ArticleAdminController(PortalQueries queries, ArticleEditing editing, PortalAccess access, PublicDataCache data,
                           ArticleHits hits, ArticlePageModel articlePage, CityBridgeProperties properties,
                           HeldUploads uploads, ArticleReview review, ReviewQueue reviews, ColumnReviews columnReviews) {
        this.review = review;
        this.reviews = reviews;
        this.columnReviews = columnReviews;
        this.uploads = uploads;
        this.queries = queries;
        this.editing = editing;
        this.access = access;
        this.data = data;
        this.hits = hits;
        this.articlePage = articlePage;
        this.properties = properties;
    }

    @GetMapping
    String index() {
        access.requireEditorial();
        return "redirect:/admin/portal/articles";
    }

    @GetMapping("/articles")
    String list(@RequestParam(required = false) Long column, @RequestParam(required = false) ArticleStatus status,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        access.requireEditorial();
        PageOf<ArticleRow> result = queries.articles(column, status, q, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("result", result);
        Map<Long, ReviewStatus> reviewed = reviews.statuses(result.items().stream().map(ArticleRow::id).toList());
        model.addAttribute("reviews", reviewed);
        model.addAttribute("statusKeys", result.items().stream().collect(Collectors.toMap(ArticleRow::id,
                a -> ReviewStatus.labelKey(a.status(), reviewed.get(a.id())))));
        model.addAttribute("columns", queries.columns());
        model.addAttribute("column", column);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("statuses", ArticleStatus.values());
        return "portal/admin/articles";
    }

    @GetMapping("/articles/new")
    String create(@RequestParam(required = false) Long column, Model model) {
        access.requireEditorial();
        model.addAttribute("articleForm", ArticleForm.blank(column));
        return form(null, HeldFiles.NONE, HeldFiles.NONE, model);
    }

    @PostMapping("/articles/new")
    String create(@ModelAttribute("articleForm") ArticleForm form, BindingResult result,
                  @RequestParam(name = "cover", required = false) MultipartFile cover,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  @RequestParam(name = "heldCover", required = false) UUID heldCover,
                  @RequestParam(name = "heldFiles", required = false) List<UUID> heldFiles, Model model,
                  RedirectAttributes redirect) {
        access.requireEditorial();
        HeldFiles covers = uploads.holdOne(cover, heldCover, form.removedFiles(), FilePolicy.IMAGES, "cover");
        HeldFiles attachments = uploads.hold(files, heldFiles, form.removedFiles(), FilePolicy.DOCUMENTS, "files");
        reject(result, covers, attachments);
        if (!result.hasErrors()) {
            try {
                long id = editing.create(form.draft(properties.timeZone()), covers.upload(), attachments.uploads());
                redirect.addFlashAttribute("flashKey", "article.created");
                return "redirect:/admin/portal/articles/" + id + "/edit";
            } catch (RuleRefusal refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return form(null, covers, attachments, model);
    }

    @GetMapping("/articles/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        access.requireEditorial();
        ArticleDetails article = queries.article(id);
        model.addAttribute("articleForm", ArticleForm.of(article, properties.timeZone()));
        return form(article, HeldFiles.NONE, HeldFiles.NONE, model);
    }

    @PostMapping("/articles/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("articleForm") ArticleForm form, BindingResult result,
                @RequestParam(name = "cover", required = false) MultipartFile cover,
                @RequestParam(name = "files", required = false) List<MultipartFile> files,
                @RequestParam(name = "heldCover", required = false) UUID heldCover,
                @RequestParam(name = "heldFiles", required = false) List<UUID> heldFiles, Model model,
                RedirectAttributes redirect) {
        access.requireEditorial();
        ArticleDetails article = queries.article(id);
        HeldFiles covers = uploads.holdOne(cover, heldCover, form.removedFiles(), FilePolicy.IMAGES, "cover");
        HeldFiles attachments = uploads.hold(files, heldFiles, form.removedFiles(), FilePolicy.DOCUMENTS, "files");
        reject(result, covers, attachments);
        if (!result.hasErrors()) {
            try {
                List<UUID> removed = form.removedFiles();
                editing.update(id, form.version() == null ? -1 : form.version(), form.draft(properties.timeZone()),
                        covers.upload(), form.removeCover(), attachments.uploads(), removed);
                redirect.addFlashAttribute("flashKey", "article.saved");
                return "redirect:/admin/portal/articles/" + id + "/edit";
            } catch (RuleRefusal refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return form(article, covers, attachments, model);
    }

    @PostMapping("/articles/{id}/{action:submit|return|publish|withdraw}")
    String transition(@PathVariable long id, @PathVariable String action, RedirectAttributes redirect) {
        access.requireEditorial();
        try {
            switch (action) {
                case "submit" -> review.submit(id);
                case "return" -> editing.returnToDraft(id);
                case "publish" -> editing.publish(id);
                default -> editing.withdraw(id);
            }
            redirect.addFlashAttribute("flashKey", "article.done." + action);
        } catch (RuleRefusal refusal) {
            redirect.addFlashAttribute("problems", refusal.violations());
        }
        return "redirect:/admin/portal/articles/" + id + "/edit";
    }

    /** The confirmation page before withdrawing an article or deleting a draft; the page's form posts the action. */
    @GetMapping("/articles/{id}/{action:withdraw|delete}")
    String confirm(@PathVariable long id, @PathVariable String action, Model model) {
        access.requireEditorial();
        model.addAttribute("article", queries.article(id));
        model.addAttribute("action", action);
        return "portal/admin/confirm";
    }

    /** Deletes a draft that was never published, with its history; anything else is refused. */
    @PostMapping("/articles/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        access.requireEditorial();
        try {
            editing.deleteDraft(id);
            redirect.addFlashAttribute("flashKey", "article.deleted");
            return "redirect:/admin/portal/articles";
        } catch (RuleRefusal refusal) {
            redirect.addFlashAttribute("problems", refusal.violations());
            return "redirect:/admin/portal/articles/" + id + "/edit";
        }
    }

    @GetMapping("/articles/{id}/history")
    String history(@PathVariable long id, Model model) {
        access.requireEditorial();
        model.addAttribute("article", queries.article(id));
        model.addAttribute("revisions", queries.history(id));
        return "portal/admin/history";
    }

    /** The article as the public will see it, in any state; no view is counted. */
    @GetMapping("/articles/{id}/preview")
    String preview(@PathVariable long id, Model model) {
        access.requireEditorial();
        return articlePage.show(data.page(queries.article(id)), false, true, hits.hits(id), model);
    }

    private static void reject(BindingResult result, HeldFiles... held) {
        for (HeldFiles files : held) {
            files.problems().forEach(problem -> FormErrors.reject(result, problem));
        }
    }

    private String form(ArticleDetails article, HeldFiles covers, HeldFiles attachments, Model model) {
        model.addAttribute("article", article);
        if (article != null) {
            ReviewStatus status = reviews.status(article.id());
            model.addAttribute("review", status);
            model.addAttribute("statusKey", ReviewStatus.labelKey(article.status(), status));
            model.addAttribute("columnReview", columnReviews.of(article.columnId()));
            model.addAttribute("mayReview", review.mayApprove(article.id()) || review.mayReturn(article.id()));
        }
        model.addAttribute("deletable", article != null && editing.isDeletable(article.id()));
        model.addAttribute("heldCovers", covers.files());
        model.addAttribute("heldFiles", attachments.files());
        model.addAttribute("coverPolicy", FilePolicy.IMAGES);
        model.addAttribute("filePolicy", FilePolicy.DOCUMENTS);
        model.addAttribute("columns", queries.columns());
        return "portal/admin/article-form";
    }
}
