package org.citybridge.events.web;

import java.util.List;

import org.citybridge.events.domain.EventPhotos;
import org.citybridge.events.domain.EventReport;
import org.citybridge.events.domain.EventReporting;
import org.citybridge.files.FilePolicy;
import org.citybridge.files.Upload;
import org.citybridge.portal.ArticleLink;
import org.citybridge.shared.RuleRefusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The event's report (会后报道), the secretariat's: its photos with captions, and the draft article for the portal
 * made from them and the event's figures, which opens in the portal's editor once made.
 */
@Controller
@RequestMapping("/admin/events/{id}")
class EventReportController {

    private final EventReporting reporting;
    private final EventPhotos photos;

    EventReportController(EventReporting reporting, EventPhotos photos) {
        this.reporting = reporting;
        this.photos = photos;
    }

    @GetMapping("/report")
    String report(@PathVariable long id, Model model) {
        EventReport report = reporting.report(id);
        return page(report, new PhotoForm(), EventArticleForm.of(report), model);
    }

    @PostMapping("/photos")
    String upload(@PathVariable long id, @ModelAttribute("photoForm") PhotoForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        try {
            MultipartFile chosen = form.getFile();
            Upload upload = Upload.allOf(chosen == null ? List.of() : List.of(chosen)).stream().findFirst().orElse(null);
            photos.upload(id, upload, form.getCaption());
            redirect.addFlashAttribute("flashKey", "event.documents.photo.uploaded");
            return "redirect:/admin/events/" + id + "/report";
        } catch (RuleRefusal refusal) {
            FormProblems.reject(result, refusal.violations());
            EventReport report = reporting.report(id);
            return page(report, form, EventArticleForm.of(report), model);
        }
    }

    @PostMapping("/photos/{photoId}/remove")
    String remove(@PathVariable long id, @PathVariable long photoId, RedirectAttributes redirect) {
        photos.remove(id, photoId);
        redirect.addFlashAttribute("flashKey", "event.documents.photo.removed");
        return "redirect:/admin/events/" + id + "/report";
    }

    /** Drafts the report and opens it in the portal's editor, where an editor finishes and publishes it. */
    @PostMapping("/article")
    String draft(@PathVariable long id, @ModelAttribute("eventArticleForm") EventArticleForm form, BindingResult result,
                 Model model, RedirectAttributes redirect) {
        try {
            if (!result.hasErrors()) {
                ArticleLink article = reporting.draft(id, form.request());
                redirect.addFlashAttribute("flashKey", "event.documents.article.created");
                return "redirect:" + article.editUrl();
            }
        } catch (RuleRefusal refusal) {
            FormProblems.reject(result, refusal.violations());
        }
        return page(reporting.report(id), new PhotoForm(), form, model);
    }

    private String page(EventReport report, PhotoForm photoForm, EventArticleForm articleForm, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("event", report.event());
        model.addAttribute("photoForm", photoForm);
        model.addAttribute("eventArticleForm", articleForm);
        model.addAttribute("policy", FilePolicy.IMAGES);
        return "events/report";
    }
}
