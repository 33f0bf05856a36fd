package org.citybridge.portal.web;

import jakarta.validation.constraints.Size;
import org.citybridge.accounts.AccountContacts;
import org.citybridge.platform.FormErrors;
import org.citybridge.portal.domain.ArticleDetails;
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
 * with 通过 / 退回.
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

    ReviewController(ReviewQueue queue, ArticleReview review, AccountContacts contacts, PortalQueries queries) {
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
        ArticleDetails article = queries.article(id);
        model.addAttribute("review", status);
        model.addAttribute("article", article);
        model.addAttribute("statusKey", ReviewStatus.labelKey(article.status(), status));
        model.addAttribute("mayDecide", review.mayApprove(id) || review.mayReturn(id));
        model.addAttribute("mayApprove", review.mayApprove(id));
        return "portal/admin/review";
    }
}
