package org.citybridge.portal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citybridge.platform.WebConfiguration;
import org.citybridge.portal.ArticleHits;
import org.citybridge.portal.domain.PublicDataCache;
import org.citybridge.portal.web.PublicPageCache.PageKey;
import org.citybridge.portal.web.PublicPageCache.RenderedPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
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
    private static final Set<String> LANGUAGES = Set.of("zh-CN", "zh", "en");
    private static final String DEFAULT_LANGUAGE = "zh-CN";
    /**
     * The headers a kept page repeats (those Spring Security writes on every page), besides its type and language.
     * Anything else the rendering request got (a cookie, a trace id) stays with that request.
     */
    static final List<String> REPEATED = List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
            "X-XSS-Protection", "Referrer-Policy", "Cache-Control", "Pragma", "Expires", "Strict-Transport-Security",
            "Permissions-Policy", "Cross-Origin-Opener-Policy", "Cross-Origin-Embedder-Policy", "Cross-Origin-Resource-Policy");
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
        PageKey key = keyOf(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        RenderedPage kept = cache.rendered(key);
        if (kept != null) {
            views.count(key.articleId(), request);
            write(kept, key.articleId(), response);
            servedFromCache.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return;
        }
        long changesSeen = cache.changes();
        data.forgetArticle(key.articleId());
        request.setAttribute(HITS_MARK_ATTRIBUTE, hitsMark);
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, rendering);
        } catch (IOException | ServletException | RuntimeException e) {
            cache.forget(key);
            throw e;
        }
        byte[] body = rendering.getContentAsByteArray();
        RenderedPage page = split(body, response);
        if (page == null) {
            cache.forget(key);
            writeWithoutMarks(body, key.articleId(), rendering);
            return;
        }
        if (rendering.getStatus() == HttpServletResponse.SC_OK && response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
            cache.keep(key, page, changesSeen);
        } else {
            cache.forget(key);
        }
        write(page, key.articleId(), response);
    }

    /**
     * The cache key of a plain anonymous request for an article page, or null for any other request. An option cookie
     * sent twice, or with a value the page would not take, makes it another request: the key must say what the page
     * will show.
     */
    private PageKey keyOf(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getQueryString() != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return null;
        }
        Matcher path = PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!path.matches()) {
            return null;
        }
        String size = null;
        String contrast = null;
        String language = null;
        Cookie[] cookies = request.getCookies();
        for (Cookie cookie : cookies == null ? new Cookie[0] : cookies) {
            String name = cookie.getName();
            String value = cookie.getValue();
            if (name.equals(sessionCookie)) {
                return null;
            } else if (name.equals(SitePreferences.SIZE_COOKIE)) {
                if (size != null || !SitePreferences.isFontSize(value)) {
                    return null;
                }
                size = value;
            } else if (name.equals(SitePreferences.CONTRAST_COOKIE)) {
                if (contrast != null || !SitePreferences.isContrast(value)) {
                    return null;
                }
                contrast = value;
            } else if (name.equals(WebConfiguration.LANGUAGE_COOKIE)) {
                if (language != null || !LANGUAGES.contains(value)) {
                    return null;
                }
                language = value;
            }
        }
        return new PageKey(Long.parseLong(path.group(1)), size == null ? SitePreferences.DEFAULT_SIZE : size,
                contrast == null ? SitePreferences.DEFAULT_CONTRAST : contrast, language == null ? DEFAULT_LANGUAGE : language,
                request.isSecure());
    }

    /** The rendered page split around the hit mark, with the headers to repeat; null unless it holds one mark. */
    private RenderedPage split(byte[] body, HttpServletResponse response) {
        int at = indexOf(body, hitsMarkBytes, 0);
        if (at < 0 || indexOf(body, hitsMarkBytes, at + hitsMarkBytes.length) >= 0) {
            return null;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : REPEATED) {
            response.getHeaders(name).forEach(value -> headers.add(new AbstractMap.SimpleImmutableEntry<>(name, value)));
        }
        byte[] before = Arrays.copyOfRange(body, 0, at);
        byte[] after = Arrays.copyOfRange(body, at + hitsMarkBytes.length, body.length);
        return new RenderedPage(response.getContentType(), response.getLocale(), List.copyOf(headers), before, after);
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
        response.setContentType(page.contentType());
        response.setLocale(page.locale());
        List<String> set = new ArrayList<>(page.headers().size());
        for (Map.Entry<String, String> header : page.headers()) {
            if (set.contains(header.getKey())) {
                response.addHeader(header.getKey(), header.getValue());
            } else {
                response.setHeader(header.getKey(), header.getValue());
                set.add(header.getKey());
            }
        }
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
