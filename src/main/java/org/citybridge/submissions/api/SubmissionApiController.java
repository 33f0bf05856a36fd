package org.citybridge.submissions.api;

import java.net.URI;
import java.util.List;

import org.citybridge.submissions.ReviewAction;
import org.citybridge.submissions.SubmissionKind;
import org.citybridge.submissions.SubmissionView;
import org.citybridge.submissions.domain.Adoption;
import org.citybridge.submissions.domain.ReportInput;
import org.citybridge.submissions.domain.SubmissionQueries;
import org.citybridge.submissions.domain.SubmissionReview;
import org.citybridge.submissions.domain.SubmissionWriting;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reports for scripts and other systems; the same rules and scope as the back office. */
@RestController
@RequestMapping("/api/v1/submissions")
class SubmissionApiController {

    private final SubmissionWriting writing;
    private final SubmissionReview review;
    private final SubmissionQueries queries;

    SubmissionApiController(SubmissionWriting writing, SubmissionReview review, SubmissionQueries queries) {
        this.writing = writing;
        this.review = review;
        this.queries = queries;
    }

    /** A report as the city writes it; {@code submit} sends it at once (default: keep it as a draft). */
    record Report(String title, SubmissionKind kind, String bodyHtml, Boolean submit) {
        ReportInput input() {
            return new ReportInput(title, kind, bodyHtml);
        }

        boolean submitNow() {
            return Boolean.TRUE.equals(submit);
        }
    }

    /** {@code action}: return | reject | adopt; opinion required to return or reject; columnId required to adopt. */
    record Review(String action, String opinion, Long columnId, String title, String bodyHtml, String source,
                  String author) {
    }

    @PostMapping
    ResponseEntity<SubmissionView> create(@RequestBody Report report) {
        long id = writing.create(report.input(), report.submitNow(), List.of());
        return ResponseEntity.created(URI.create("/api/v1/submissions/" + id)).body(queries.submission(id));
    }

    @GetMapping("/{id}")
    SubmissionView submission(@PathVariable long id) {
        return queries.submission(id);
    }

    /** Revises a draft or a returned report (and submits it again when {@code submit}). */
    @PutMapping("/{id}")
    SubmissionView revise(@PathVariable long id, @RequestBody Report report) {
        writing.revise(id, report.input(), report.submitNow(), List.of());
        return queries.submission(id);
    }

    @PostMapping("/{id}/review")
    SubmissionView review(@PathVariable long id, @RequestBody Review request) {
        review.review(id, ReviewAction.fromCode(request.action()), request.opinion(), new Adoption(request.columnId(),
                request.title(), request.bodyHtml(), request.source(), request.author(), request.opinion()));
        return queries.submission(id);
    }
}
