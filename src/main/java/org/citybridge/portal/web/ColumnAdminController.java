package org.citybridge.portal.web;

import java.util.List;

import org.citybridge.platform.FormErrors;
import org.citybridge.portal.domain.ColumnAdministration;
import org.citybridge.portal.domain.ColumnNode;
import org.citybridge.portal.domain.ColumnReviews;
import org.citybridge.portal.domain.PortalAccess;
import org.citybridge.portal.domain.PortalQueries;
import org.citybridge.shared.RuleRefusal;
import org.citybridge.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The column tree (栏目管理) for the secretariat and editors. */
@Controller
@RequestMapping("/admin/portal/columns")
class ColumnAdminController {

    private final PortalQueries queries;
    private final ColumnAdministration columns;
    private final PortalAccess access;
    private final ColumnReviews reviews;

    ColumnAdminController(PortalQueries queries, ColumnAdministration columns, PortalAccess access, ColumnReviews reviews) {
        this.reviews = reviews;
        this.queries = queries;
        this.columns = columns;
        this.access = access;
    }

    @GetMapping
    String tree(Model model) {
        access.requireEditorial();
        model.addAttribute("columnForm", ColumnForm.blank());
        return page(null, model);
    }

    @PostMapping
    String create(@ModelAttribute("columnForm") ColumnForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        access.requireEditorial();
        if (!result.hasErrors()) {
            try {
                columns.create(form.change());
                redirect.addFlashAttribute("flashKey", "column.created");
                return "redirect:/admin/portal/columns";
            } catch (RuleRefusal refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return page(null, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        access.requireEditorial();
        ColumnNode column = queries.column(id);
        model.addAttribute("columnForm", ColumnForm.of(column));
        return page(column, model);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("columnForm") ColumnForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        access.requireEditorial();
        ColumnNode column = queries.column(id);
        if (!result.hasErrors()) {
            try {
                columns.update(id, form.change());
                redirect.addFlashAttribute("flashKey", "column.saved");
                return "redirect:/admin/portal/columns";
            } catch (RuleRefusal refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return page(column, model);
    }

    @PostMapping("/{id}/up")
    String up(@PathVariable long id) {
        columns.reorder(id, -1);
        return "redirect:/admin/portal/columns";
    }

    @PostMapping("/{id}/down")
    String down(@PathVariable long id) {
        columns.reorder(id, 1);
        return "redirect:/admin/portal/columns";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            columns.delete(id);
            redirect.addFlashAttribute("flashKey", "column.deleted");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problems", List.of(violation));
        }
        return "redirect:/admin/portal/columns";
    }

    private String page(ColumnNode editing, Model model) {
        List<ColumnNode> all = queries.columns();
        model.addAttribute("columns", all);
        model.addAttribute("editing", editing);
        model.addAttribute("reviewLevels", reviews.levelsByColumn());
        model.addAttribute("parents", editing == null ? all
                : all.stream().filter(c -> c.id() != editing.id() && !c.path().startsWith(editing.path() + " > ")).toList());
        return "portal/admin/columns";
    }
}
