package org.citybridge.portal.web;

import java.time.Duration;
import java.util.UUID;

import org.citybridge.files.FileStore;
import org.citybridge.files.StoredFile;
import org.citybridge.portal.domain.CurrentSiteSettings;
import org.citybridge.portal.domain.SiteSettings;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * The site's icon at {@code /favicon.ico}: the one the administrator uploaded (网站设置), or the one the application
 * ships. Browsers and proxies may keep it a day; the pages link it with its version ({@link
 * SiteSettings#faviconVersion}), so a new icon shows at once.
 */
@Controller
class FaviconController {

    private static final Resource DEFAULT_ICON = new ClassPathResource("portal/favicon.ico");
    private static final MediaType ICON = MediaType.parseMediaType("image/x-icon");
    private static final CacheControl CACHING = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final CurrentSiteSettings site;
    private final FileStore files;

    FaviconController(CurrentSiteSettings site, FileStore files) {
        this.site = site;
        this.files = files;
    }

    @GetMapping("/favicon.ico")
    ResponseEntity<Resource> favicon(WebRequest request) {
        SiteSettings settings = site.get();
        UUID uploaded = settings.faviconFileId();
        String etag = "\"" + settings.faviconVersion() + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).cacheControl(CACHING).eTag(etag).build();
        }
        if (uploaded == null) {
            return ResponseEntity.ok().contentType(ICON).cacheControl(CACHING).eTag(etag).body(DEFAULT_ICON);
        }
        StoredFile file = files.describe(uploaded);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType())).contentLength(file.size())
                .cacheControl(CACHING).eTag(etag).header("X-Content-Type-Options", "nosniff")
                .body(files.content(file));
    }
}
