package org.citybridge.evaluation.api;

import java.util.Locale;

import org.citybridge.evaluation.web.WorkReportDownloads;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The year's work report as Word and PDF for scripts; the secretariat only, as in the back office. */
@RestController
@RequestMapping("/api/v1/reports")
class WorkReportApiController {

    private final WorkReportDownloads downloads;

    WorkReportApiController(WorkReportDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/{year}/work-report.docx")
    ResponseEntity<byte[]> docx(@PathVariable int year, Locale locale) {
        return downloads.docx(year, locale);
    }

    @GetMapping("/{year}/work-report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int year, Locale locale) {
        return downloads.pdf(year, locale);
    }
}
