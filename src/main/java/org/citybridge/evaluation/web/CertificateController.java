package org.citybridge.evaluation.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.citybridge.evaluation.CertificateView;
import org.citybridge.evaluation.domain.Certificates;
import org.citybridge.platform.jobs.BackgroundJobs;
import org.citybridge.platform.jobs.JobOutcome;
import org.citybridge.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A year's certificates to print: all in one PDF, one PDF each in a zip, or one; and revoking one with a reason. */
@Controller
@RequestMapping("/admin/evaluations/{year}")
class CertificateController {

    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final Certificates certificates;
    private final BackgroundJobs jobs;
    private final MessageSource messages;

    CertificateController(Certificates certificates, BackgroundJobs jobs, MessageSource messages) {
        this.certificates = certificates;
        this.jobs = jobs;
        this.messages = messages;
    }

    /** A year's certificates made in the background with their progress shown: hundreds of pages take a while. */
    @PostMapping("/certificates/batch")
    String batch(@PathVariable int year, @RequestParam(defaultValue = "pdf") String format) {
        certificates.requireMayPrint();
        boolean zipped = "zip".equals(format);
        String title = messages.getMessage(zipped ? "evaluation.certificates.zip" : "evaluation.certificates.pdf", null,
                LocaleContextHolder.getLocale()) + " · " + year;
        UUID job = jobs.start(title, progress -> zipped
                ? JobOutcome.file(year + "年度荣誉证书.zip", ZIP.toString(), certificates.zipAll(year, progress))
                : JobOutcome.file(year + "年度荣誉证书.pdf", MediaType.APPLICATION_PDF_VALUE, certificates.printAll(year, progress)));
        return "redirect:/admin/jobs/" + job;
    }

    @GetMapping("/certificates.pdf")
    ResponseEntity<byte[]> all(@PathVariable int year) {
        return download(MediaType.APPLICATION_PDF, year + "年度荣誉证书.pdf", certificates.printAll(year));
    }

    @GetMapping("/certificates.zip")
    ResponseEntity<byte[]> zip(@PathVariable int year) {
        return download(ZIP, year + "年度荣誉证书.zip", certificates.zipAll(year));
    }

    @GetMapping("/certificates/{id}.pdf")
    ResponseEntity<byte[]> one(@PathVariable int year, @PathVariable long id) {
        CertificateView certificate = certificates.one(year, id);
        return download(MediaType.APPLICATION_PDF, certificate.serial() + ".pdf", certificates.printOne(year, id));
    }

    @PostMapping("/certificates/{id}/revoke")
    String revoke(@PathVariable int year, @PathVariable long id, @RequestParam String reason, RedirectAttributes redirect) {
        try {
            certificates.revoke(year, id, reason);
            redirect.addFlashAttribute("flashKey", "evaluation.certificate.revokedNow");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problemKey", violation.messageKey());
            redirect.addFlashAttribute("problemArgs", violation.args());
        }
        return "redirect:/admin/evaluations/" + year + "/commendations#certificates";
    }

    private static ResponseEntity<byte[]> download(MediaType type, String name, byte[] body) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
