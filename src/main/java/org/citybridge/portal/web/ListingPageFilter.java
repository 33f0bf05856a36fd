package org.citybridge.portal.web;

import java.io.IOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citybridge.portal.web.PublicPageCache.PageKey;
import org.citybridge.portal.web.PublicPageCache.RenderedPage;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the pages that list articles (the home page, column pages with their page number, search results, the site
 * map) to anonymous readers from the page rendered for the same options moments ago ({@link PublicPageCache}), in front of the session,
 * security and MVC machinery, as {@link ArticlePageFilter} does for article pages. These pages show no hit count, so they
 * are kept whole, with a tag of their bytes ({@code ETag}) and the time they were first rendered as they are ({@code
 * Last-Modified}): a reader's cache may keep them but asks every time ({@code Cache-Control: no-cache}), and gets {@code
 * 304 Not Modified} while the page is the same. Pages served from memory are timed as {@code
 * citybridge.portal.listing.pages.cached}.
 *
 * <p>Any other request passes through untouched: not a GET, another query string than a page number on the home and
 * column pages, a session cookie, an {@code Authorization} header, an option cookie sent twice or with an unknown value.
 * A rendered page is kept only when it answered 200 and set no cookie (a link with {@code ?size=} or {@code ?lang=}
 * sets one), so the response never carries anything personal. Its gzip-compressed bytes are kept with it once a
 * reader's browser has asked for them.
 *
 * <p>On Tomcat, {@link KeptListingPageValve} serves kept pages before the request reaches any filter, and lets through
 * those this filter is to render, marked with the key they render ({@link KeptListingPageValve#RENDER_ATTRIBUTE}):
 * this filter then serves kept pages only where there is no such valve (a test's mock server).
 *
 * <p>A plain search that is not kept is rendered here, past that machinery, by {@link FreshSearchPages}, with the
 * headers the last page rendered the usual way got, and kept only if it was asked for a moment before ({@link
 * PublicPageCache#keepIfAskedAgain}); anything else is rendered by the rest of the chain.
 *
 * <p>Only a few pages are rendered at once ({@code citybridge.portal.concurrent-renderings}, twice the cores by
 * default), the others waiting their turn in the order they came: a rendering is almost all CPU (a search in the
 * in-memory index, the template), and dozens of them sharing two cores each take dozens of times as long, the costly
 * ones (a search matching thousands of articles) longest of all, while the kept pages are served as before.
 */
class ListingPageFilter extends HttpFilter {

    private static final Pattern COLUMN = Pattern.compile("/column/[a-z0-9][a-z0-9-]{0,40}");
    private static final Pattern PAGE_NUMBER = Pattern.compile("page=[1-9][0-9]{0,5}");
    private static final int MAX_SEARCH_QUERY = 400;
    private static final String SEARCH = "/search";
    /** Kept pages replace what Spring Security says of caching (store nothing) by this: keep, but ask each time. */
    private static final List<String> CACHING = List.of(HttpHeaders.CACHE_CONTROL, HttpHeaders.PRAGMA, HttpHeaders.EXPIRES);

    private final PublicPageCache cache;
    private final Timer servedFromCache;
    private final String sessionCookie;
    private final Clock clock;
    private final Semaphore renderings;
    private final FreshSearchPages searches;
    /** As the last page rendered the usual way got them, over plain HTTP and over HTTPS; none before the first. */
    private volatile Headers plainHeaders;
    private volatile Headers secureHeaders;

    /** @param renderings how many pages may be rendered at once; the others wait their turn, first come first served */
    ListingPageFilter(PublicPageCache cache, Timer servedFromCache, String sessionCookie, Clock clock, int renderings,
                      FreshSearchPages searches) {
        this.cache = cache;
        this.servedFromCache = servedFromCache;
        this.sessionCookie = sessionCookie;
        this.clock = clock;
        this.renderings = new Semaphore(renderings, true);
        this.searches = searches;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        PageKey toRender = (PageKey) request.getAttribute(KeptListingPageValve.RENDER_ATTRIBUTE);
        String page = toRender == null ? pageOf(request) : null;
        PageKey key = toRender != null ? toRender : page == null ? null : AnonymousReaders.key(request, page, sessionCookie);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        RenderedPage kept = toRender == null ? cache.rendered(key) : null;
        if (kept != null) {
            write(kept, request, response);
            servedFromCache.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return;
        }
        long changesSeen = cache.changes();
        ContentCachingResponseWrapper rendering;
        renderings.acquireUninterruptibly();
        try {
            Headers headers = key.secure() ? secureHeaders : plainHeaders;
            byte[] fresh = headers != null && key.page().startsWith(SEARCH) ? searches.render(request, response, key) : null;
            if (fresh != null) {
                write(cache.keepIfAskedAgain(key, rendered(fresh, headers, StringUtils.parseLocale(key.language())), changesSeen),
                        request, response);
                return;
            }
            rendering = AnonymousReaders.render(request, response, chain, cache, key);
        } finally {
            renderings.release();
        }
        if (!AnonymousReaders.isForEveryone(rendering, response) || response.isCommitted()) {
            cache.forget(key);
            rendering.copyBodyToResponse();
            return;
        }
        Headers headers = headers(response);
        if (key.secure()) {
            secureHeaders = headers;
        } else {
            plainHeaders = headers;
        }
        RenderedPage rendered = cache.keep(key, rendered(rendering.getContentAsByteArray(), headers, response.getLocale()), changesSeen);
        response.reset();
        write(rendered, request, response);
    }

    /** The page asked for as the cache knows it (path and query), or null when it is not one this filter keeps. */
    static String pageOf(HttpServletRequest request) {
        if (request.getRequestURI() == null) {
            return null; // a request line Tomcat could not read, on its way to Tomcat's own 400
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        if (path.equals("/") || path.equals("/sitemap.html")) {
            return query == null ? path : null;
        }
        if (path.equals(SEARCH)) {
            return query == null ? path : query.length() <= MAX_SEARCH_QUERY ? path + "?" + query : null;
        }
        if (COLUMN.matcher(path).matches()) {
            return query == null ? path : PAGE_NUMBER.matcher(query).matches() ? path + "?" + query : null;
        }
        return null;
    }

    /** The type and the headers a page for everyone is kept with, as the application gave them to this one. */
    private static Headers headers(HttpServletResponse response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (Map.Entry<String, String> header : AnonymousReaders.repeatedHeaders(response)) {
            if (CACHING.stream().noneMatch(header.getKey()::equalsIgnoreCase)) {
                headers.add(header);
            }
        }
        headers.add(Map.entry(HttpHeaders.CACHE_CONTROL, "no-cache"));
        headers.add(Map.entry(HttpHeaders.VARY, HttpHeaders.COOKIE + ", " + HttpHeaders.ACCEPT_ENCODING));
        return new Headers(response.getContentType(), List.copyOf(headers));
    }

    private RenderedPage rendered(byte[] body, Headers headers, Locale locale) {
        String etag = tagOf(body);
        return new RenderedPage(headers.contentType(), locale, headers.headers(), body, new byte[0], etag,
                clock.instant().truncatedTo(ChronoUnit.SECONDS), new Gzip(body));
    }

    /**
     * A weak tag of the page's bytes: two checksums (CRC-32C and CRC-32, both done by the processor) and the length. A
     * fresh search page is tagged on every request, and an MD5 of its 20 KB was 2% of its CPU; a tag only has to
     * differ from the one the reader holds for the same address.
     */
    private static String tagOf(byte[] body) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(body);
        CRC32 ieee = new CRC32();
        ieee.update(body);
        return "W/\"" + Long.toHexString(castagnoli.getValue() << 32 | ieee.getValue()) + "-" + Integer.toHexString(body.length) + "\"";
    }

    /**
     * The type and the headers of a page for everyone: those the security filters write on every page, the same for
     * every such page of one scheme (a secure one also has {@code Strict-Transport-Security}), and the cache's own.
     */
    private record Headers(String contentType, List<Map.Entry<String, String>> headers) {
    }

    private static void write(RenderedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        AnonymousReaders.writeHeaders(page, response);
        if (new ServletWebRequest(request, response).checkNotModified(page.etag(), page.lastModified().toEpochMilli())) {
            return;
        }
        response.setContentLength(page.beforeHits().length);
        response.getOutputStream().write(page.beforeHits());
    }
}
