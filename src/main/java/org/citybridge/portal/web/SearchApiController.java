package org.citybridge.portal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.citybridge.portal.ArticleSearch;
import org.citybridge.portal.ArticleSearch.Query;
import org.citybridge.portal.ArticleSearch.Results;
import org.citybridge.shared.ProblemTypes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search?q=}: public, the same search as the page; snippets are HTML with {@code <em>} marks. Pages
 * from 1 ({@link PublicPaging}); a start date after the end date answers 400, a search server that is down 503.
 */
@RestController
class SearchApiController {

    private final ArticleSearch search;
    private final MessageSource messages;

    SearchApiController(ArticleSearch search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping("/api/v1/search")
    Results search(@RequestParam(name = "q", required = false) String q,
                   @RequestParam(name = "column", required = false) Long column,
                   @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(name = "page", defaultValue = "1") int page,
                   @RequestParam(name = "size", defaultValue = "10") int size) {
        PublicPaging.index(page);
        Query query = new Query(q, column, from, to, page, size);
        if (query.datesReversed()) {
            throw new DatesReversed(query);
        }
        Results results = search.search(query);
        PublicPaging.requireWithin(page, results.totalPages());
        return results;
    }

    @ExceptionHandler(DatesReversed.class)
    ProblemDetail datesReversed(DatesReversed e) {
        String message = messages.getMessage("search.error.datesReversed", new Object[]{e.query.from(), e.query.to()},
                LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setType(ProblemTypes.of("invalid-input"));
        problem.setProperty("errors", List.of(Map.of("field", "from", "message", message)));
        return problem;
    }

    /** The search server is down: 503, to be tried again shortly. */
    @ExceptionHandler(ArticleSearch.Unavailable.class)
    ResponseEntity<ProblemDetail> unavailable(ArticleSearch.Unavailable e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage("search.error.unavailable", null, LocaleContextHolder.getLocale()));
        problem.setType(ProblemTypes.of("search-unavailable"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, SearchController.RETRY_AFTER_SECONDS)
                .body(problem);
    }

    static final class DatesReversed extends RuntimeException {

        private final transient Query query;

        DatesReversed(Query query) {
            super("search dates reversed");
            this.query = query;
        }
    }
}
