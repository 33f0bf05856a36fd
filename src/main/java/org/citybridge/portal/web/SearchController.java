package org.citybridge.portal.web;

import java.time.LocalDate;

import org.citybridge.portal.ArticleSearch;
import org.citybridge.portal.ArticleSearch.Query;
import org.citybridge.portal.domain.PublicDataCache;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.citybridge.platform.PublicLayout;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public search page, and the administrator's rebuild of the index. */
@Controller
@PublicLayout
class SearchController {

    static final int PAGE_SIZE = 10;

    private final ArticleSearch search;
    private final PublicDataCache data;

    SearchController(ArticleSearch search, PublicDataCache data) {
        this.search = search;
        this.data = data;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String q,
                  @RequestParam(name = "column", required = false) Long column,
                  @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        PublicPaging.index(page);
        Query query = new Query(q, column, from, to, page, PAGE_SIZE);
        ArticleSearch.Results results = search.search(query);
        PublicPaging.requireWithin(page, results.totalPages());
        model.addAttribute("query", query);
        model.addAttribute("results", results);
        model.addAttribute("columns", data.columns().columns());
        return "portal/search";
    }

    @PostMapping("/admin/portal/search/rebuild")
    @PreAuthorize("hasRole('ADMIN')")
    String rebuild(RedirectAttributes redirect) {
        redirect.addAttribute("searchIndexRebuilt", search.rebuildIndex());
        return "redirect:/admin";
    }
}
