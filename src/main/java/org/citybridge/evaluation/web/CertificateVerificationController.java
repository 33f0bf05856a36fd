package org.citybridge.evaluation.web;

import org.citybridge.evaluation.domain.Certificates;
import org.citybridge.platform.PublicLayout;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public page a certificate's QR code leads to: whether the certificate is genuine and still stands. */
@Controller
@PublicLayout
class CertificateVerificationController {

    private final Certificates certificates;

    CertificateVerificationController(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/certificates/{serial}")
    String verify(@PathVariable String serial, Model model) {
        model.addAttribute("certificate", certificates.verify(serial));
        return "evaluation/certificate-public";
    }
}
