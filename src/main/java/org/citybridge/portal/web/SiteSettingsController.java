package org.citybridge.portal.web;

import java.util.UUID;

import org.citybridge.files.FilePolicy;
import org.citybridge.files.HeldFiles;
import org.citybridge.files.HeldUploads;
import org.citybridge.platform.FormErrors;
import org.citybridge.portal.domain.PortalAccess;
import org.citybridge.portal.domain.SiteAdministration;
import org.citybridge.portal.domain.SiteSettings;
import org.citybridge.shared.RuleRefusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The site's settings (网站设置), administrators only: name, domain, 网站标识码, filing numbers, sponsor, contact, favicon. */
@Controller
@RequestMapping("/admin/portal/site")
class SiteSettingsController {

    private final SiteAdministration administration;
    private final PortalAccess access;
    private final HeldUploads uploads;

    SiteSettingsController(SiteAdministration administration, PortalAccess access, HeldUploads uploads) {
        this.administration = administration;
        this.access = access;
        this.uploads = uploads;
    }

    @GetMapping
    String form(Model model) {
        SiteSettings settings = administration.settings();
        model.addAttribute("siteSettingsForm", SiteSettingsForm.of(settings));
        return form(settings, HeldFiles.NONE, model);
    }

    @PostMapping
    String save(@ModelAttribute("siteSettingsForm") SiteSettingsForm form, BindingResult result,
                @RequestParam(name = "favicon", required = false) MultipartFile favicon,
                @RequestParam(name = "heldFavicon", required = false) UUID heldFavicon, Model model,
                RedirectAttributes redirect) {
        access.requireAdministrator();
        HeldFiles icons = uploads.holdOne(favicon, heldFavicon, form.removedFiles(), FilePolicy.IMAGES, "favicon");
        icons.problems().forEach(problem -> FormErrors.reject(result, problem));
        if (!result.hasErrors()) {
            try {
                administration.update(form.settings(), icons.upload(), form.removeFavicon());
                redirect.addFlashAttribute("flashKey", "site.saved");
                return "redirect:/admin/portal/site";
            } catch (RuleRefusal refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return form(administration.settings(), icons, model);
    }

    private static String form(SiteSettings saved, HeldFiles icons, Model model) {
        model.addAttribute("saved", saved);
        model.addAttribute("heldFavicons", icons.files());
        model.addAttribute("faviconPolicy", FilePolicy.IMAGES);
        return "portal/admin/site";
    }
}
