package org.citybridge.portal.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.citybridge.files.FilePolicy;
import org.citybridge.files.HeldFiles;
import org.citybridge.files.HeldUploads;
import org.citybridge.platform.CityBridgeProperties;
import org.citybridge.platform.FormErrors;
import org.citybridge.portal.ArticleDraft;
import org.citybridge.portal.ArticleHits;
import org.citybridge.portal.ArticleStatus;
import org.citybridge.portal.domain.ArticleDetails;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.portal.domain.ArticleMerge;
import org.citybridge.portal.domain.ArticlePreviews;
import org.citybridge.portal.domain.ArticleReview;
import org.citybridge.portal.domain.ArticleRow;
import org.citybridge.portal.domain.ArticleState;
import org.citybridge.portal.domain.PendingRevision;
import org.citybridge.portal.domain.PendingRevisions;
import org.citybridge.portal.domain.ReviewQueue;
import org.citybridge.portal.domain.ReviewStatus;
import org.citybridge.portal.domain.StaleArticleEdit;
import org.citybridge.shared.PageOf;
import org.citybridge.portal.domain.PortalAccess;
import org.citybridge.portal.domain.PortalQueries;
import org.citybridge.portal.domain.PublicDataCache;
import org.citybridge.shared.RuleRefusal;
import org.citybridge.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The articles back office (文章管理): list, write (a published article's edits as its pending revision, conflicts
 * merged), move through review to the site and off it, history, preview.
 */
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
    private final ArticlePreviews previews;
    private final PendingRevisions revisions;
    private final ArticleMerge merge;
    private final Clock clock;

    ArticleAdminController(PortalQueries queries, ArticleEditing editing, PortalAccess access, PublicDataCache data,
                           ArticleHits hits, ArticlePageModel articlePage, CityBridgeProperties properties,
                           HeldUploads uploads, ArticleReview review, ReviewQueue reviews,
                           ArticlePreviews previews, PendingRevisions revisions, ArticleMerge merge, Clock clock) {
        this.review = review;
        this.reviews = reviews;
        this.uploads = uploads;
        this.previews = previews;
        this.revisions = revisions;
        this.merge = merge;
        this.clock = clock;
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
    String list(@RequestParam(required = false) Long column, @RequestParam(required = false) ArticleState status,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        access.requireEditorial();
        PageOf<ArticleRow> result = queries.articles(column, status, q, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("result", result);
        Map<Long, ReviewStatus> reviewed = reviews.statuses(result.items().stream().map(ArticleRow::id).toList());
        model.addAttribute("reviews", reviewed);
        Instant now = clock.instant();
        model.addAttribute("statusKeys", result.items().stream().collect(Collectors.toMap(ArticleRow::id,
                a -> ReviewStatus.listKey(a.stateAt(now), a.status(), reviewed.get(a.id())))));
        model.addAttribute("columns", queries.columns());
        model.addAttribute("column", column);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("statuses", ArticleState.values());
        Map<Long, String> revisionKeys = new HashMap<>();
        result.items().forEach(a -> revisionKeys.put(a.id(), ReviewStatus.revisionKey(a.status(), reviewed.get(a.id()))));
        model.addAttribute("revisionKeys", revisionKeys);
        model.addAttribute("now", now);
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
                  @RequestParam(name = "heldFiles", required = false) List<UUID> heldFiles,
                  @RequestParam(defaultValue = "false") boolean expiredConfirmed, Model model,
                  RedirectAttributes redirect) {
        access.requireEditorial();
        HeldFiles covers = uploads.holdOne(cover, heldCover, form.removedFiles(), FilePolicy.IMAGES, "cover");
        HeldFiles attachments = uploads.hold(files, heldFiles, form.removedFiles(), FilePolicy.DOCUMENTS, "files");
        reject(result, covers, attachments);
        ArticleDraft draft = form.draft(properties.timeZone());
        if (!result.hasErrors() && !expiredConfirmed && alreadyExpired(draft)) {
            model.addAttribute("expiryWarning", true);
        } else if (!result.hasErrors()) {
            try {
                long id = editing.create(draft, covers.upload(), attachments.uploads());
                redirect.addFlashAttribute("flashKey", "article.created");
                return "redirect:/admin/portal/articles/" + id + "/edit";
            } catch (RuleRefusal refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return form(null, covers, attachments, model);
    }

    /** The form shows the article as edited: a published article's pending revision, when it has one. */
    @GetMapping("/articles/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        access.requireEditorial();
        ArticleDetails article = previews.asEdited(id);
        Optional<PendingRevision> pending = revisions.of(id);
        model.addAttribute("articleForm", ArticleForm.of(article, pending.map(PendingRevision::version).orElse(null),
                properties.timeZone()));
        return form(article, HeldFiles.NONE, HeldFiles.NONE, model);
    }

    /**
     * Saves the edit. When someone else saved in between, the form comes back with their changes beside the editor's
     * own content, to merge: each field the editor sends back as {@code merge.<field>=theirs} takes the other's value.
     * An expiry already past is saved only once the editor confirms it ({@code expiredConfirmed}).
     */
    @PostMapping("/articles/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("articleForm") ArticleForm form, BindingResult result,
                @RequestParam(name = "cover", required = false) MultipartFile cover,
                @RequestParam(name = "files", required = false) List<MultipartFile> files,
                @RequestParam(name = "heldCover", required = false) UUID heldCover,
                @RequestParam(name = "heldFiles", required = false) List<UUID> heldFiles,
                @RequestParam(defaultValue = "false") boolean expiredConfirmed,
                @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        access.requireEditorial();
        ArticleDetails article = previews.asEdited(id);
        HeldFiles covers = uploads.holdOne(cover, heldCover, form.removedFiles(), FilePolicy.IMAGES, "cover");
        HeldFiles attachments = uploads.hold(files, heldFiles, form.removedFiles(), FilePolicy.DOCUMENTS, "files");
        reject(result, covers, attachments);
        ZoneId zone = properties.timeZone();
        ArticleDraft draft = form.draft(zone);
        Set<String> takeTheirs = ArticleMerge.FIELDS.stream().filter(field -> "theirs".equals(params.getFirst("merge." + field)))
                .collect(Collectors.toSet());
        if (!takeTheirs.isEmpty() && !result.hasErrors()) {
            draft = merge.merged(id, draft, takeTheirs);
            form = replaceForm(model, form.with(draft, form.version() == null ? -1 : form.version(), form.revisionVersion(), zone));
            result = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "articleForm");
        }
        if (!result.hasErrors() && !expiredConfirmed && alreadyExpired(draft)) {
            model.addAttribute("expiryWarning", true);
        } else if (!result.hasErrors()) {
            try {
                editing.update(id, form.version() == null ? -1 : form.version(), form.revisionVersion(), draft,
                        covers.upload(), form.removeCover(), attachments.uploads(), form.removedFiles());
                redirect.addFlashAttribute("flashKey", article.status() == ArticleStatus.PUBLISHED ? "article.revisionSaved" : "article.saved");
                return "redirect:/admin/portal/articles/" + id + "/edit";
            } catch (StaleArticleEdit stale) {
                ArticleMerge.Conflict conflict = merge.conflict(id, form.version() == null ? -1 : form.version(),
                        form.revisionVersion(), draft);
                model.addAttribute("conflict", conflict);
                replaceForm(model, form.with(draft, conflict.articleVersion(), conflict.revisionVersion(), zone));
                return form(previews.asEdited(id), covers, attachments, model);
            } catch (RuleRefusal refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return form(article, covers, attachments, model);
    }

    /** Puts another form object in the model, with a binding result of its own (the bound one names the old object). */
    private static ArticleForm replaceForm(Model model, ArticleForm form) {
        model.addAttribute("articleForm", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "articleForm", new BeanPropertyBindingResult(form, "articleForm"));
        return form;
    }

    private boolean alreadyExpired(ArticleDraft draft) {
        return draft.expireAt() != null && !draft.expireAt().isAfter(clock.instant());
    }

    @PostMapping("/articles/{id}/{action:submit|return}")
    String transition(@PathVariable long id, @PathVariable String action, RedirectAttributes redirect) {
        access.requireEditorial();
        try {
            if (action.equals("submit")) {
                review.submit(id);
            } else {
                editing.returnToDraft(id);
            }
            redirect.addFlashAttribute("flashKey", "article.done." + action);
        } catch (RuleRefusal refusal) {
            redirect.addFlashAttribute("problems", refusal.violations());
        }
        return "redirect:/admin/portal/articles/" + id + "/edit";
    }

    /**
     * Publishes the article, or its pending revision. An expiry already past asks first: the warning page's
     * "仍然发布" sends {@code confirmed=true}.
     */
    @PostMapping("/articles/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        access.requireEditorial();
        if (!confirmed && editing.expiresBeforePublishing(id)) {
            return "redirect:/admin/portal/articles/" + id + "/publish";
        }
        boolean revision = revisions.of(id).isPresent();
        try {
            editing.publish(id);
            redirect.addFlashAttribute("flashKey", revision ? "article.done.revision" : "article.done.publish");
        } catch (RuleRefusal refusal) {
            redirect.addFlashAttribute("problems", refusal.violations());
        }
        return "redirect:/admin/portal/articles/" + id + "/edit";
    }

    /** Withdraws the article for the reason given; without one the confirmation page comes back saying so. */
    @PostMapping("/articles/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
                    RedirectAttributes redirect) {
        access.requireEditorial();
        try {
            editing.withdraw(id, reason);
            redirect.addFlashAttribute("flashKey", "article.done.withdraw");
            return "redirect:/admin/portal/articles/" + id + "/edit";
        } catch (RuleViolation violation) {
            if (!"reason".equals(violation.field())) {
                redirect.addFlashAttribute("problems", violation.violations());
                return "redirect:/admin/portal/articles/" + id + "/edit";
            }
            model.addAttribute("reasonError", violation);
            model.addAttribute("reason", reason);
            return confirm(id, "withdraw", model);
        }
    }

    /**
     * The confirmation page before withdrawing an article (with its reason), deleting one, or publishing one whose
     * expiry has passed; the page's form posts the action.
     */
    @GetMapping("/articles/{id}/{action:withdraw|delete|publish}")
    String confirm(@PathVariable long id, @PathVariable String action, Model model) {
        access.requireEditorial();
        ArticleDetails article = previews.asEdited(id);
        model.addAttribute("article", article);
        model.addAttribute("action", action);
        model.addAttribute("confirmKey", action.equals("delete") && article.status() == ArticleStatus.WITHDRAWN
                ? "deleteWithdrawn" : action.equals("publish") ? "publishExpired" : action);
        return "portal/admin/confirm";
    }

    /** Deletes a draft that was never published or a withdrawn article, with its history; anything else is refused. */
    @PostMapping("/articles/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        access.requireEditorial();
        try {
            editing.delete(id);
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

    /** The article as the public will see it, in any state, with its pending revision if it has one; no view is counted. */
    @GetMapping("/articles/{id}/preview")
    String preview(@PathVariable long id, Model model) {
        access.requireEditorial();
        return articlePage.show(data.page(previews.asEdited(id)), false, true, hits.hits(id), model);
    }

    private static void reject(BindingResult result, HeldFiles... held) {
        for (HeldFiles files : held) {
            files.problems().forEach(problem -> FormErrors.reject(result, problem));
        }
    }

    private String form(ArticleDetails article, HeldFiles covers, HeldFiles attachments, Model model) {
        model.addAttribute("article", article);
        PendingRevision pending = article == null ? null : revisions.of(article.id()).orElse(null);
        if (article != null) {
            ReviewStatus status = reviews.status(article.id());
            model.addAttribute("review", status);
            model.addAttribute("statusKey", ReviewStatus.labelKey(article.status(), status));
            model.addAttribute("columnReview", review.reviewOf(article.id()));
            model.addAttribute("mayReview", review.mayApprove(article.id()) || review.mayReturn(article.id()));
            model.addAttribute("maySubmit", review.maySubmit(article.id()));
            String revisionKey = ReviewStatus.revisionKey(article.status(), status);
            model.addAttribute("revisionKey", pending == null ? null
                    : revisionKey != null ? revisionKey : "article.revision.notSubmitted");
        }
        model.addAttribute("deletable", article != null && editing.isDeletable(article.id()));
        model.addAttribute("pendingRevision", pending);
        model.addAttribute("withdrawalReason", article == null ? null : queries.withdrawalReason(article.id()).orElse(null));
        model.addAttribute("heldCovers", covers.files());
        model.addAttribute("heldFiles", attachments.files());
        model.addAttribute("coverPolicy", FilePolicy.IMAGES);
        model.addAttribute("filePolicy", FilePolicy.DOCUMENTS);
        model.addAttribute("columns", queries.columns());
        return "portal/admin/article-form";
    }
}
