package org.citybridge.evaluation.web;

import org.citybridge.evaluation.domain.Seals;
import org.citybridge.files.FilePolicy;
import org.citybridge.files.Upload;
import org.citybridge.shared.Actors;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's settings page for the association's seal printed on the certificates. */
@Controller
@RequestMapping("/admin/evaluations/seal")
class SealController {

    private final Seals seals;

    SealController(Seals seals) {
        this.seals = seals;
    }

    @GetMapping
    String page(Model model) {
        if (Actors.currentOrSystem().role() != Role.ADMIN) {
            throw new AccessDeniedException("the administrator's settings");
        }
        model.addAttribute("seal", seals.current().orElse(null));
        model.addAttribute("policy", FilePolicy.SEALS);
        return "evaluation/seal";
    }

    @PostMapping
    String upload(@RequestParam(value = "image", required = false) MultipartFile image, RedirectAttributes redirect) {
        try {
            if (image == null || image.isEmpty()) {
                throw new RuleViolation("image", "file.error.empty", image == null ? "" : image.getOriginalFilename());
            }
            seals.upload(Upload.of(image));
            redirect.addFlashAttribute("flashKey", "evaluation.seal.saved");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problemKey", violation.messageKey());
            redirect.addFlashAttribute("problemArgs", violation.args());
        }
        return "redirect:/admin/evaluations/seal";
    }
}
