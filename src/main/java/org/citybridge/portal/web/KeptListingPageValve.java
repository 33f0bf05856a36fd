package org.citybridge.portal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Timer;
import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.FastHttpDateFormat;
import org.apache.tomcat.util.http.MimeHeaders;
import org.citybridge.portal.web.PublicPageCache.PageKey;
import org.citybridge.portal.web.PublicPageCache.RenderedPage;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Serves the home, column, search and site-map pages kept by {@link ListingPageFilter} to anonymous readers straight
 * from Tomcat's engine, after the proxy valve has said who is asking and over what, and before the host, the context,
 * the filter chain and the servlet, which would only repeat what the rendering request went through. Headers are
 * handed to Tomcat as bytes (each header given as text is encoded anew on every response), and a reader whose browser
 * takes gzip gets the page compressed once for all such readers.
 *
 * <p>A request for such a page that none is kept for, or whose kept page is due, goes on marked with the key it is to
 * render ({@link #RENDER_ATTRIBUTE}), so the filter renders and keeps it without asking the cache again. Every other
 * request goes on untouched.
 */
class KeptListingPageValve extends ValveBase {

    static final String RENDER_ATTRIBUTE = "org.citybridge.portal.web.KeptListingPageValve.render";

    private final PublicPageCache cache;
    private final Timer servedFromCache;
    private final String sessionCookie;

    KeptListingPageValve(PublicPageCache cache, Timer servedFromCache, String sessionCookie) {
        super(true);
        this.cache = cache;
        this.servedFromCache = servedFromCache;
        this.sessionCookie = sessionCookie;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        String page = ListingPageFilter.pageOf(request);
        PageKey key = page == null ? null : AnonymousReaders.key(request, page, sessionCookie);
        if (key == null) {
            getNext().invoke(request, response);
            return;
        }
        long start = System.nanoTime();
        RenderedPage kept = cache.rendered(key);
        if (kept == null) {
            request.setAttribute(RENDER_ATTRIBUTE, key);
            getNext().invoke(request, response);
            return;
        }
        write(kept, request, response);
        servedFromCache.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    private static void write(RenderedPage page, Request request, Response response) throws IOException {
        boolean gzip = page.gzipped() != null && Gzip.accepted(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
        add(headers, HttpHeaders.CONTENT_TYPE, page.contentType());
        if (page.locale() != null) {
            add(headers, HttpHeaders.CONTENT_LANGUAGE, page.locale().toLanguageTag());
        }
        for (Map.Entry<String, String> header : page.headers()) {
            add(headers, header.getKey(), header.getValue());
        }
        add(headers, HttpHeaders.ETAG, page.etag());
        add(headers, HttpHeaders.LAST_MODIFIED, FastHttpDateFormat.formatDate(page.lastModified().toEpochMilli()));
        add(headers, HttpHeaders.DATE, FastHttpDateFormat.getCurrentDate());
        boolean conditional = request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
                || request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null;
        if (conditional && new ServletWebRequest(request, response).checkNotModified(page.etag(), page.lastModified().toEpochMilli())) {
            return;
        }
        byte[] body = gzip ? page.gzipped().bytes() : page.beforeHits();
        if (gzip) {
            add(headers, HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void add(MimeHeaders headers, String name, String value) {
        byte[] nameBytes = name.getBytes(StandardCharsets.ISO_8859_1);
        byte[] valueBytes = value.getBytes(StandardCharsets.ISO_8859_1);
        headers.addValue(nameBytes, 0, nameBytes.length).setBytes(valueBytes, 0, valueBytes.length);
    }
}
