package org.citybridge.circulars.api;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.citybridge.circulars.domain.CircularDraft;
import org.citybridge.circulars.domain.CircularIssuing;
import org.citybridge.circulars.domain.CircularQueries;
import org.citybridge.circulars.domain.CircularStatus;
import org.citybridge.circulars.domain.CircularSummary;
import org.citybridge.circulars.domain.ReceiptField;
import org.citybridge.circulars.domain.ReceiptForm;
import org.citybridge.circulars.domain.Tracking;
import org.citybridge.circulars.domain.TrackingFilter;
import org.citybridge.circulars.domain.Urgency;
import org.citybridge.directory.Targets;
import org.citybridge.shared.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Issue circulars and follow their deliveries, for the secretariat's own tools. */
@RestController
@RequestMapping("/api/v1/circulars")
class CircularApiController {

    private final CircularIssuing issuing;
    private final CircularQueries queries;

    CircularApiController(CircularIssuing issuing, CircularQueries queries) {
        this.issuing = issuing;
        this.queries = queries;
    }

    /** Writes and issues a circular in one step; questions without a key are numbered f1, f2, ... */
    @PostMapping
    ResponseEntity<CircularIssuing.IssueResult> issue(@RequestBody IssueRequest request) {
        CircularIssuing.IssueResult result = issuing.issueNew(request.draft(), List.of());
        return ResponseEntity.created(URI.create("/api/v1/circulars/" + result.circularId())).body(result);
    }

    /** Circulars newest first, with how many cities read and replied (within the caller's scope). */
    @GetMapping
    PageOf<CircularSummary> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) CircularStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return queries.list(q, status, Math.max(page, 0), Math.min(Math.max(size, 1), 200));
    }

    @GetMapping("/{id}")
    CircularResponse circular(@PathVariable long id) {
        return CircularResponse.of(queries.details(id));
    }

    @GetMapping("/{id}/deliveries")
    List<DeliveryResponse.Row> deliveries(@PathVariable long id) {
        Tracking tracking = queries.tracking(id, TrackingFilter.none());
        return tracking.rows().stream().map(row -> DeliveryResponse.Row.of(tracking.circular(), row)).toList();
    }

    record IssueRequest(String docNumber, String title, Urgency urgency, String bodyHtml, Targets targets,
                        List<ReceiptField> receiptForm, Instant deadline) {

        CircularDraft draft() {
            ReceiptForm form = receiptForm == null ? null : new ReceiptForm(numbered(receiptForm));
            return new CircularDraft(docNumber, title, urgency == null ? Urgency.NORMAL : urgency, bodyHtml, targets, form, deadline);
        }

        private static List<ReceiptField> numbered(List<ReceiptField> fields) {
            List<ReceiptField> numbered = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                ReceiptField f = fields.get(i);
                String key = f.key() == null || f.key().isBlank() ? "f" + (i + 1) : f.key();
                numbered.add(new ReceiptField(key, f.label(), f.type(), f.required(), f.options()));
            }
            return numbered;
        }
    }
}
