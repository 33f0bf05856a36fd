package org.citybridge.portal.web;

import java.time.LocalDate;

import org.citybridge.portal.ArticleSearch;
import org.citybridge.portal.ArticleSearch.Query;
import org.citybridge.portal.ArticleSearch.Results;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/search?q=}: public, the same search as the page; snippets are HTML with {@code <em>} marks. */
@RestController
class SearchApiController {

    private final ArticleSearch search;

    SearchApiController(ArticleSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    Results search(@RequestParam(name = "q", required = false) String q,
                   @RequestParam(name = "column", required = false) Long column,
                   @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(name = "page", defaultValue = "1") int page,
                   @RequestParam(name = "size", defaultValue = "10") int size) {
        return search.search(new Query(q, column, from, to, page, size));
    }
}
