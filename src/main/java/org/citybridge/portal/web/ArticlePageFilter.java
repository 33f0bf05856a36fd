package org.citybridge.portal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citybridge.portal.ArticleHits;
import org.citybridge.portal.domain.PublicDataCache;
import org.citybridge.portal.web.PublicPageCache.PageKey;
import org.citybridge.portal.web.PublicPageCache.RenderedPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves article pages to anonymous readers from the page rendered for the same options moments ago ({@link
 * PublicPageCache}), in front of the session, security and MVC machinery, which would only repeat what the rendering
 * request went through: the page is public, and the response repeats the headers (CSP and the rest) that request got.
 * The hit count is written into the page at serving time, and the view is counted ({@link ArticleViews}). Pages served so are timed as
 * {@code citybridge.portal.article.pages.cached}; the rendering requests are in {@code http.server.requests}.
 *
 * <p>A request that is not a plain anonymous GET of {@code /article/{id}.html} (a query string, a session cookie, an
 * {@code Authorization} header, an option cookie with an unknown value) passes through untouched. A request that
 * renders the page marks where the hit count goes: the controller writes {@link #HITS_MARK_ATTRIBUTE} instead of the
 * count, so the page can be split around it.
 */
class ArticlePageFilter extends HttpFilter {

    static final String HITS_MARK_ATTRIBUTE = "org.citybridge.portal.web.ArticlePageFilter.hitsMark";
    private static final Pattern PATH = Pattern.compile("/article/([1-9][0-9]{0,17})\\.html");
    private static final Logger log = LoggerFactory.getLogger(ArticlePageFilter.class);

    /** Unguessable, so that no article text can contain it. */
    private final String hitsMark = "hits" + UUID.randomUUID().toString().replace("-", "");
    private final byte[] hitsMarkBytes = hitsMark.getBytes(StandardCharsets.US_ASCII);
    private final PublicPageCache cache;
    private final PublicDataCache data;
    private final ArticleViews views;
    private final ArticleHits hits;
    private final Timer servedFromCache;
    private final String sessionCookie;

    ArticlePageFilter(PublicPageCache cache, PublicDataCache data, ArticleViews views, ArticleHits hits, Timer servedFromCache,
                      String sessionCookie) {
        this.cache = cache;
        this.data = data;
        this.views = views;
        this.hits = hits;
        this.servedFromCache = servedFromCache;
        this.sessionCookie = sessionCookie;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher path = PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        PageKey key = request.getQueryString() == null && path.matches()
                ? AnonymousReaders.key(request, path.group(), sessionCookie) : null;
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        long articleId = Long.parseLong(path.group(1));
        long start = System.nanoTime();
        RenderedPage kept = cache.rendered(key);
        if (kept != null) {
            views.count(articleId, request);
            write(kept, articleId, response);
            servedFromCache.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return;
        }
        long changesSeen = cache.changes();
        data.forgetArticle(articleId);
        request.setAttribute(HITS_MARK_ATTRIBUTE, hitsMark);
        ContentCachingResponseWrapper rendering = AnonymousReaders.render(request, response, chain, cache, key);
        byte[] body = rendering.getContentAsByteArray();
        RenderedPage page = split(body, response);
        if (page == null) {
            cache.forget(key);
            writeWithoutMarks(body, articleId, rendering);
            return;
        }
        if (AnonymousReaders.isForEveryone(rendering, response)) {
            cache.keep(key, page, changesSeen);
        } else {
            cache.forget(key);
        }
        write(page, articleId, response);
    }

    /** The rendered page split around the hit mark, with the headers to repeat; null unless it holds one mark. */
    private RenderedPage split(byte[] body, HttpServletResponse response) {
        int at = indexOf(body, hitsMarkBytes, 0);
        if (at < 0 || indexOf(body, hitsMarkBytes, at + hitsMarkBytes.length) >= 0) {
            return null;
        }
        byte[] before = Arrays.copyOfRange(body, 0, at);
        byte[] after = Arrays.copyOfRange(body, at + hitsMarkBytes.length, body.length);
        return new RenderedPage(response.getContentType(), response.getLocale(), AnonymousReaders.repeatedHeaders(response),
                before, after, null, null);
    }

    /** A response that is not one page with one mark (an error page, say) goes out as it is, any mark replaced. */
    private void writeWithoutMarks(byte[] body, long articleId, ContentCachingResponseWrapper rendering) throws IOException {
        if (indexOf(body, hitsMarkBytes, 0) >= 0) {
            log.warn("Article page {} shows its hit count more than once; it is not kept for other readers", articleId);
            byte[] count = Long.toString(hits.hits(articleId)).getBytes(StandardCharsets.US_ASCII);
            ByteArrayOutputStream replaced = new ByteArrayOutputStream(body.length);
            int from = 0;
            for (int at = indexOf(body, hitsMarkBytes, 0); at >= 0; at = indexOf(body, hitsMarkBytes, from)) {
                replaced.write(body, from, at - from);
                replaced.write(count);
                from = at + hitsMarkBytes.length;
            }
            replaced.write(body, from, body.length - from);
            rendering.resetBuffer();
            rendering.getOutputStream().write(replaced.toByteArray());
        }
        rendering.copyBodyToResponse();
    }

    private void write(RenderedPage page, long articleId, HttpServletResponse response) throws IOException {
        AnonymousReaders.writeHeaders(page, response);
        byte[] count = Long.toString(hits.hits(articleId)).getBytes(StandardCharsets.US_ASCII);
        response.setContentLength(page.beforeHits().length + count.length + page.afterHits().length);
        ServletOutputStream out = response.getOutputStream();
        out.write(page.beforeHits());
        out.write(count);
        out.write(page.afterHits());
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
