package org.citybridge.files;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** Answers a stored file: its sniffed type, nosniff, and a download disposition unless it is a picture. */
@Component
public class FileDownloads {

    private static final CacheControl PUBLIC_CACHE = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    private final FileStore store;

    FileDownloads(FileStore store) {
        this.store = store;
    }

    /** The caller has already checked that the requester may see this file. */
    /** Pictures inline, other files as downloads; kept by the browser only, and asked again each time. */
    public ResponseEntity<Resource> serve(StoredFile file) {
        return serve(file, !file.isImage(), false);
    }

    /**
     * @param download  as a download (attachment) even when it is a picture
     * @param publicFile anyone may see it: browsers and proxies may keep it for an hour
     */
    public ResponseEntity<Resource> serve(StoredFile file, boolean download, boolean publicFile) {
        ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(file.name(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .cacheControl(publicFile ? PUBLIC_CACHE : CacheControl.noCache().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(store.content(file));
    }
}
