package org.citybridge.portal.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citybridge.platform.Dates;
import org.citybridge.portal.ArticleSearch;
import org.citybridge.portal.ArticleSearch.Query;
import org.citybridge.portal.domain.PublicDataCache;
import org.citybridge.portal.web.PublicPageCache.PageKey;
import org.citybridge.shared.Actor;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a search page for an anonymous reader from {@link ListingPageFilter}, past the session, security and MVC
 * machinery that a page for everyone does not need: the page {@link SearchController} gives, with what the layout's
 * advices give every public page ({@code LayoutModelAdvice}, {@link PublicSiteAdvice}) for a reader who is not signed
 * in. A fresh search is almost all CPU, and that machinery was about a fifth of it. Only the page's title and its own
 * part are made for each search ({@link SearchPageHtml}, as the usual way makes them), into the layout kept for the
 * reader's options ({@link SearchLayouts}).
 *
 * <p>Only a plain search is rendered here: the words, a column, dates and a page number, each once and readable, on a
 * page that exists, with the search server answering. Anything else (a jump to a page, a parameter that cannot be
 * read, a page past the last, an option set by a link, the search server down) answers null, and the request goes the
 * usual way, which answers it as it answers everyone. These pages are not timed as {@code http.server.requests} (they
 * never reach its filter) but as {@code citybridge.portal.search.pages.fresh}.
 */
@Component
class FreshSearchPages {

    private static final Set<String> PARAMETERS = Set.of("q", "column", "from", "to", "page");

    private final ArticleSearch search;
    private final PublicDataCache data;
    private final PublicSiteAdvice layoutAdvice;
    private final ITemplateEngine templates;
    private final ApplicationContext context;
    private final ConversionService conversions;
    private final Timer rendered;
    private final SearchLayouts layouts;
    private final MessageSource messages;
    private final Dates dates;
    private volatile JakartaServletWebApplication application;

    FreshSearchPages(ArticleSearch search, PublicDataCache data, PublicSiteAdvice layoutAdvice, ITemplateEngine templates,
                     ApplicationContext context, ConversionService conversions, MeterRegistry meters, SearchLayouts layouts,
                     MessageSource messages, Dates dates) {
        this.search = search;
        this.data = data;
        this.layoutAdvice = layoutAdvice;
        this.templates = templates;
        this.context = context;
        this.conversions = conversions;
        this.rendered = Timer.builder("citybridge.portal.search.pages.fresh")
                .description("Search pages rendered for anonymous readers past the security and MVC machinery")
                .register(meters);
        this.layouts = layouts;
        this.messages = messages;
        this.dates = dates;
    }

    /** The page's bytes, in the reader's language and options as {@code key} says, or null for the usual way. */
    byte[] render(HttpServletRequest request, HttpServletResponse response, PageKey key) {
        long start = System.nanoTime();
        Query query = query(request);
        if (query == null) {
            return null;
        }
        ArticleSearch.Results results;
        try {
            results = search.search(query);
        } catch (ArticleSearch.Unavailable e) {
            return null;
        }
        if (query.page() > Math.max(1, results.totalPages())) {
            return null;
        }
        Locale locale = StringUtils.parseLocale(key.language());
        SearchPageHtml page = SearchController.page(query, results, data.columns().columns(), new PageTexts(messages, locale), dates,
                request.getContextPath(), layoutAdvice.site().displayName(locale));
        SearchLayouts.Layout layout = layouts.layout(new SearchLayouts.Options(key.fontSize(), key.contrast(), key.language()),
                marks -> templates.process(SearchLayouts.TEMPLATE, new WebContext(application(request).buildExchange(request, response),
                        locale, layoutModel(key, marks))));
        byte[] bytes = layout.around(page.titleElement(), page.contentElement()).getBytes(StandardCharsets.UTF_8);
        rendered.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        return bytes;
    }

    /** What the public layout needs (what its advices give every public page), and the marks it is to show. */
    private Map<String, Object> layoutModel(PageKey key, Map<String, Object> marks) {
        Map<String, Object> model = new HashMap<>(marks);
        model.put("actor", Actor.PUBLIC);
        model.put("requestPath", "/search");
        model.put("site", layoutAdvice.site());
        model.put("navigation", layoutAdvice.navigation());
        model.put("prefs", new SitePreferences(key.fontSize(), key.contrast()));
        model.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, conversions));
        return model;
    }

    /** Thymeleaf's view of the servlet context, built for the first search. */
    private JakartaServletWebApplication application(HttpServletRequest request) {
        JakartaServletWebApplication built = application;
        if (built == null) {
            built = JakartaServletWebApplication.buildApplication(request.getServletContext());
            application = built;
        }
        return built;
    }

    /** The search the request asks for, or null when it is not a plain one. */
    private static Query query(HttpServletRequest request) {
        Map<String, String[]> parameters = request.getParameterMap();
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (!PARAMETERS.contains(parameter.getKey()) || parameter.getValue().length != 1) {
                return null;
            }
        }
        try {
            String page = request.getParameter("page");
            int number = page == null || page.isEmpty() ? 1 : Integer.parseInt(page);
            if (number < 1) {
                return null;
            }
            return new Query(request.getParameter("q"), column(request.getParameter("column")),
                    date(request.getParameter("from")), date(request.getParameter("to")), number, SearchController.PAGE_SIZE);
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    private static Long column(String value) {
        return value == null || value.isEmpty() ? null : Long.valueOf(value);
    }

    private static LocalDate date(String value) {
        return value == null || value.isEmpty() ? null : LocalDate.parse(value);
    }
}
