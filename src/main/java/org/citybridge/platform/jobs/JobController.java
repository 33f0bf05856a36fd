package org.citybridge.platform.jobs;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.citybridge.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/** A user's long jobs: the progress page (polled while it runs), the list of their jobs, and the files they made. */
@Controller
@RequestMapping("/admin/jobs")
class JobController {

    private final BackgroundJobs jobs;

    JobController(BackgroundJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("jobs", jobs.mine());
        return "jobs/list";
    }

    @GetMapping("/{id}")
    String job(@PathVariable UUID id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("job", jobs.find(id).orElseThrow(JobController::notFound));
        return htmx != null ? "jobs/job :: progress" : "jobs/job";
    }

    @GetMapping("/{id}/download")
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        JobOutcome file = jobs.file(id).orElseThrow(JobController::notFound);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    private static NotFoundException notFound() {
        return new NotFoundException("job.notFound");
    }
}
