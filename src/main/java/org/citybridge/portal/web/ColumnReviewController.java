package org.citybridge.portal.web;

import org.citybridge.platform.FormErrors;
import org.citybridge.portal.domain.ColumnReviews;
import org.citybridge.portal.domain.PortalQueries;
import org.citybridge.shared.RuleRefusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A column's editorial review (审核设置): how many levels and who acts at each; the administrator's. */
@Controller
@RequestMapping("/admin/portal/columns/{id}/review")
class ColumnReviewController {

    private final ColumnReviews reviews;
    private final PortalQueries queries;

    ColumnReviewController(ColumnReviews reviews, PortalQueries queries) {
        this.reviews = reviews;
        this.queries = queries;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        model.addAttribute("reviewForm", ColumnReviewForm.of(reviews.forChange(id)));
        return page(id, model);
    }

    @PostMapping
    String save(@PathVariable long id, @ModelAttribute("reviewForm") ColumnReviewForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        reviews.forChange(id);
        if (!result.hasErrors()) {
            try {
                reviews.set(id, form.levels(), form.authorMayReview(), form.reviewers());
                redirect.addFlashAttribute("flashKey", "review.settings.saved");
                return "redirect:/admin/portal/columns";
            } catch (RuleRefusal refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return page(id, model);
    }

    private String page(long id, Model model) {
        model.addAttribute("column", queries.column(id));
        model.addAttribute("candidates", reviews.candidates());
        return "portal/admin/column-review";
    }
}
