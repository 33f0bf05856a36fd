package org.citybridge.portal.web;

import jakarta.validation.constraints.Size;
import org.citybridge.platform.FormErrors;
import org.citybridge.portal.domain.ArticleDetails;
import org.citybridge.portal.domain.ArticleReview;
import org.citybridge.portal.domain.ReviewStatus;
import org.citybridge.portal.domain.PortalQueries;
import org.citybridge.portal.domain.ReviewQueue;
import org.citybridge.portal.domain.ReviewerContacts;
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

/** The review queue (待我审核), an article's review page with 通过 / 退回, and where a reviewer wants to be told. */
@Controller
@RequestMapping("/admin/portal/review")
class ReviewController {

    /** The comment of a return. */
    record ReturnForm(@Size(max = 2000) String comment) {
    }

    /** Where a reviewer wants to be told; a blank address means not by mail. */
    record ContactForm(@Size(max = 120) String email, String language) {
    }

    private final ReviewQueue queue;
    private final ArticleReview review;
    private final ReviewerContacts contacts;
    private final PortalQueries queries;

    ReviewController(ReviewQueue queue, ArticleReview review, ReviewerContacts contacts, PortalQueries queries) {
        this.queue = queue;
        this.review = review;
        this.contacts = contacts;
        this.queries = queries;
    }

    @GetMapping
    String queue(Model model) {
        model.addAttribute("contactForm", contacts.mine().map(c -> new ContactForm(c.email(), c.language()))
                .orElse(new ContactForm("", ReviewerContacts.LANGUAGES.get(0))));
        return queuePage(model);
    }

    @PostMapping("/contact")
    String contact(@ModelAttribute("contactForm") ContactForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        try {
            contacts.setMine(form.email(), form.language());
            redirect.addFlashAttribute("flashKey", "review.contact.saved");
            return "redirect:/admin/portal/review";
        } catch (RuleRefusal refusal) {
            FormErrors.reject(result, refusal);
            return queuePage(model);
        }
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

    private String queuePage(Model model) {
        model.addAttribute("items", queue.waitingForMe());
        model.addAttribute("languages", ReviewerContacts.LANGUAGES);
        return "portal/admin/review-queue";
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
