package org.citybridge.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.citybridge.portal.ArticleHits;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Which requests of a live article's page count as a view: every GET of the page by a reader, not a bot ({@link
 * BotDetector}); a HEAD, the print view ({@code ?print=1}) and a preview do not. The one place that counts views, for
 * pages served from memory ({@link ArticlePageFilter}) and pages rendered ({@link PublicSiteController}) alike.
 */
@Component
class ArticleViews {

    private final ArticleHits hits;

    ArticleViews(ArticleHits hits) {
        this.hits = hits;
    }

    /** Counts the request as a view of the article if it is one; the caller has found the article live. */
    void count(long articleId, HttpServletRequest request) {
        if ("GET".equals(request.getMethod()) && !ArticlePageModel.isPrintView(request.getParameter("print"))
                && !BotDetector.isBot(request.getHeader(HttpHeaders.USER_AGENT))) {
            hits.record(articleId);
        }
    }
}
