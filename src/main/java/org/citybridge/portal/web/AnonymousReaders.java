package org.citybridge.portal.web;

import java.io.IOException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citybridge.platform.WebConfiguration;
import org.citybridge.portal.web.PublicPageCache.PageKey;
import org.citybridge.portal.web.PublicPageCache.RenderedPage;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What the filters serving kept pages ({@link ArticlePageFilter}, {@link ListingPageFilter}) share: which requests come
 * from an anonymous reader whose page may be served from memory, and which headers a kept page repeats.
 */
final class AnonymousReaders {

    /**
     * The headers a kept page repeats (those Spring Security writes on every page), besides its type and language.
     * Anything else the rendering request got (a cookie, a trace id) stays with that request.
     */
    static final List<String> REPEATED = List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
            "X-XSS-Protection", "Referrer-Policy", "Cache-Control", "Pragma", "Expires", "Strict-Transport-Security",
            "Permissions-Policy", "Cross-Origin-Opener-Policy", "Cross-Origin-Embedder-Policy", "Cross-Origin-Resource-Policy");
    private static final Set<String> LANGUAGES = Set.of("zh-CN", "zh", "en");
    private static final String DEFAULT_LANGUAGE = "zh-CN";

    private AnonymousReaders() {
    }

    /**
     * The cache key of {@code page} for a plain anonymous GET, or null for any other request: another method, an {@code
     * Authorization} header, a session cookie, or an option cookie sent twice or with a value the page would not take
     * (the key must say what the page will show).
     */
    static PageKey key(HttpServletRequest request, String page, String sessionCookie) {
        if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
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
        return new PageKey(page, size == null ? SitePreferences.DEFAULT_SIZE : size,
                contrast == null ? SitePreferences.DEFAULT_CONTRAST : contrast, language == null ? DEFAULT_LANGUAGE : language,
                request.isSecure());
    }

    /**
     * Lets the application render the page into memory, for the filter to keep and serve; a failure forgets the page
     * kept under {@code key}.
     */
    static ContentCachingResponseWrapper render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                                PublicPageCache cache, PageKey key) throws IOException, ServletException {
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, rendering);
        } catch (IOException | ServletException | RuntimeException e) {
            cache.forget(key);
            throw e;
        }
        return rendering;
    }

    /** Whether a rendered page may be served to other readers: it answered 200 and set no cookie. */
    static boolean isForEveryone(ContentCachingResponseWrapper rendering, HttpServletResponse response) {
        return rendering.getStatus() == HttpServletResponse.SC_OK && response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty();
    }

    /** The headers of the rendering response that a kept page repeats, in their order. */
    static List<Map.Entry<String, String>> repeatedHeaders(HttpServletResponse response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : REPEATED) {
            response.getHeaders(name).forEach(value -> headers.add(new AbstractMap.SimpleImmutableEntry<>(name, value)));
        }
        return List.copyOf(headers);
    }

    /** Writes a kept page's type, language and repeated headers. */
    static void writeHeaders(RenderedPage page, HttpServletResponse response) {
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
    }
}
