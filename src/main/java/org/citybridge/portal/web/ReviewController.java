package org.citybridge.portal.web;

import jakarta.validation.constraints.Size;
import org.citybridge.accounts.AccountContacts;
import org.citybridge.platform.FormErrors;
import org.citybridge.portal.domain.ArticleDetails;
import org.citybridge.portal.domain.ArticlePreviews;
import org.citybridge.portal.domain.PendingRevisions;
import org.citybridge.portal.domain.ArticleReview;
import org.citybridge.portal.domain.ReviewStatus;
import org.citybridge.portal.domain.PortalQueries;
import org.citybridge.portal.domain.ReviewQueue;
import org.citybridge.shared.Actors;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review queue (待我审核), with a note to reviewers whose account has no mail address, and an article's review page
 * with 通过 / 退回. A published article's pending revision is reviewed as such: tagged 修订, its content shown, with a
 * link to its comparison with the live version.
 */
@Controller
@RequestMapping("/admin/portal/review")
class ReviewController {

    /** The comment of a return. */
    record ReturnForm(@Size(max = 2000) String comment) {
    }

    private final ReviewQueue queue;
    private final ArticleReview review;
    private final AccountContacts contacts;
    private final PortalQueries queries;
    private final ArticlePreviews previews;
    private final PendingRevisions revisions;

    ReviewController(ReviewQueue queue, ArticleReview review, AccountContacts contacts, PortalQueries queries,
                     ArticlePreviews previews, PendingRevisions revisions) {
        this.previews = previews;
        this.revisions = revisions;
        this.queue = queue;
        this.review = review;
        this.contacts = contacts;
        this.queries = queries;
    }

    @GetMapping
    String queue(Model model) {
        model.addAttribute("items", queue.waitingForMe());
        model.addAttribute("withoutAddress", contacts.of(Actors.currentOrSystem().username()).isEmpty());
        return "portal/admin/review-queue";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("returnForm", new ReturnForm(""));
        return reviewPage(id, model);
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        try {
            review.approve(id);
            redirect.addFlashAttribute("flashKey", "review.done.approved");
            return "redirect:/admin/portal/review";
        } catch (RuleRefusal refusal) {
            redirect.addFlashAttribute("problems", refusal.violations());
            return "redirect:/admin/portal/review/" + id;
        }
    }

    @PostMapping("/{id}/return")
    String returnToAuthor(@PathVariable long id, @ModelAttribute("returnForm") ReturnForm form, BindingResult result,
                          Model model, RedirectAttributes redirect) {
        try {
            review.returnToAuthor(id, form.comment());
            redirect.addFlashAttribute("flashKey", "review.done.returned");
            return "redirect:/admin/portal/review";
        } catch (RuleRefusal refusal) {
            FormErrors.reject(result, refusal);
            return reviewPage(id, model);
        }
    }

    private String reviewPage(long id, Model model) {
        ReviewStatus status = queue.status(id);
        boolean revision = revisions.of(id).isPresent();
        ArticleDetails article = revision ? previews.asEdited(id) : queries.article(id);
        String revisionKey = revision ? ReviewStatus.revisionKey(article.status(), status) : null;
        model.addAttribute("review", status);
        model.addAttribute("article", article);
        model.addAttribute("revision", revision);
        model.addAttribute("statusKey", revisionKey != null ? revisionKey
                : revision ? "article.revision.notSubmitted" : ReviewStatus.labelKey(article.status(), status));
        model.addAttribute("mayDecide", review.mayApprove(id) || review.mayReturn(id));
        model.addAttribute("mayApprove", review.mayApprove(id));
        return "portal/admin/review";
    }
}
