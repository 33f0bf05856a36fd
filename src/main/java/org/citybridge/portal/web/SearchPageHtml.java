package org.citybridge.portal.web;

import java.util.List;

import org.citybridge.platform.Dates;
import org.citybridge.portal.ArticleSearch;
import org.citybridge.portal.ArticleSearch.Query;
import org.citybridge.portal.domain.ColumnNode;

/**
 * The search page's title (as text) and its own part (the markup inside its {@code content} element: the form, the
 * count, the results, the pager), for both ways to the page ({@link FreshSearchPages} and {@link SearchController}
 * through {@code portal/search}). Written without a template: a fresh search page is almost all CPU, and rendering
 * these ten results with Thymeleaf was a fifth of it. Every text is escaped here but the results' titles and snippets,
 * which the search escaped itself leaving only its marks as markup.
 */
record SearchPageHtml(String title, String content) {

    static SearchPageHtml of(Query query, ArticleSearch.Results results, Pager pager, List<ColumnNode> columns,
                             PageTexts texts, Dates dates, String contextPath, String siteName) {
        String heading = texts.get("search.title");
        HtmlOut out = new HtmlOut(16_384);
        out.tag("<h1 class=\"h3 mb-3\">").text(heading).tag("</h1>\n");
        form(out, query, columns, texts, heading, contextPath);
        if (query.isBlank()) {
            out.tag("<p class=\"text-muted\" role=\"status\">").text(texts.get("search.prompt")).tag("</p>\n");
        } else if (query.datesReversed()) {
            out.tag("<p class=\"alert alert-warning\" role=\"alert\" id=\"search-dates-reversed\">")
                    .text(texts.get("search.error.datesReversed", query.from(), query.to())).tag("</p>\n");
        } else if (results.total() == 0) {
            boolean filtered = query.columnId() != null || query.from() != null || query.to() != null;
            out.tag("<p class=\"alert alert-light search-none\" role=\"status\">")
                    .text(texts.get(filtered ? "search.noneFiltered" : "search.none", query.text())).tag("</p>\n");
        } else {
            out.tag("<p class=\"text-muted\">").text(texts.get("search.total", results.total())).tag("</p>\n")
                    .tag("<ol class=\"list-unstyled search-results\">\n");
            String published = texts.get("search.published");
            for (ArticleSearch.Hit hit : results.hits()) {
                out.tag("<li class=\"mb-4\">\n<h2 class=\"h5 mb-1\"><a href=\"").text(contextPath + hit.url()).tag("\">")
                        .html(hit.titleHtml()).tag("</a></h2>\n<div class=\"small text-muted mb-1\">\n<span>").text(hit.columnName())
                        .tag("</span> ·\n<span>").text(published).tag("</span>\n<time datetime=\"").text(hit.publishAt())
                        .tag("\">").text(dates.format(hit.publishAt()))
                        .tag("</time>\n</div>\n<p class=\"mb-0\">").html(hit.snippetHtml()).tag("</p>\n</li>\n");
            }
            out.tag("</ol>\n");
            PagerHtml.write(out, pager, texts.get("search.pages"), texts, contextPath);
        }
        String title = (query.text().isEmpty() ? "" : query.text() + " - ") + heading + " - " + siteName;
        return new SearchPageHtml(title, out.toString());
    }

    /** The title as the page's {@code title} element. */
    String titleElement() {
        return new HtmlOut(title.length() + 32).tag("<title>").text(title).tag("</title>").toString();
    }

    /** The page's own part in its {@code content} element, as the public layout places it. */
    String contentElement() {
        return "<div id=\"content\">" + content + "</div>";
    }

    private static void form(HtmlOut out, Query query, List<ColumnNode> columns, PageTexts texts, String heading, String contextPath) {
        out.tag("<form class=\"row g-2 align-items-end mb-4\" method=\"get\" action=\"").text(contextPath + "/search")
                .tag("\" role=\"search\" aria-label=\"").text(heading).tag("\">\n")
                .tag("<div class=\"col-md-4\">\n<label class=\"form-label\" for=\"search-q\">").text(texts.get("search.query"))
                .tag("</label>\n<input class=\"form-control\" type=\"search\" id=\"search-q\" name=\"q\" value=\"").text(query.text())
                .tag("\" maxlength=\"100\">\n</div>\n")
                .tag("<div class=\"col-md-3\">\n<label class=\"form-label\" for=\"search-column\">").text(texts.get("search.column"))
                .tag("</label>\n<select class=\"form-select\" id=\"search-column\" name=\"column\">\n<option value=\"\">")
                .text(texts.get("search.allColumns")).tag("</option>\n");
        for (ColumnNode column : columns) {
            boolean selected = query.columnId() != null && query.columnId() == column.id();
            out.tag("<option value=\"").text(column.id()).tag(selected ? "\" selected=\"selected\">" : "\">").text(column.path())
                    .tag("</option>\n");
        }
        out.tag("</select>\n</div>\n");
        date(out, "search-from", "from", texts.get("search.from"), query.from());
        date(out, "search-to", "to", texts.get("search.to"), query.to());
        out.tag("<div class=\"col-md-1\">\n<button class=\"btn btn-danger w-100\" type=\"submit\">").text(texts.get("search.submit"))
                .tag("</button>\n</div>\n</form>\n");
    }

    private static void date(HtmlOut out, String id, String name, String label, Object value) {
        out.tag("<div class=\"col-md-2\">\n<label class=\"form-label\" for=\"").tag(id).tag("\">").text(label)
                .tag("</label>\n<input class=\"form-control\" type=\"date\" id=\"").tag(id).tag("\" name=\"").tag(name)
                .tag("\" value=\"").text(value).tag("\">\n</div>\n");
    }
}
