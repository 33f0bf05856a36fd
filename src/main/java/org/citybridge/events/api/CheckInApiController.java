package org.citybridge.events.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.citybridge.events.domain.CheckInAnswer;
import org.citybridge.events.domain.CheckInList;
import org.citybridge.events.domain.CheckInRefused;
import org.citybridge.events.domain.CheckInRequest;
import org.citybridge.events.domain.CheckIns;
import org.citybridge.shared.ProblemTypes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Check-in for the stations at the venue: one scan, a station's offline queue, and the list a station keeps to work
 * offline. Under {@code /api/v1} for scanners and scripts (HTTP Basic or a token, no session), and the very same under
 * {@code /events/{id}/check-in/} for the signed-in check-in page (session and CSRF token, as the back office's own
 * scripts call it). A scan that checks nobody in answers a 422 problem {@code urn:citybridge:problem:check-in-refused}
 * whose title says why in a few words and whose {@code reason} says it to a program; in a batch, each refused scan
 * carries the same.
 */
@RestController
class CheckInApiController {

    static final URI REFUSED = ProblemTypes.of("check-in-refused");

    private final CheckIns checkIns;
    private final MessageSource messages;

    CheckInApiController(CheckIns checkIns, MessageSource messages) {
        this.checkIns = checkIns;
        this.messages = messages;
    }

    /** Why a scan checked nobody in. */
    record Refusal(CheckInRefused.Reason reason, String title, String detail, String field) {
    }

    /** One scan of a batch: checked in (or already), or refused. */
    record BatchAnswer(String clientId, CheckInAnswer checkIn, Refusal refused) {
    }

    @PostMapping({"/api/v1/events/{id}/check-ins", "/events/{id}/check-in/scans"})
    CheckInAnswer checkIn(@PathVariable long id, @RequestBody CheckInRequest request) {
        return checkIns.checkIn(id, request);
    }

    /** A station's queue, as a JSON array of scans; each is answered, in the order sent. */
    @PostMapping({"/api/v1/events/{id}/check-ins/batch", "/events/{id}/check-in/scans/batch"})
    List<BatchAnswer> checkInAll(@PathVariable long id, @RequestBody List<CheckInRequest> requests) {
        return checkIns.checkInAll(id, requests).stream()
                .map(o -> new BatchAnswer(o.clientId(), o.checkIn(), o.refusal() == null ? null : refusal(o.refusal())))
                .toList();
    }

    @GetMapping({"/api/v1/events/{id}/check-in-list", "/events/{id}/check-in/list"})
    CheckInList list(@PathVariable long id, @RequestParam(required = false) Long session) {
        return checkIns.list(id, session);
    }

    @ExceptionHandler(CheckInRefused.class)
    ProblemDetail refused(CheckInRefused e) {
        Refusal refusal = refusal(e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, refusal.detail());
        problem.setType(REFUSED);
        problem.setTitle(refusal.title());
        problem.setProperty("reason", refusal.reason());
        if (e.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", refusal.detail())));
        }
        return problem;
    }

    private Refusal refusal(CheckInRefused e) {
        var locale = LocaleContextHolder.getLocale();
        return new Refusal(e.reason(), messages.getMessage(e.titleKey(), null, locale),
                messages.getMessage(e.messageKey(), e.args(), locale), e.field());
    }
}
