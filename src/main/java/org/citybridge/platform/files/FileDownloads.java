package org.citybridge.platform.files;

import java.nio.charset.StandardCharsets;

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

    private final FileStore store;

    FileDownloads(FileStore store) {
        this.store = store;
    }

    /** The caller has already checked that the requester may see this file. */
    public ResponseEntity<Resource> serve(StoredFile file) {
        ContentDisposition disposition = (file.isImage() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.name(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(store.content(file.id()));
    }
}
