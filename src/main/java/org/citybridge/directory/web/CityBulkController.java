package org.citybridge.directory.web;

import java.io.IOException;

import jakarta.servlet.http.HttpSession;
import org.citybridge.directory.CityFilter;
import org.citybridge.directory.bulk.BatchView;
import org.citybridge.directory.bulk.BulkAction;
import org.citybridge.directory.bulk.BulkOperation;
import org.citybridge.directory.bulk.BulkPlan;
import org.citybridge.directory.bulk.CityBulkChanges;
import org.citybridge.directory.bulk.CitySelection;
import org.citybridge.directory.domain.RosterAccess;
import org.citybridge.directory.importing.MemberListImport;
import org.citybridge.directory.importing.PendingImports;
import org.citybridge.platform.FormErrors;
import org.citybridge.shared.RuleRefusal;
import org.citybridge.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
 * Bulk changes from the city list and from an imported member list: preview, apply, the list of batches and undo.
 * Access is checked by {@link CityBulkChanges} and {@link MemberListImport}: the secretariat only.
 */
@Controller
@RequestMapping("/admin/cities")
class CityBulkController {

    private static final String MEMBER_LISTS = "memberLists";
    private static final int BATCHES_PAGE_SIZE = 30;

    private final CityBulkChanges bulk;
    private final MemberListImport memberLists;
    private final PendingImports pending;
    private final CityListPage listPage;
    private final RosterAccess access;
    private final MessageSource messages;

    CityBulkController(CityBulkChanges bulk, MemberListImport memberLists, PendingImports pending, CityListPage listPage,
                       RosterAccess access, MessageSource messages) {
        this.bulk = bulk;
        this.memberLists = memberLists;
        this.pending = pending;
        this.listPage = listPage;
        this.access = access;
        this.messages = messages;
    }

    @PostMapping("/bulk/preview")
    String preview(@ModelAttribute("bulkForm") BulkForm form, BindingResult result, HttpSession session, Model model) {
        access.requireSecretariat();
        if (!result.hasErrors()) {
            try {
                BulkPlan plan = bulk.preview(selection(form), operation(form, session));
                return previewPage(form, plan, result, model);
            } catch (RuleRefusal refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return refused(form, result, model);
    }

    @PostMapping("/bulk/apply")
    String apply(@ModelAttribute("bulkForm") BulkForm form, BindingResult result, HttpSession session, Model model,
                 RedirectAttributes redirect) {
        access.requireSecretariat();
        if (result.hasErrors()) {
            return refused(form, result, model);
        }
        try {
            BatchView batch = bulk.apply(selection(form), operation(form, session), form.fingerprint());
            if (form.action() == BulkAction.IMPORT) {
                SessionImports.forget(pending, session, MEMBER_LISTS, form.importToken());
            }
            redirect.addFlashAttribute("flashKey", "bulk.applied");
            return "redirect:/admin/cities/batches/" + batch.id();
        } catch (RuleRefusal refusal) {
            FormErrors.reject(result, refusal);
        }
        try {
            return previewPage(form, bulk.preview(selection(form), operation(form, session)), result, model);
        } catch (RuleRefusal refusal) {
            return refused(form, result, model);
        }
    }

    @GetMapping("/batches")
    String batches(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", bulk.batches(Math.max(page, 0), BATCHES_PAGE_SIZE));
        return "directory/batches";
    }

    @GetMapping("/batches/{id}")
    String batch(@PathVariable long id, Model model) {
        model.addAttribute("details", bulk.batch(id));
        return "directory/batch";
    }

    @GetMapping("/batches/{id}/undo")
    String undo(@PathVariable long id, Model model) {
        BulkForm form = BulkForm.undo(id);
        try {
            return previewPage(form, bulk.preview(CitySelection.none(), form.operation()),
                    new BeanPropertyBindingResult(form, "bulkForm"), model);
        } catch (RuleViolation refused) {
            model.addAttribute("details", bulk.batch(id));
            model.addAttribute("refusal", text(refused.messageKey(), refused.args()));
            return "directory/batch";
        }
    }

    @GetMapping("/members/import")
    String memberListForm(Model model) {
        access.requireSecretariat();
        model.addAttribute("limitMegabytes", memberLists.maxMegabytes());
        return "directory/member-import";
    }

    @PostMapping("/members/import")
    String memberList(@RequestParam(required = false) MultipartFile file, HttpSession session, Model model) throws IOException {
        access.requireSecretariat();
        model.addAttribute("limitMegabytes", memberLists.maxMegabytes());
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", text("import.chooseFile"));
            return "directory/member-import";
        }
        byte[] bytes = file.getBytes();
        try {
            model.addAttribute("report", memberLists.check(bytes));
            model.addAttribute("bulkForm", BulkForm.imported(SessionImports.keep(pending, session, MEMBER_LISTS, bytes)));
        } catch (RuleViolation violation) {
            model.addAttribute("fileError", text(violation.messageKey(), violation.args()));
        }
        return "directory/member-import";
    }

    private String previewPage(BulkForm form, BulkPlan plan, BindingResult result, Model model) {
        model.addAttribute("plan", plan);
        shownAgain(new BulkForm(form.codes(), form.allMatching(), form.inProvince(), form.inLevel(),
                form.inMembership(), form.inTag(), form.inQ(), form.inWithoutLiaison(), form.action(), form.membership(),
                form.memberSince(), form.tag(), form.undoOf(), form.importToken(), plan.fingerprint()), result, model);
        return "directory/bulk-preview";
    }

    /** A refused selection goes back to the list with its errors; a refused undo or import to the preview's page. */
    private String refused(BulkForm posted, BindingResult result, Model model) {
        BulkForm form = shownAgain(posted, result, model);
        if (form.action() == BulkAction.UNDO || form.action() == BulkAction.IMPORT) {
            return "directory/bulk-preview";
        }
        return listPage.show(form.filter(), 0, model);
    }

    /**
     * The posted form with its errors, to be shown again; a value that could not be read (a malformed date, say) is
     * left empty in it and its error kept on its field.
     */
    private static BulkForm shownAgain(BulkForm posted, BindingResult result, Model model) {
        BulkForm form = posted != null ? posted : BulkForm.empty();
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "bulkForm");
        errors.addAllErrors(result);
        model.addAttribute("bulkForm", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "bulkForm", errors);
        return form;
    }

    private static CitySelection selection(BulkForm form) {
        return form.action() == BulkAction.UNDO || form.action() == BulkAction.IMPORT ? CitySelection.none() : form.selection();
    }

    private BulkOperation operation(BulkForm form, HttpSession session) {
        if (form.action() != BulkAction.IMPORT) {
            return form.operation();
        }
        byte[] file = SessionImports.find(pending, session, MEMBER_LISTS, form.importToken())
                .orElseThrow(() -> new RuleViolation(null, "import.expired"));
        return memberLists.check(file).changes();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
