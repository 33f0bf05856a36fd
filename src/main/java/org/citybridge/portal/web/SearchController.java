package org.citybridge.portal.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citybridge.platform.Dates;
import org.citybridge.platform.PublicLayout;
import org.citybridge.platform.jobs.BackgroundJobs;
import org.citybridge.platform.jobs.JobOutcome;
import org.citybridge.portal.ArticleSearch;
import org.citybridge.portal.ArticleSearch.Query;
import org.citybridge.portal.domain.ColumnNode;
import org.citybridge.portal.domain.CurrentSiteSettings;
import org.citybridge.portal.domain.PublicDataCache;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public search page, and the administrator's rebuild of the index. */
@Controller
@PublicLayout
class SearchController {

    static final int PAGE_SIZE = 10;
    static final String VIEW = "portal/search";
    /** When a reader or a client may try again while the search server is down. */
    static final String RETRY_AFTER_SECONDS = "30";

    private final ArticleSearch search;
    private final PublicDataCache data;
    private final BackgroundJobs jobs;
    private final MessageSource messages;
    private final Dates dates;
    private final CurrentSiteSettings site;

    SearchController(ArticleSearch search, PublicDataCache data, BackgroundJobs jobs, MessageSource messages, Dates dates,
                     CurrentSiteSettings site) {
        this.search = search;
        this.data = data;
        this.jobs = jobs;
        this.messages = messages;
        this.dates = dates;
        this.site = site;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String q,
                  @RequestParam(name = "column", required = false) Long column,
                  @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(name = "page", defaultValue = "1") int page,
                  @RequestParam(name = Pager.JUMP, required = false) String jump, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        PublicPaging.index(page);
        Query query = new Query(q, column, from, to, page, PAGE_SIZE);
        ArticleSearch.Results results;
        try {
            results = search.search(query);
        } catch (ArticleSearch.Unavailable e) {
            // the search server is down: the rest of the site serves on; the reader is told to try again shortly
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            model.addAttribute("query", query);
            return "portal/search-unavailable";
        }
        if (jump != null) {
            int target = Pager.jumpTarget(jump, results.totalPages());
            return "redirect:" + pager(query, target, results).href(target);
        }
        PublicPaging.requireWithin(page, results.totalPages());
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("searchPage", page(query, results, data.columns().columns(), new PageTexts(messages, locale), dates,
                request.getContextPath(), site.get().displayName(locale)));
        return VIEW;
    }

    /** The search page's title and its own part, for these results. */
    static SearchPageHtml page(Query query, ArticleSearch.Results results, List<ColumnNode> columns, PageTexts texts, Dates dates,
                               String contextPath, String siteName) {
        return SearchPageHtml.of(query, results, pager(query, query.page(), results), columns, texts, dates, contextPath, siteName);
    }

    @PostMapping("/admin/portal/search/rebuild")
    @PreAuthorize("hasRole('ADMIN')")
    String rebuild() {
        UUID job = jobs.start(text("search.rebuild.title"), progress -> JobOutcome.message(
                text("search.rebuilt", search.rebuildIndex(progress)), "/search"));
        return "redirect:/admin/jobs/" + job;
    }

    /** The pager of these results; its links keep the search's words, column and dates. */
    private static Pager pager(Query query, int page, ArticleSearch.Results results) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", query.text());
        params.put("column", query.columnId() == null ? null : query.columnId().toString());
        params.put("from", query.from() == null ? null : query.from().toString());
        params.put("to", query.to() == null ? null : query.to().toString());
        return new Pager("/search", params, page, results.totalPages(), results.total());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
